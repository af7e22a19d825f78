"""Generate docs/rules.md from the rules' own docstrings: `python -m factcheck.docs`."""

from __future__ import annotations

from factcheck.rules.registry import RULES

HEADER = """\
# Rules

Every finding of `factcheck audit` names one of these rules. Severities are the
defaults; change one or turn it off under `rules:` in `factcheck.yaml`
(`rules: {orphan-source: off, single-source: error}`), or choose rules for one
run with `--select` and `--ignore`.

This page is generated from the rules' docstrings (`python -m factcheck.docs >
docs/rules.md`); a test keeps it in step.

| rule | severity | raised when |
|---|---|---|
"""


def rules_markdown() -> str:
    """The whole rules page."""
    parts = [HEADER]
    for rule in RULES:
        parts.append(f"| [`{rule.id}`](#{rule.id}) | {rule.severity.value} | {rule.summary} |\n")
    for rule in RULES:
        body = "\n".join(rule.doc.strip().splitlines()[1:]).strip()
        parts.append(f"\n## {rule.id}\n\n*{rule.severity.value}* — {rule.summary}\n\n{body}\n")
    return "".join(parts)


if __name__ == "__main__":
    print(rules_markdown(), end="")
