"""`factcheck check ARTICLE`: the article as the reader sees it, and its JSON."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import ARTICLE as HARBOUR
from conftest import SAMPLE, cached, make_repo

ARTICLE = SAMPLE / "claims" / "belarus-prisoner-release-2025" / "article.md"


def test_json_follows_the_spec(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("check", str(ARTICLE), "--root", str(SAMPLE), "--format", "json")
    assert code == 0
    document = json.loads(out)
    assert document["version"] == 1
    assert document["article"] == {
        "id": "belarus-prisoner-release-2025",
        "title": "Release of Belarusian Prisoners as U.S. Sanctions Change",
        "path": "claims/belarus-prisoner-release-2025/article.md",
    }
    sentences = document["sentences"]
    assert [s["index"] for s in sentences] == list(range(1, len(sentences) + 1))
    body = ARTICLE.read_text(encoding="utf-8").split("---\n", 2)[2]
    bellavia = next(s for s in sentences if "Bellavia" in s["text"])
    assert body[bellavia["start"] : bellavia["end"]] == bellavia["text"]
    assert bellavia["claims"] == [
        {
            "id": "bellavia-airlines-sanctions-lifted",
            "status": "unconfirmed",
            "score": 100.0,
            "by": "quote",
            "relation": "asserts",
        }
    ]
    assert sorted(f["rule"] for f in bellavia["findings"]) == [
        "hedged-statement", "name-variant", "unsupported-statement",
    ]  # fmt: skip
    every = [f for s in sentences for f in s["findings"]]
    assert sorted(map(json.dumps, every)) == sorted(map(json.dumps, document["findings"]))


def test_rich_output_is_sentence_by_sentence_with_a_summary(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("check", str(ARTICLE), "--root", str(SAMPLE))
    assert code == 0
    lines = out.splitlines()
    # each sentence on its own numbered line, its claims (never split) and findings under it
    bellavia = next(i for i, line in enumerate(lines) if line.startswith("12 However, reports"))
    assert lines[bellavia + 2] == "   ? unconfirmed bellavia-airlines-sanctions-lifted (quote)"
    assert lines[bellavia + 3].startswith("   warning hedges with 'reports that'")
    assert "   ✗ disputed kolesnikova-served-11-years (quote)" in lines
    assert "   ✓ confirmed release-123-prisoners (quote)" in lines
    assert lines[-1] == "54 sentences: 0 errors, 15 warnings, 3 info (1 suppressed)"


def test_exit_status_follows_fail_on(run) -> None:  # type: ignore[no-untyped-def]
    # the sample's article has warnings and no error
    assert run("check", str(ARTICLE), "--root", str(SAMPLE), "-f", "json")[0] == 0
    assert run("check", str(ARTICLE), "--root", str(SAMPLE), "--fail-on", "warning")[0] == 1


def test_a_plain_text_file_outside_the_repository(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    draft = tmp_path / "draft.txt"
    body = ARTICLE.read_text(encoding="utf-8").split("---\n", 2)[2]  # the sample, as plain text
    draft.write_text(body.replace("# ", "").replace("*", ""), encoding="utf-8")
    code, out, _ = run("check", str(draft), "--root", str(SAMPLE), "--format", "json")
    document = json.loads(out)
    assert code == 0
    assert document["article"]["id"] == "draft"
    linked = {c["id"] for s in document["sentences"] for c in s["claims"]}
    assert "release-123-prisoners" in linked


def test_check_honours_the_drafts_own_suppressions(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_repo(tmp_path)
    draft = tmp_path / "draft.md"

    def checked(body: str) -> tuple[list[tuple[str, int]], int]:
        draft.write_text(body, encoding="utf-8")
        code, out, _ = run("check", str(draft), "--root", str(tmp_path), "--format", "json")
        assert code == 0
        document = json.loads(out)
        found = [(f["rule"], f["line"]) for f in document["findings"]]
        return found, document["summary"]["suppressed"]

    hedged = "The harbour reportedly reopened on 3 March.\n"
    assert checked(hedged)[0] == [("hedged-statement", 1)]
    ignore = "<!-- factcheck-ignore hedged-statement -->\n"
    assert checked(ignore + hedged) == ([], 1)
    # a comment that silences nothing is reported, as the audit would
    assert checked(ignore + "The harbour reopened on 3 March.\n") == (
        [("unused-suppression", 1)],
        0,
    )


def test_a_missing_file_exits_2(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_repo(tmp_path)
    code, _, err = run("check", str(tmp_path / "nope.md"), "--root", str(tmp_path))
    assert code == 2
    assert "no such file" in err
    code, _, err = run("check", str(tmp_path / "claims"), "--root", str(tmp_path))
    assert code == 2
    assert "claims: not a regular file" in err


def test_check_takes_the_desks_severities_and_rule_choices(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    desk = tmp_path / "desk"
    shutil.copytree(SAMPLE / "claims", desk / "claims")
    shutil.copytree(SAMPLE / "sources", desk / "sources")
    (desk / "factcheck.yaml").write_text(
        "rules: {unsupported-statement: off, name-variant: error}\n", encoding="utf-8"
    )
    article = desk / "claims/belarus-prisoner-release-2025/article.md"

    def rules(*options: str) -> tuple[int, dict[str, str]]:
        code, out, _ = run("check", str(article), "--root", str(desk), "--format", "json", *options)
        return code, {f["rule"]: f["severity"] for f in json.loads(out)["findings"]}

    code, found = rules()
    assert code == 1  # name-variant is an error on this desk, as in its audit
    assert found["name-variant"] == "error" and "unsupported-statement" not in found
    assert run("audit", "--root", str(desk))[0] == code
    code, found = rules("--select", "hedged-statement")
    assert (code, set(found)) == (0, {"hedged-statement"})
    code, found = rules("--ignore", "name-variant,hedged-statement")
    assert code == 0 and not {"name-variant", "hedged-statement"} & set(found)


def test_no_cache_neither_uses_nor_writes_the_cache(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_repo(tmp_path / "desk")
    draft = tmp_path / "draft.md"
    draft.write_text("The harbour of Port Vell reopened on 3 March 2025.\n", encoding="utf-8")
    code, out, _ = run("check", str(draft), "--root", str(tmp_path / "desk"), "--no-cache")
    assert code == 0 and "harbour-reopened-march" in out
    assert cached(tmp_path / "desk") == ([], [])
    run("check", str(draft), "--root", str(tmp_path / "desk"))
    assert "check" in cached(tmp_path / "desk")[0]  # without the option, the answer is kept


def test_a_path_from_outside_is_printed_as_text(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    make_repo(tmp_path)
    code, _, err = run(
        "check", str(tmp_path / "evil\x1b]52;c;cHduZWQ=\x07.md"), "--root", str(tmp_path)
    )
    assert code == 2
    assert "\x1b" not in err and "\x07" not in err
    assert "evil\\x1b]52;c;cHduZWQ=\\x07.md: no such file" in err


FLOOD_CLAIMS = {
    "claims/flood/outage-homes.yaml": (
        "id: outage-homes\nstatement: About 4,200 homes in Harwick lost power during the flood.\n"
        "status: unconfirmed\n"
    ),
    "claims/flood/damage-estimate.yaml": (
        "id: damage-estimate\nstatement: Flood damage in Harwick is estimated at £12 million.\n"
        "status: unconfirmed\n"
    ),
}


def test_explain_shows_each_sentences_best_candidates_and_what_the_facts_did(
    run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    root = make_repo(tmp_path / "desk", FLOOD_CLAIMS)
    draft = tmp_path / "draft.md"
    draft.write_text(
        "Insurers put the flood damage in Harwick at £15 million.\n\n"
        "Some 4,200 Harwick households were left without electricity by the flood.\n",
        encoding="utf-8",
    )
    code, out, _ = run(
        "check", str(draft), "--root", str(root), "--format", "json", "--explain", "--no-cache"
    )
    assert code == 0
    damage, outage = json.loads(out)["sentences"]
    assert len(damage["candidates"]) == 3  # the best three of the desk's claims
    assert damage["candidates"][0]["id"] == "damage-estimate"
    first = damage["candidates"][0]
    assert (first["relation"], first["linked"], first["facts"]) == (
        "contradicts",
        True,
        "names said: harwick; another figure: £15 million for £12 million",
    )
    assert set(first) == {
        "id",
        "status",
        "score",
        "meaning",
        "words",
        "facts",
        "relation",
        "linked",
    }
    assert [(c["id"], c["relation"]) for c in damage["claims"]] == [
        ("damage-estimate", "contradicts")
    ]
    assert outage["candidates"][0]["id"] == "outage-homes"
    assert outage["candidates"][0]["facts"] == "names said: harwick; figures agree: 4,200"
    assert outage["candidates"][0]["linked"] is True
    # Without --explain the JSON has no candidates, and the rich view shows them when asked.
    code, out, _ = run("check", str(draft), "--root", str(root), "--format", "json", "--no-cache")
    assert all("candidates" not in s for s in json.loads(out)["sentences"])
    code, out, _ = run("check", str(draft), "--root", str(root), "--explain", "--no-cache")
    assert "linked     " in out and "damage-estimate  meaning" in out
    # With the cache: the kept answer is the plain one, --explain is never answered by it.
    import factcheck.incremental.store

    real = factcheck.incremental.store.now_ns  # the files written long before: the cache answers
    monkeypatch.setattr(
        factcheck.incremental.store,
        "now_ns",
        lambda: real() + 10 * factcheck.incremental.store.RACY_NS,
    )
    as_json = ("check", str(draft), "--root", str(root), "--format", "json")
    for explained in (False, True, False, True):
        _, out, _ = run(*as_json, *(["--explain"] if explained else []))
        sentences = json.loads(out)["sentences"]
        assert all(("candidates" in s) is explained for s in sentences)


def test_an_article_of_the_desk_is_checked_against_its_own_claims(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    said = "Ferries resumed the same week."
    ferries = (
        f"id: ferries-resumed\nstatement: {said}\nstatus: unconfirmed\narticle: ferries\n"
        "rationale: Not yet checked.\n"
    )
    root = make_repo(tmp_path / "desk", {
        "claims/harbour/article.md": HARBOUR + f"\n{said}\n",
        "claims/ferries/article.md": f"---\nid: ferries\ntitle: Ferries\n---\n\n{said}\n",
        "claims/ferries/ferries-resumed.yaml": ferries,
    })  # fmt: skip

    def linked(path: Path) -> list[str]:
        _, out, _ = run("check", str(path), "--root", str(root), "-f", "json")
        return [
            c["id"] for s in json.loads(out)["sentences"] if s["text"] == said for c in s["claims"]
        ]

    assert linked(root / "claims/harbour/article.md") == []  # as the audit has it
    (tmp_path / "draft.md").write_text(f"{said}\n")
    assert linked(tmp_path / "draft.md") == ["ferries-resumed"]  # a draft: every claim
