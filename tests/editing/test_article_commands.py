"""`article add` through the real CLI, from flags alone."""

from __future__ import annotations

from pathlib import Path

from conftest import audit_findings
from factcheck.load.files import parse_article


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
