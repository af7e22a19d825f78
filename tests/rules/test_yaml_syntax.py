"""yaml-syntax: broken YAML, bad UTF-8, broken front matter, repeated keys, tags, aliases."""

from __future__ import annotations

from pathlib import Path

from conftest import ARTICLE, CLAIM, audit_findings, brief, make_repo

CLAIM_PATH = "claims/harbour/harbour-reopened-march.yaml"


def test_fires_on_an_unclosed_quote(tmp_path: Path) -> None:
    make_repo(
        tmp_path,
        {"claims/harbour/broken.yaml": 'id: broken\nstatement: "never closed\nstatus: confirmed\n'},
    )
    findings = audit_findings(tmp_path, "yaml-syntax")
    assert brief(findings) == [("yaml-syntax", "claims/harbour/broken.yaml", 2, None)]
    assert (findings[0].column, findings[0].message) == (
        12,
        'this " quote opened on line 2 is never closed; close it with another "',
    )
    assert findings[0].detail == (
        "while scanning a quoted scalar; found unexpected end of stream (line 4, column 1)"
    )


def test_fires_in_plain_words_where_the_problem_starts(tmp_path: Path) -> None:
    cases = {
        "indented.yaml": ("id: a\ntitle: T\n  publisher: X\n", 3, 3, "this line is indented more than the one above (line 2)"),
        "colon.yaml": ("id: a\ntitle: Belarus: the talks\n", 2, 15, "a colon followed by a space inside a value"),
        "tab.yaml": ("id: a\n\tstatus: x\n", 2, 1, "this line is indented with a tab"),
        "tab-item.yaml": ("id: a\ntags:\n\t- x\n", 3, 1, "this line is indented with a tab"),
        "flow.yaml": ("id: a\ntags: [a, b\nstatus: x\n", 2, 7, "the [ opened on line 2 is not closed"),
        "words.yaml": ("id: a\njust some words\nstatus: x\n", 2, 1, "this line is neither `key: value`"),
    }  # fmt: skip
    make_repo(tmp_path, {f"sources/{name}": text for name, (text, *_) in cases.items()})
    found = {f.path.split("/")[-1]: f for f in audit_findings(tmp_path, "yaml-syntax")}
    for name, (_, line, column, start) in cases.items():
        finding = found[name]
        assert (finding.line, finding.column) == (line, column), name
        assert finding.message.startswith(start), (name, finding.message)
        assert finding.detail, name


def test_claims_of_an_unreadable_article_fold_into_its_error(tmp_path: Path) -> None:
    from conftest import ARTICLE

    broken = ARTICLE.replace("title: Harbour reopens", "  title: Harbour reopens")
    make_repo(tmp_path, {"claims/harbour/article.md": broken})
    [finding] = [f for f in audit_findings(tmp_path) if f.severity.value == "error"]
    assert (finding.rule, finding.path, finding.line) == (
        "yaml-syntax",
        "claims/harbour/article.md",
        3,
    )
    assert finding.message.endswith(
        "Until it is fixed, the article cannot be read and its 1 claim (harbour-reopened-march) "
        "cannot be checked against it"
    )


def test_fires_on_invalid_utf8_with_its_position(tmp_path: Path) -> None:
    make_repo(tmp_path, {"sources/latin1.yaml": b"id: latin1\ntitle: caf\xe9\n"})
    [finding] = audit_findings(tmp_path, "yaml-syntax")
    assert (finding.path, finding.line, finding.column) == ("sources/latin1.yaml", 2, 11)
    assert finding.message == "the file is not valid UTF-8 (byte 0xe9); save it as UTF-8"


def test_fires_on_a_key_given_twice(tmp_path: Path) -> None:
    text = (
        "id: harbour-reopened-march\nstatement: The harbour reopened.\n"
        "status: confirmed\nstatus: disputed\nsources: [alpha-news-report, beta-daily-story]\n"
    )
    make_repo(tmp_path, {CLAIM_PATH: text})
    [finding] = audit_findings(tmp_path, "yaml-syntax")
    assert (finding.line, finding.column, finding.record) == (4, 1, "harbour-reopened-march")
    assert finding.message == (
        "the key 'status' is given twice (first on line 3); the first value is used: "
        "remove one of them"
    )


def test_fires_on_a_python_tag_and_runs_nothing(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    payload = f"id: evil\ntitle: !!python/object/apply:os.system ['touch {marker}']\npublisher: x\n"
    make_repo(tmp_path, {"sources/evil.yaml": payload})
    [finding] = audit_findings(tmp_path, "yaml-syntax")
    assert finding.message.startswith(
        "the YAML tag 'tag:yaml.org,2002:python/object/apply:os.system'"
    )
    assert (finding.line, finding.column) == (2, 8)
    assert not marker.exists()


def test_fires_on_an_unclosed_front_matter(tmp_path: Path) -> None:
    make_repo(
        tmp_path, {"claims/harbour/article.md": "---\nid: harbour-reopened\ntitle: x\n\nBody.\n"}
    )
    assert brief(audit_findings(tmp_path, "yaml-syntax")) == [
        ("yaml-syntax", "claims/harbour/article.md", 1, None)
    ]


def test_quiet_on_valid_files_with_bom_and_crlf(tmp_path: Path) -> None:
    source = "\ufeffid: gamma-post\r\ntitle: Gamma\r\npublisher: Gamma\r\nurl: https://gamma.example/\r\n"
    make_repo(tmp_path, {"sources/gamma-post.yaml": source.encode("utf-8")})
    assert audit_findings(tmp_path, "yaml-syntax") == []


def test_files_whose_lines_end_in_a_lone_cr_are_read_line_by_line(tmp_path: Path) -> None:
    # Old Mac line endings: each CR ends a line, so findings keep their lines and columns.
    article = ARTICLE + "\nFerries reportedly resumed the same week.\n"
    claim = CLAIM.replace("  - alpha-news-report\n", "  - alpha-news-reprt\n")
    make_repo(
        tmp_path,
        {"claims/harbour/article.md": article.replace("\n", "\r").encode(),
         "claims/harbour/harbour-reopened-march.yaml": claim.replace("\n", "\r").encode()},
    )  # fmt: skip
    found = [
        (f.rule, f.line, f.column) for f in audit_findings(tmp_path) if f.severity.value != "info"
    ]
    assert found == [("hedged-statement", 12, 1), ("single-source", 7, 3), ("unknown-source", 7, 5)]
