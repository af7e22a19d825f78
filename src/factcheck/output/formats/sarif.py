"""One SARIF 2.1.0 log, for code-scanning tools: stable rule ids, paths from the top of the
git repository."""

from __future__ import annotations

from typing import Any, TextIO
from urllib.parse import quote

from factcheck import __version__
from factcheck.desk.findings import Severity
from factcheck.engine.audit import AuditResult
from factcheck.load.discover import RepositoryTop
from factcheck.output.formats.json_format import dump
from factcheck.rules.registry import RULES

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def sarif_log(result: AuditResult, top: RepositoryTop) -> dict[str, Any]:
    """The SARIF document for `result`: `ROOT` is `top.folder`, every path is from there."""
    rule_index = {rule.id: index for index, rule in enumerate(RULES)}
    results = []
    for finding in result.findings:
        region: dict[str, int] = {}
        if finding.line is not None:
            region["startLine"] = finding.line
            if finding.column is not None:
                region["startColumn"] = finding.column
        location: dict[str, Any] = {
            "artifactLocation": {"uri": quote(top.prefix + finding.path), "uriBaseId": "ROOT"}
        }
        if region:
            location["region"] = region
        entry: dict[str, Any] = {
            "ruleId": finding.rule,
            "ruleIndex": rule_index[finding.rule],
            "level": _LEVELS[finding.severity],
            "message": {"text": finding.message},
            "locations": [{"physicalLocation": location}],
        }
        if finding.suggestion:
            entry["properties"] = {"suggestion": finding.suggestion}
        results.append(entry)
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "factcheck",
                        "version": __version__,
                        "rules": [
                            {
                                "id": rule.id,
                                "shortDescription": {"text": rule.summary},
                                "fullDescription": {"text": rule.doc.strip()},
                                "defaultConfiguration": {"level": _LEVELS[rule.severity]},
                            }
                            for rule in RULES
                        ],
                    }
                },
                "originalUriBaseIds": {"ROOT": {"uri": top.folder.as_uri() + "/"}},
                "results": results,
            }
        ],
    }


def render_sarif(result: AuditResult, stream: TextIO, top: RepositoryTop) -> None:
    """`factcheck audit --format sarif`."""
    dump(sarif_log(result, top), stream)
