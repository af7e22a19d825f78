"""A coverage-guided fuzz target for the record loader (atheris).

    pip install atheris
    python fuzz/fuzz_loader.py -max_total_time=60 fuzz/corpus

Feeds arbitrary bytes to every reader of files from outside (claims, sources,
articles, settings). Any exception escaping them is a bug: the loader must turn
every input into records or findings. docs/security.md records the runs made.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from factcheck.load.files import claim_from_text, parse_article, source_from_text
    from factcheck.load.settings import parse_settings


def test_one_input(data: bytes) -> None:
    text = data.decode("utf-8", errors="replace")
    claim_from_text(text, "claims/x.yaml")
    source_from_text(text, "sources/x.yaml")
    parse_article(text, "claims/a/article.md", "article")
    parse_settings(text)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
