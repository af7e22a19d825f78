"""`factcheck init`: a new, empty claims repository that audits clean."""

from __future__ import annotations

from pathlib import Path

from factcheck.errors import WriteError
from factcheck.writing import STATE_DIR, create_new, describe_os_error

SETTINGS_TEMPLATE = """\
# factcheck settings. Every key is optional; the values shown are the defaults.
# See docs/format.md ("Settings") for each.

# Independent publishers a confirmed claim needs before `single-source` is quiet.
min_independent_sources: 2

# How alike (0-100) two claims' statements, or two sources' titles, must be to
# be reported as duplicates.
# duplicate_threshold: 90

# The match score (0-100) above which a sentence asserts a claim; raise it
# (45-50) when every claim of the desk tells one story.
# match_threshold: 40

# Accepted spellings of names: canonical name → variants.
# names:
#   Belavia: [Belavia Airlines]

# Per-rule severity (error, warning, info) or off.
# rules:
#   orphan-source: off

# Extra hedge cues to flag, and shipped cues not to flag.
# hedges: []
# ignore_hedges: []

# The desk, as author of exported fact-checks, and where each check is published.
# organization: {name: Fact desk, url: https://desk.example}
# review_url_template: https://desk.example/checks/{id}
"""


def _make_folder(path: Path, parents: bool = False) -> None:
    """`path.mkdir`, failing as every write fails: WriteError saying why (a file there,
    a read-only disk), not an OSError for the command to trace back."""
    try:
        path.mkdir(parents=parents, exist_ok=parents)
    except OSError as error:
        raise WriteError(f"cannot create {path}: {describe_os_error(error)}") from None


def init_repository(folder: Path) -> list[str]:
    """Create the repository's folders and files in `folder`; refuse if one exists already."""
    existing = [
        name for name in ("factcheck.yaml", "claims", "sources") if (folder / name).exists()
    ]
    if existing:
        raise WriteError(
            f"{folder} already holds {', '.join(existing)}: it is a claims repository; "
            "nothing was changed"
        )
    created = []
    _make_folder(folder, parents=True)
    create_new(folder / "factcheck.yaml", SETTINGS_TEMPLATE)
    created.append("factcheck.yaml")
    for name in ("claims", "sources"):
        _make_folder(folder / name)
        create_new(folder / name / ".gitkeep", "")  # git keeps no empty folders
        created.append(f"{name}/")
    from factcheck.interop.jsonschema import SCHEMA_DIR, write_schemas

    write_schemas(folder / SCHEMA_DIR)  # editors' YAML tools validate against these
    created.append(f"{SCHEMA_DIR}/")
    ignore = folder / ".gitignore"
    line = f"{STATE_DIR}/\n"
    if not ignore.exists():
        create_new(ignore, "# factcheck's own files: write lock, recovery copies\n" + line)
        created.append(".gitignore")
    elif line.strip() not in ignore.read_text(encoding="utf-8").split():
        with ignore.open("a", encoding="utf-8") as handle:
            handle.write(
                ("\n" if not ignore.read_text(encoding="utf-8").endswith("\n") else "") + line
            )
        created.append(".gitignore (updated)")
    return created
