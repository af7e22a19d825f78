"""The editors' commands through the real CLI, from flags alone (as scripts use them)."""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path

from conftest import CLAIM, audit_findings, make_repo
from conftest import TODAY as CONFTEST_TODAY

CLAIM_PATH = "claims/harbour/harbour-reopened-march.yaml"
TODAY = CONFTEST_TODAY.isoformat()


def test_init_creates_a_clean_repository_and_refuses_to_run_twice(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    desk = tmp_path / "desk"
    code, out, _ = run("init", str(desk))
    assert (code, out) == (
        0,
        f"created a claims repository in {desk}: factcheck.yaml, claims/, sources/, schemas/, .gitignore\n",
    )
    assert (desk / ".gitignore").read_text().endswith(".factcheck/\n")
    assert run("audit", "--root", str(desk))[0] == 0
    settings = (desk / "factcheck.yaml").read_text()
    code, _, err = run("init", str(desk))
    assert code == 1 and "nothing was changed" in err
    assert (desk / "factcheck.yaml").read_text() == settings


def test_claim_add_from_flags_lands_in_the_article_folder(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(
        "claim", "add", "--root", str(repo),
        "--statement", "Repairs at Port Vell took 14 weeks.",
        "--status", "confirmed", "--article", "harbour-reopened",
        "--source", "alpha-news-report", "--source", "beta-daily-story:supports",
        "--rationale", "no", "--reviewed-by", "Desk", "--tag", "2025", "--tag", "works",
    )  # fmt: skip
    assert (code, err) == (0, "")
    assert out == (
        "wrote claims/harbour/repairs-port-vell-took-14-weeks.yaml "
        "(repairs-port-vell-took-14-weeks): added\n"
    )
    assert (repo / "claims/harbour/repairs-port-vell-took-14-weeks.yaml").read_text() == (
        "id: repairs-port-vell-took-14-weeks\n"
        "statement: Repairs at Port Vell took 14 weeks.\n"
        "status: confirmed\n"
        "article: harbour-reopened\n"
        "sources:\n"
        "  - alpha-news-report\n"
        "  - beta-daily-story\n"
        "rationale: 'no'\n"
        "reviewed_by: Desk\n"
        f"reviewed_on: {TODAY}\n"
        "tags: ['2025', works]\n"
    )
    assert [f for f in audit_findings(repo) if f.severity.value == "error"] == []


def test_the_default_id_is_made_unique_and_a_near_duplicate_is_named(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    args = ["claim", "add", "--root", str(repo), "--status", "unconfirmed",
            "--statement", "The harbour of Port Vell reopened on 3 March 2025 after repairs costing 4 million euros."]  # fmt: skip
    code, out, err = run(*args)
    assert code == 0
    # Ids are the content words, cut at a word within 40 characters (room for "-2").
    assert "(harbour-port-vell-reopened-3-march)" in out
    assert err == (
        "warning: states the same as claim 'harbour-reopened-march' "
        "(claims/harbour/harbour-reopened-march.yaml, identical): keep one of them "
        "(duplicate-claim)\n"
    )
    text = (repo / "claims/harbour-port-vell-reopened-3-march.yaml").read_text()
    assert f"\nstatement: {args[-1]}\n" in text  # one value, one line, however long
    code, out, _ = run(*args)
    assert "(harbour-port-vell-reopened-3-march-2)" in out


def test_an_add_shows_every_finding_the_audit_would_raise_on_the_record(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("source", "add", "--id", "gamma-wire", "--title", "Ferries resume",
                         "--publisher", "Gamma Wire", "--url", "https://gamma.example/ferries",
                         "--published", "2025-03-05", "--accessed", "2025-03-04", "--root", str(repo))  # fmt: skip
    assert (code, out) == (0, "wrote sources/gamma-wire.yaml (gamma-wire): added\n")
    assert err == (
        "info: no claim cites this source (orphan-source)\n"
        "warning: accessed 2025-03-04 is before published 2025-03-05 (date-order)\n"
    )
    code, out, err = run("claim", "add", "--id", "ferries-resumed", "--statement",
                         "Ferries to Port Vell resumed on 5 March 2025.", "--status", "confirmed",
                         "--source", "gamma-wire", "--rationale", "The wire says so.",
                         "--reviewed-by", "Desk", "--root", str(repo))  # fmt: skip
    assert code == 0, err
    assert err == (
        "warning: is confirmed by 1 independent publisher (Gamma Wire); the desk asks for 2: "
        "cite a supporting source from another publisher (single-source)\n"
    )


def test_without_a_terminal_a_missing_value_stops_with_status_2(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(
        "claim", "add", "--root", str(repo), "--status", "confirmed", input="ignored\n"
    )
    assert (code, out) == (2, "")
    assert (
        err
        == "factcheck: --statement is required (standard input is not a terminal, so nothing is asked)\n"
    )


def test_ids_that_try_to_be_paths_are_refused_before_any_path_is_built(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    repo = make_repo(tmp_path / "desk")
    for bad in ("../../x", "/etc/passwd", "x\x00y", "Release", "a--b", "x" * 81):
        code, _, err = run(
            "claim",
            "add",
            "--root",
            str(repo),
            "--statement",
            "S.",
            "--status",
            "unconfirmed",
            "--id",
            bad,
        )
        assert code == 1 and "is not a valid claim id" in err, bad
    code, _, err = run(
        "claim",
        "add",
        "--root",
        str(repo),
        "--statement",
        "S.",
        "--status",
        "unconfirmed",
        "--article",
        "../../etc",
    )
    assert code == 1 and "is not a valid article id" in err
    code, _, err = run(
        "source", "add", "--root", str(repo), "--title", "T", "--publisher", "P", "--id", "../t"
    )
    assert code == 1 and "is not a valid source id" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["desk"]
    assert audit_findings(repo) == []


def test_a_record_the_audit_would_reject_is_not_written(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run(
        "claim",
        "add",
        "--root",
        str(repo),
        "--statement",
        "S.",
        "--status",
        "confirmed",
        "--source",
        "nope",
    )
    assert code == 1
    assert "cites source 'nope' which does not exist" in err
    assert (
        "is confirmed but no citation supports it" not in err
    )  # it does cite; the source is missing
    assert len(list((repo / "claims").rglob("*.yaml"))) == 1


def test_set_status_changes_only_what_it_must_in_a_commented_file(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    commented = "# Checked against both reports.\n" + CLAIM.replace(
        "status: confirmed", "status: confirmed   # was unconfirmed until March"
    ).replace("rationale: Two independent reports.", 'rationale: "Two independent reports."')
    (repo / CLAIM_PATH).write_text(commented)
    code, out, _ = run("claim", "set-status", "harbour-reopened-march", "disputed",
                       "--reviewer", "Kim", "--rationale", "Beta retracted.", "--root", str(repo))  # fmt: skip
    assert code == 1  # disputed needs a refuting citation: refused, file untouched
    assert (repo / CLAIM_PATH).read_text() == commented
    code, out, _ = run(
        "claim",
        "set-status",
        "harbour-reopened-march",
        "unconfirmed",
        "--reviewed-by",
        "Kim",
        "--rationale",
        "Beta's story is withdrawn.",
        "--root",
        str(repo),
    )
    assert (code, out) == (
        0,
        f"wrote {CLAIM_PATH} (harbour-reopened-march): status set to unconfirmed\n",
    )
    diff = [
        line for line in difflib.unified_diff(commented.splitlines(), (repo / CLAIM_PATH).read_text().splitlines(), lineterm="", n=0)
        if line[:1] in "+-" and line[:3] not in ("+++", "---")
    ]  # fmt: skip
    assert diff == [  # the comment keeps its column
        "-status: confirmed   # was unconfirmed until March",
        "+status: unconfirmed # was unconfirmed until March",
        '-rationale: "Two independent reports."',
        "-reviewed_by: Desk",
        "-reviewed_on: 2026-11-20",
        '+rationale: "Beta\'s story is withdrawn."',  # the field's own quotes
        "+reviewed_by: Kim",
        f"+reviewed_on: {TODAY}",
    ]
    assert (repo / CLAIM_PATH).read_text().startswith("# Checked against both reports.\n")


def test_set_status_without_a_terminal_needs_the_reviewer_and_the_rationale(
    run, repo: Path
) -> None:  # type: ignore[no-untyped-def]
    before = (repo / CLAIM_PATH).read_text()
    code, _, err = run(
        "claim", "set-status", "harbour-reopened-march", "unconfirmed", "--root", str(repo)
    )
    assert (code, err) == (
        2,
        "factcheck: --reviewer and --rationale are required "
        "(standard input is not a terminal, so nothing is asked)\n",
    )
    code, _, err = run("claim", "set-status", "harbour-reopened-march", "unconfirmed",
                       "--reviewer", "Kim", "--root", str(repo))  # fmt: skip
    assert (code, err) == (
        2,
        "factcheck: --rationale is required (standard input is not a terminal, so nothing is asked)\n",
    )
    assert (repo / CLAIM_PATH).read_text() == before


def test_cite_adds_then_updates_a_citation(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    (repo / "sources/gamma.yaml").write_text(
        "id: gamma\ntitle: G\npublisher: Gamma\nurl: https://g.example/\n"
    )
    assert run("cite", "harbour-reopened-march", "gamma", "--root", str(repo))[1] == (
        f"wrote {CLAIM_PATH} (harbour-reopened-march): citation added\n"
    )
    assert run(
        "cite",
        "harbour-reopened-march",
        "gamma",
        "--stance",
        "mentions",
        "--locator",
        "p. 2",
        "--root",
        str(repo),
    )[1] == (f"wrote {CLAIM_PATH} (harbour-reopened-march): citation updated\n")
    run(
        "cite",
        "harbour-reopened-march",
        "beta-daily-story",
        "--stance",
        "refutes",
        "--root",
        str(repo),
    )
    text = (repo / CLAIM_PATH).read_text()
    assert text.split("sources:\n")[1].split("rationale:")[0] == (
        "  - alpha-news-report\n"
        "  - source: beta-daily-story\n"
        "    stance: refutes\n"
        "    excerpt: The port reopened on Monday.\n"
        "  - source: gamma\n"
        "    stance: mentions\n"
        "    locator: p. 2\n"
    )


def test_edit_writes_a_valid_result_and_keeps_an_invalid_one_aside(run, repo: Path, editor) -> None:  # type: ignore[no-untyped-def]
    editor(
        "p = pathlib.Path(sys.argv[1])\n"
        "p.write_text(p.read_text().replace(sys.argv[0] and 'Two independent', 'Three independent'))\n"
    )
    code, out, _ = run("claim", "edit", "harbour-reopened-march", "--root", str(repo))
    assert (code, out) == (0, f"wrote {CLAIM_PATH} (harbour-reopened-march): edited\n")
    assert "Three independent reports." in (repo / CLAIM_PATH).read_text()
    before = (repo / CLAIM_PATH).read_text()
    editor(
        "pathlib.Path(sys.argv[1]).write_text('id: harbour-reopened-march\\nstatus: maybe\\n')\n"
    )
    code, _, err = run("claim", "edit", "harbour-reopened-march", "--root", str(repo))
    assert code == 1
    assert (repo / CLAIM_PATH).read_text() == before
    recovery = err.split("your text is kept in ")[1].split("\n")[0]
    assert Path(recovery).read_text() == "id: harbour-reopened-march\nstatus: maybe\n"
    assert "unknown status 'maybe'" in err


def test_list_filters_and_json(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run(
        "claim",
        "list",
        "--status",
        "confirmed",
        "--source",
        "beta-daily-story",
        "--format",
        "json",
        "--root",
        str(repo),
    )
    [claim] = json.loads(out)
    assert (code, claim["id"], claim["status"], claim["sources"][1]["stance"]) == (
        0,
        "harbour-reopened-march",
        "confirmed",
        "supports",
    )
    code, out, _ = run(
        "claim", "list", "--status", "disputed", "--format", "json", "--root", str(repo)
    )
    assert json.loads(out) == []
    code, out, _ = run("claim", "list", "--root", str(repo))
    assert out.splitlines()[0].split() == ["status", "id", "statement", "sources"]
    assert out.splitlines()[-1] == "1 claim"


def test_show_resolves_sources_and_the_carrying_sentence(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("claim", "show", "harbour-reopened-march", "--root", str(repo))
    assert code == 0
    # 80 columns: a line that wraps goes on under its own text, not at column 0
    assert out.split("\nsources\n")[1] == (
        "  supports  alpha-news-report  Alpha News: Port Vell harbour reopens after\n"
        "            repairs  https://alpha.example/port-vell\n"
        "  supports  beta-daily-story  Beta Daily: Repairs done, the port is open again\n"
        "            https://beta.example/port\n"
        "            excerpt: The port reopened on Monday.\n"
        "\n"
        "in claims/harbour/article.md\n"
        "  line 10: The harbour of Port Vell reopened on 3 March 2025 after repairs\n"
        "           costing 4 million euros.\n"
    )
    code, out, _ = run("source", "show", "beta-daily-story", "--root", str(repo))
    assert out.split("\n\n")[1] == (
        "cited by 1 claim\n"
        "  supports  harbour-reopened-march  ✓ confirmed\n"
        "            The harbour of Port Vell reopened on 3 March 2025 after repairs\n"
        "            costing 4 million euros.\n"
    )


def test_source_add_refuses_a_url_the_desk_has(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run("source", "add", "--root", str(repo), "--title", "Again", "--publisher", "Alpha",
                       "--url", "https://WWW.alpha.example/port-vell/?utm_medium=x")  # fmt: skip
    assert code == 1
    assert "source 'alpha-news-report' (sources/alpha-news-report.yaml) already has this URL" in err
    code, out, _ = run("source", "add", "--root", str(repo), "--title", "Ferry fares", "--publisher", "Alpha News",
                       "--url", "https://alpha.example/fares", "--published", "2025-03-01", "--kind", "news")  # fmt: skip
    assert (code, out) == (
        0,
        "wrote sources/alpha-news-ferry-fares.yaml (alpha-news-ferry-fares): added\n",
    )
    assert f"accessed: {TODAY}\n" in (repo / "sources/alpha-news-ferry-fares.yaml").read_text()


def test_every_command_has_help_with_an_example(run) -> None:  # type: ignore[no-untyped-def]
    commands = [
        ["init"], ["audit"], ["check"], ["cite"], ["rules"],
        ["claim", "add"], ["claim", "set-status"], ["claim", "edit"], ["claim", "list"], ["claim", "show"],
        ["source", "add"], ["source", "list"], ["source", "show"], ["article", "add"], ["report"],
        ["export", "claimreview"], ["export", "jsonschema"], ["export", "sqlite"], ["import", "claimreview"],
    ]  # fmt: skip
    for command in commands:
        code, out, _ = run(*command, "--help")
        assert code == 0 and "Example" in out, command
        # Arguments named as the docs write them (ARTICLE, FILE…), not as Python does.
        usage = next(line for line in out.splitlines() if line.startswith("Usage:"))
        for argument in re.findall(r"[{\[]([^\]}]+)[}\]]", usage.split("[OPTIONS]", 1)[1]):
            assert argument[0].isupper(), (command, usage)


def test_cite_to_add_an_excerpt_keeps_the_stance(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    (repo / "sources/gamma.yaml").write_text(
        "id: gamma\ntitle: G\npublisher: Gamma\nurl: https://g.example/\n"
    )
    claim = ["harbour-reopened-march", "gamma", "--root", str(repo)]
    run("cite", *claim, "--stance", "mentions")
    code, out, _ = run("cite", *claim, "--excerpt", "The port reopened.")
    assert (code, out) == (0, f"wrote {CLAIM_PATH} (harbour-reopened-march): citation updated\n")
    text = (repo / CLAIM_PATH).read_text()
    assert "  - source: gamma\n    stance: mentions\n    excerpt: The port reopened.\n" in text
    before = (repo / CLAIM_PATH).read_bytes()
    code, out, _ = run("cite", *claim, "--excerpt", "The port reopened.")
    assert out.endswith("citation unchanged\n")
    assert (repo / CLAIM_PATH).read_bytes() == before


def test_claim_list_filters_by_the_stance_of_a_citation(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    def listed(source: str) -> list[str]:
        code, out, _ = run(
            "claim", "list", "--source", source, "--format", "json", "--root", str(repo)
        )
        assert code == 0
        return [claim["id"] for claim in json.loads(out)]

    assert listed("beta-daily-story") == ["harbour-reopened-march"]
    assert listed("beta-daily-story:supports") == ["harbour-reopened-march"]
    assert listed("beta-daily-story:refutes") == []
    code, _, err = run("claim", "list", "--source", "beta-daily-story:refute", "--root", str(repo))
    assert code == 2 and "unknown stance 'refute'" in err


def test_writes_that_leave_a_claim_at_odds_with_its_evidence_warn(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run(
        "cite", "harbour-reopened-march", "beta-daily-story", "--stance", "refutes",
        "--root", str(repo),
    )  # fmt: skip
    assert (code, out) == (0, f"wrote {CLAIM_PATH} (harbour-reopened-march): citation updated\n")
    assert err == (
        "warning: is confirmed, but source 'beta-daily-story' refutes it; weigh it in the "
        "rationale, or set the status to disputed (conflicting-evidence)\n"
        "warning: is confirmed by 1 independent publisher (Alpha News); the desk asks for 2: "
        "cite a supporting source from another publisher (single-source)\n"
    )
    code, out, err = run(
        "claim", "add", "--root", str(repo), "--statement", "Ferries to Port Vell resumed.",
        "--status", "unconfirmed", "--source", "alpha-news-report",
    )  # fmt: skip
    assert code == 0
    assert "is unconfirmed though every source it cites supports it" in err


def test_a_choice_is_read_whatever_its_case_and_an_empty_tag_is_refused(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("source", "add", "--publisher", "The International Consortium of Investigative Journalists",
                         "--title", "Estimated damage of the harbour storm put at 12 million euros",
                         "--url", "https://icij.example/storm", "--reliability", "b", "--root", str(repo))  # fmt: skip
    source_id = "the-international-consortium-of-investigative-journalists-estimated-damage"
    assert (code, out) == (
        0,
        f"wrote sources/{source_id}.yaml ({source_id}): added\n",
    )  # cut at a word
    assert "reliability: B\n" in (repo / f"sources/{source_id}.yaml").read_text()
    args = ["claim", "add", "--id", "storm-damage", "--statement", "The storm did 12 million euros of damage.",
            "--status", "Confirmed", "--source", f"{source_id}:Supports", "--source", "alpha-news-report",
            "--rationale", "Two reports.", "--reviewer", "Desk", "--root", str(repo)]  # fmt: skip
    code, out, err = run(*args, "--tag", " ")
    assert (code, err) == (2, "factcheck: --tag ' ' is empty: give a tag, or leave --tag out\n")
    assert not (repo / "claims/storm-damage.yaml").exists()
    code, out, err = run(*args, "--tag", " storms")
    assert code == 0, err
    text = (repo / "claims/storm-damage.yaml").read_text()
    assert "status: confirmed\n" in text and "tags: [storms]\n" in text
    assert f"  - {source_id}\n" in text  # `Supports` read as supports, the default
    code, out, err = run("claim", "list", "--source", f"{source_id}:SUPPORTS", "--format", "json",
                         "--root", str(repo))  # fmt: skip
    assert (code, [c["id"] for c in json.loads(out)]) == (0, ["storm-damage"])


def test_claim_add_refuses_an_id_another_claim_has_wherever_it_is_filed(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    before = sorted(repo.rglob("*.yaml"))
    code, out, err = run(
        "claim", "add", "--root", str(repo), "--id", "harbour-reopened-march",
        "--statement", "Ferries resumed.", "--status", "unconfirmed",
    )  # fmt: skip
    assert (code, out, err) == (
        1,
        "",
        f"factcheck: refused: claim id 'harbour-reopened-march' is already used by {CLAIM_PATH}\n",
    )
    assert sorted(repo.rglob("*.yaml")) == before


def test_a_supporting_citation_with_only_a_locator_keeps_it(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    (repo / "sources/gamma.yaml").write_text(
        "id: gamma\ntitle: G\npublisher: Gamma\nurl: https://g.example/\n"
    )
    run("cite", "harbour-reopened-march", "gamma", "--locator", "p. 2", "--root", str(repo))
    text = (repo / CLAIM_PATH).read_text()
    assert "  - source: gamma\n    stance: supports\n    locator: p. 2\n" in text


def test_citing_a_bare_supporting_id_again_changes_nothing(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    before = (repo / CLAIM_PATH).read_bytes()
    out = run(
        "cite", "harbour-reopened-march", "alpha-news-report", "--stance", "supports",
        "--root", str(repo),
    )[1]  # fmt: skip
    assert out == f"wrote {CLAIM_PATH} (harbour-reopened-march): citation unchanged\n"
    assert (repo / CLAIM_PATH).read_bytes() == before


def test_a_field_added_to_a_file_without_a_final_newline_starts_a_line(run, repo: Path) -> None:  # type: ignore[no-untyped-def]
    path = repo / "claims/harbour/ferries.yaml"
    path.write_text("id: ferries\nstatement: Ferries resumed.\nstatus: unconfirmed")
    code, out, _ = run("cite", "ferries", "alpha-news-report", "--root", str(repo))
    assert (code, out) == (0, "wrote claims/harbour/ferries.yaml (ferries): citation added\n")
    assert path.read_text() == (
        "id: ferries\nstatement: Ferries resumed.\nstatus: unconfirmed\n"
        "sources:\n  - alpha-news-report\n"
    )
