"""The hostile corpus through every command and every output format.

Each run must end with exit status 0 or 1 (2 only where the command itself is
refused), print no traceback, let no ESC or BEL from the data reach the output,
show markup as text, write nothing outside the repository and run nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from corpus import BEL, ESC, MARKER, PAYLOAD, hostile_repo

from conftest import SAMPLE

ENV = {
    **os.environ,
    "PYTHONPATH": str(SAMPLE / "src"),
    "COLUMNS": "100",
    "FACTCHECK_LOCK_TIMEOUT": "5",
}
ENV.pop("NO_COLOR", None)
ENV.pop("FORCE_COLOR", None)


@pytest.fixture(scope="module")
def desk(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    base = tmp_path_factory.mktemp("hostile")
    outside = base / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("untouched\n")
    root = hostile_repo(base / "desk", outside)
    with (root / "factcheck.yaml").open("a") as settings:
        settings.write("organization: {name: Desk, url: 'https://desk.example'}\n")
        settings.write("review_url_template: https://desk.example/c/{id}\n")
    return root, outside


def factcheck(
    *args: str, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", *args], capture_output=True, text=True,
        env=env or ENV, cwd=cwd, timeout=120, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def assert_clean(
    completed: subprocess.CompletedProcess[str], allowed: tuple[int, ...] = (0, 1)
) -> None:
    output = completed.stdout + completed.stderr
    assert completed.returncode in allowed, output[-2000:]
    assert "Traceback" not in output, output[-2000:]
    assert (
        ESC not in output and BEL not in output and "\x9b" not in output and "\u202e" not in output
    )
    assert "\u2028" not in output and "\u2029" not in output


COMMANDS = [
    ("audit",), ("audit", "--format", "json"), ("audit", "--format", "github"), ("audit", "--format", "sarif"),
    ("audit", "--no-cache", "--fail-on", "info"),
    ("check", "claims/harbour/article-2.md"), ("check", "claims/harbour/article-2.md", "--format", "json"),
    ("check", "claims/harbour/bad-front-matter.md"),
    ("report",), ("claim", "list"), ("claim", "list", "--format", "json"), ("claim", "show", "payload"),
    ("source", "list"), ("source", "list", "--format", "json"), ("source", "show", "evil-source"),
    ("export", "claimreview"), ("export", "jsonschema", "--output", "schemas"), ("rules",),
]  # fmt: skip


@pytest.mark.parametrize("args", COMMANDS, ids=lambda args: " ".join(args))
def test_every_reading_command_survives(desk: tuple[Path, Path], args: tuple[str, ...]) -> None:
    root, outside = desk
    completed = (
        factcheck(*args, "--root", str(root), cwd=root) if args != ("rules",) else factcheck(*args)
    )
    assert_clean(completed)
    assert not (outside / MARKER).exists() and sorted(p.name for p in outside.iterdir()) == [
        "keep.txt"
    ]


def test_markup_and_controls_show_as_text(desk: tuple[Path, Path]) -> None:
    root, _ = desk
    rich = " ".join(factcheck("audit", "--root", str(root)).stdout.split())
    assert "The payload says [bold red]markup[/] [/] [link=https://evil.example]link[/link]" in rich
    shown = " ".join(factcheck("claim", "show", "payload", "--root", str(root)).stdout.split())
    assert "[link=https://evil.example]link[/link] \\x1b[31mred\\x1b[0m" in shown
    assert "\\x1b]52;c;ZXZpbA==\\x07 bell\\x07 \\x9b31m8bit \\u202eevil\\u202c" in shown
    github = factcheck("audit", "--root", str(root), "--format", "github").stdout
    assert all(line.startswith("::") for line in github.splitlines())  # nothing forged a line
    assert "unknown status 'x%250A::error::forged'" in github  # the payload, escaped
    assert "%0A::error::forged" not in github.replace("%250A", "")
    document = json.loads(factcheck("audit", "--root", str(root), "--format", "json").stdout)
    rules = {f["rule"] for f in document["findings"]}
    assert {"yaml-syntax", "schema", "skipped-path"} <= rules
    skipped = {f["path"] for f in document["findings"] if f["rule"] == "skipped-path"}
    assert {
        "sources/passwd.yaml",
        "sources/etc",
        "claims/loop",
        "claims/outside",
        "sources/huge.yaml",
    } <= skipped


def test_forced_colour_still_carries_no_control_codes_from_the_data(
    desk: tuple[Path, Path],
) -> None:
    root, _ = desk
    env = {**ENV, "FORCE_COLOR": "1"}
    output = factcheck("audit", "--root", str(root), env=env).stdout
    assert (
        "\x1b]" not in output
        and BEL not in output
        and "\x1b[31mred" not in output
        and "\x1b[2J" not in output
    )


def test_reports_to_files_and_the_sqlite_export(desk: tuple[Path, Path], tmp_path: Path) -> None:
    root, outside = desk
    for name in ("report.html", "report.md"):
        completed = factcheck("report", "--root", str(root), "--output", str(tmp_path / name))
        assert_clean(completed)
        text = (tmp_path / name).read_text()
        assert ESC not in text and BEL not in text and "<script>" not in text
    assert_clean(factcheck("export", "sqlite", "--root", str(root), str(tmp_path / "desk.db")))
    assert sorted(p.name for p in outside.iterdir()) == ["keep.txt"]


def test_writing_commands_refuse_or_store_payloads_as_text(
    desk: tuple[Path, Path], tmp_path: Path
) -> None:
    root, outside = desk
    added = factcheck(
        "claim",
        "add",
        "--root",
        str(root),
        "--statement",
        PAYLOAD,
        "--status",
        "unconfirmed",
        "--id",
        "written-payload",
    )
    assert_clean(added)
    text = (root / "claims" / "written-payload.yaml").read_text()
    assert ESC not in text and BEL not in text
    shown = factcheck("claim", "show", "written-payload", "--root", str(root))
    assert_clean(shown)
    for bad in (
        "../../outside/x",
        "/etc/passwd",
        "CON",
    ):  # NUL cannot travel in argv; CLI tests cover it
        assert_clean(
            factcheck(
                "claim",
                "add",
                "--root",
                str(root),
                "--statement",
                "S.",
                "--status",
                "unconfirmed",
                "--id",
                bad,
            ),
            (1,),
        )
    assert_clean(
        factcheck(
            "cite", "written-payload", "evil-source", "--excerpt", PAYLOAD, "--root", str(root)
        )
    )
    assert_clean(
        factcheck("article", "add", "--root", str(root), "--title", PAYLOAD, "--outlet", PAYLOAD,
                  "--id", "payload-article")
    )  # fmt: skip
    text = (root / "claims" / "payload-article" / "article.md").read_text()
    assert ESC not in text and BEL not in text
    assert_clean(
        factcheck("claim", "add", "--root", str(root), "--from", "hostile-article:9",
                  "--status", "unconfirmed", "--id", "payload-sentence")
    )  # fmt: skip
    text = (root / "claims" / "harbour" / "payload-sentence.yaml").read_text()
    assert (
        ESC not in text
        and BEL not in text
        and "quote: The payload says [bold red]markup[/]" in text
    )
    feed = tmp_path / "feed.json"
    feed.write_text(json.dumps({"@type": "ClaimReview", "claimReviewed": PAYLOAD, "url": "javascript:alert(1)",
                                "author": {"name": PAYLOAD}, "reviewRating": {"alternateName": PAYLOAD}}))  # fmt: skip
    assert_clean(factcheck("import", "claimreview", str(feed), "--root", str(root)))
    assert_clean(factcheck("audit", "--root", str(root)))
    assert (
        sorted(p.name for p in outside.iterdir()) == ["keep.txt"]
        and not (outside / MARKER).exists()
    )
