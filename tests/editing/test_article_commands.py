"""`article add` and `claim add --from`, through the real CLI, from flags alone."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import audit_findings, write_files
from factcheck.load.files import parse_article

FERRIES = """\
---
id: ferries-resumed
title: Ferries resume
outlet: Coast Courier
---

Ferries to Port Vell resumed on 5 March 2025, *officials said*. The crossing
takes 40 minutes, the operator said.

1. Two operators run the crossing.
"""
"""Ten lines: a sentence with markup, one running over a line break, a list item."""

FERRIES_PATH = "claims/ferries/article.md"


def files_under(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): p.read_text()
        for p in sorted(root.rglob("*"))
        if p.is_file() and ".factcheck" not in p.parts
    }


def test_article_add_writes_front_matter_and_an_empty_body_in_its_own_folder(
    run, repo: Path
) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(
        "article", "add", "--root", str(repo), "--title", "Ferries resume at Port Vell",
        "--outlet", "Coast Courier", "--published", "2025-03-06",
    )  # fmt: skip
    assert (code, err) == (0, "")
    # The id is made as a claim's is: the title's content words.
    assert out == (
        "wrote claims/ferries-resume-port-vell/article.md (ferries-resume-port-vell): added\n"
    )
    assert (repo / "claims/ferries-resume-port-vell/article.md").read_text() == (
        "---\n"
        "id: ferries-resume-port-vell\n"
        "title: Ferries resume at Port Vell\n"
        "outlet: Coast Courier\n"
        "published: 2025-03-06\n"
        "---\n"
        "\n"
    )
    assert audit_findings(repo) == []
    # The same title again: the id is made unique, and so is its folder.
    code, out, _ = run("article", "add", "--root", str(repo), "--title", "Ferries resume at Port Vell", "--outlet", "no")  # fmt: skip
    assert (code, out) == (
        0,
        "wrote claims/ferries-resume-port-vell-2/article.md (ferries-resume-port-vell-2): added\n",
    )
    assert (repo / "claims/ferries-resume-port-vell-2/article.md").read_text() == (
        "---\nid: ferries-resume-port-vell-2\ntitle: Ferries resume at Port Vell\noutlet: 'no'\n---\n\n"
    )


def test_article_add_refuses_an_id_an_article_has_and_writes_nothing(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    before = files_under(repo)
    code, out, err = run(
        "article", "add", "--root", str(repo), "--id", "harbour-reopened",
        "--title", "Harbour reopens again", "--outlet", "Coast Courier",
    )  # fmt: skip
    assert (code, out) == (1, "")
    assert err == (
        "factcheck: refused: article id 'harbour-reopened' is already used by "
        "claims/harbour/article.md\n"
    )
    # One article a folder: `article rename` moves a folder named after its article whole.
    code, _, err = run("article", "add", "--root", str(repo), "--id", "harbour", "--title", "T", "--outlet", "O")  # fmt: skip
    assert (code, err) == (
        1,
        "factcheck: refused: claims/harbour/ already holds an article: claims/harbour/article.md\n",
    )
    assert files_under(repo) == before


def test_article_add_without_a_terminal_names_the_missing_flag(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    before = files_under(repo)
    code, out, err = run("article", "add", "--root", str(repo), "--outlet", "Coast Courier", input="ignored\n")  # fmt: skip
    assert (code, out) == (2, "")
    assert err == (
        "factcheck: --title is required (standard input is not a terminal, so nothing is asked)\n"
    )
    code, _, err = run("article", "add", "--root", str(repo), "--title", "T", "--outlet", "O", "--published", "2025-02-30")  # fmt: skip
    assert (code, err) == (2, "factcheck: --published '2025-02-30': February 2025 has 28 days\n")
    assert files_under(repo) == before


def test_article_add_writes_a_hostile_title_as_data_that_reads_back_the_same(
    run, repo: Path
) -> None:  # type: ignore[no-untyped-def]
    typed = r"[bold]Harbour[/bold] \x1b[31m !!python/object:os.system"  # as a shell passes it
    pasted = "[bold]Harbour[/bold] \x1b[31m"  # a real ESC, pasted from the web
    code, out, err = run(
        "article", "add", "--root", str(repo), "--id", "hostile",
        "--title", typed, "--outlet", "!!python/object:os.system",
    )  # fmt: skip
    assert (code, out, err) == (0, "wrote claims/hostile/article.md (hostile): added\n", "")
    text = (repo / "claims/hostile/article.md").read_text()
    assert text == (
        "---\n"
        "id: hostile\n"
        "title: '[bold]Harbour[/bold] \\x1b[31m !!python/object:os.system'\n"
        "outlet: '!!python/object:os.system'\n"
        "---\n\n"
    )
    read = parse_article(text, "claims/hostile/article.md", "article")
    assert read.findings == ()
    assert (read.articles[0].title, read.articles[0].outlet) == (typed, "!!python/object:os.system")
    code, _, _ = run("article", "add", "--root", str(repo), "--id", "pasted", "--title", pasted, "--outlet", "O")  # fmt: skip
    text = (repo / "claims/pasted/article.md").read_text()
    assert code == 0  # the control character is kept as its escape, as the loader shows it
    assert text == "---\nid: pasted\ntitle: '[bold]Harbour[/bold] \\x1b[31m'\noutlet: O\n---\n\n"
    assert parse_article(text, "claims/pasted/article.md", "article").articles[0].title == (
        "[bold]Harbour[/bold] \\x1b[31m"
    )


def test_claim_add_from_a_place_fills_statement_quote_and_article(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    write_files(repo, {FERRIES_PATH: FERRIES})
    # A finding on a word inside the sentence names its place; pasted, it finds the sentence.
    findings = [(f.rule, f.location) for f in audit_findings(repo, "unchecked-sentence")]
    assert ("unchecked-sentence", f"{FERRIES_PATH}:7:65") in findings
    code, out, err = run(
        "claim", "add", "--root", str(repo), "--from", f"{FERRIES_PATH}:8:10", "--status", "unconfirmed",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == (
        "wrote claims/ferries/crossing-takes-40-minutes-operator.yaml "
        "(crossing-takes-40-minutes-operator): added\n"
    )
    assert (repo / "claims/ferries/crossing-takes-40-minutes-operator.yaml").read_text() == (
        "id: crossing-takes-40-minutes-operator\n"
        "statement: The crossing takes 40 minutes, the operator said.\n"
        "status: unconfirmed\n"
        "article: ferries-resumed\n"
        "quote: The crossing takes 40 minutes, the operator said.\n"
    )
    # By the article's id and a line: the sentence starting on it, as the reader sees it
    # (no markup); --statement says the claim in other words, the quote stays the article's.
    code, _, err = run(
        "claim", "add", "--root", str(repo), "--from", "ferries-resumed:7", "--status", "unconfirmed",
        "--statement", "Ferry services to Port Vell restarted on 5 March 2025.", "--id", "ferries-back",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert (repo / "claims/ferries/ferries-back.yaml").read_text() == (
        "id: ferries-back\n"
        "statement: Ferry services to Port Vell restarted on 5 March 2025.\n"
        "status: unconfirmed\n"
        "article: ferries-resumed\n"
        "quote: Ferries to Port Vell resumed on 5 March 2025, officials said.\n"
    )
    # A list item: the writer's words, without the item's number.
    code, out, _ = run("claim", "add", "--root", str(repo), "--from", "ferries-resumed:10:1", "--status", "unconfirmed")  # fmt: skip
    assert (code, out) == (
        0,
        "wrote claims/ferries/two-operators-run-crossing.yaml (two-operators-run-crossing): added\n",
    )
    assert (
        "quote: Two operators run the crossing.\n"
        in (repo / "claims/ferries/two-operators-run-crossing.yaml").read_text()
    )
    # Every quote is found where it was taken from: each claim now links its sentence.
    assert [f for f in audit_findings(repo) if f.rule == "quote-not-found"] == []
    code, out, _ = run("check", str(repo / FERRIES_PATH), "--root", str(repo), "--format", "json")
    links = [
        [claim["id"] for claim in sentence["claims"] if claim["by"] == "quote"]
        for sentence in json.loads(out)["sentences"]
    ]
    assert links == [
        ["ferries-back"],
        ["crossing-takes-40-minutes-operator"],
        ["two-operators-run-crossing"],
    ]


def test_claim_add_from_a_place_without_a_sentence_exits_2_naming_the_nearest(
    run, repo: Path
) -> None:  # type: ignore[no-untyped-def]
    write_files(repo, {FERRIES_PATH: FERRIES})
    before = files_under(repo)
    cases = [
        ("ferries-resumed:40", f"line 40 is past the end of {FERRIES_PATH} (10 lines)"),
        (
            "ferries-resumed:9",
            f"no sentence at line 9 of {FERRIES_PATH}; the nearest starts at {FERRIES_PATH}:10:1",
        ),
        (
            f"{FERRIES_PATH}:7:64",  # the space between two sentences
            f"no sentence at 7:64 of {FERRIES_PATH}; the nearest starts at {FERRIES_PATH}:7:65",
        ),
        (
            "ferries-resumed:2",
            f"line 2 of {FERRIES_PATH} is in its front matter; its first sentence is at "
            f"{FERRIES_PATH}:7:1",
        ),
        (
            "ferries-resumed:8:90",
            f"column 90 is past the end of line 8 of {FERRIES_PATH} (36 characters)",
        ),
        (
            "ferries-resumd:7",
            "--from: no article has the id or path 'ferries-resumd'; did you mean 'ferries-resumed'?",
        ),
        (
            "ferries-resumed",
            "--from 'ferries-resumed': write ARTICLE:LINE or ARTICLE:LINE:COLUMN, as findings "
            "name a place, e.g. 'claims/ferries/article.md:7:1'",
        ),
    ]
    for place, message in cases:
        code, out, err = run(
            "claim", "add", "--root", str(repo), "--from", place, "--status", "unconfirmed"
        )
        assert (code, out, err) == (2, "", f"factcheck: {message}\n"), place
    assert files_under(repo) == before
