"""Hostile repositories, written byte by byte by the tests themselves.

Every payload a record or an article might carry from the web or a careless
hand: object-building YAML tags, alias bombs, deep nesting, huge files, bad
encodings, console markup, terminal control sequences, bidi overrides, HTML
and script, links that escape the repository, ids that try to be paths.
"""

from __future__ import annotations

import os
from pathlib import Path

from conftest import make_repo

ESC = "\x1b"
BEL = "\x07"
# Console markup, a CSI colour, an OSC 8 hyperlink, an OSC 52 clipboard write, a
# bell, an 8-bit CSI, a bidi override, and HTML that would run script.
PAYLOAD = (
    "[bold red]markup[/] [/] [link=https://evil.example]link[/link] "
    f"{ESC}[31mred{ESC}[0m {ESC}]8;;https://evil.example{ESC}\\osc8{ESC}]8;;{ESC}\\ "
    f"{ESC}]52;c;ZXZpbA=={BEL} bell{BEL} \x9b31m8bit \u202eevil\u202c \u2028line\u2029para "
    "<script>alert(1)</script> <img src=x onerror=alert(2)> %0A::error::forged"
)


def yaml_double_quoted(text: str) -> str:
    """`text` as a YAML double-quoted scalar, control characters as escapes."""
    out = []
    for char in text:
        code = ord(char)
        if char in '"\\':
            out.append("\\" + char)
        elif code < 0x20 or 0x7F <= code <= 0x9F or 0x2028 <= code <= 0x202E:
            out.append(f"\\u{code:04x}" if code > 0xFF else f"\\x{code:02x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


MARKER = "factcheck-pwned"


def hostile_repo(root: Path, outside: Path) -> Path:
    """A desk full of payloads; `outside` is a folder beside it that must stay untouched."""
    marker = outside / MARKER
    levels = ['a0: &a0 ["x","x","x","x","x","x","x","x","x"]']
    for level in range(1, 9):
        levels.append(f"a{level}: &a{level} [{','.join(f'*a{level - 1}' for _ in range(9))}]")
    files: dict[str, str | bytes | None] = {
        "claims/harbour/payload.yaml": (
            "id: payload\n"
            f"statement: {yaml_double_quoted(PAYLOAD)}\n"
            "status: unconfirmed\n"
            "article: harbour-reopened\n"
            f"rationale: {yaml_double_quoted(PAYLOAD)}\n"
            "sources:\n"
            "  - source: evil-source\n"
            "    stance: mentions\n"
            f"    excerpt: {yaml_double_quoted(PAYLOAD)}\n"
        ),
        "sources/evil-source.yaml": (
            "id: evil-source\n"
            f"title: {yaml_double_quoted(PAYLOAD)}\n"
            f"publisher: {yaml_double_quoted('Evil & Co ' + ESC + '[2J')}\n"
            'url: "https://evil.example/\\"><script>alert(3)</script>"\n'
        ),
        "sources/python-tag.yaml": f"id: python-tag\ntitle: !!python/object/apply:os.system ['touch {marker}']\npublisher: x\n",
        "sources/python-tag-key.yaml": f"!!python/object/apply:os.system ['touch {marker}']: x\n",
        "sources/python-tag-list.yaml": f"- !!python/object/new:os.system ['touch {marker}']\n",
        "sources/bomb.yaml": "\n".join(levels) + "\n",
        "sources/self-alias.yaml": "a: &a [*a]\n",
        "sources/deep.yaml": "id: " + "[" * 20000 + "]" * 20000 + "\n",
        "sources/deep-block.yaml": "id:\n" + "".join(" " * i + "- \n" for i in range(2000)),
        "sources/dashes.yaml": "id: " + "- " * 20000 + "x\n",
        "sources/long-line.yaml": "id: long-line\ntitle: " + "x" * 500_000 + "\npublisher: p\n",
        "sources/huge.yaml": "notes: " + "y" * (2 * 1024 * 1024) + "\n",
        "sources/empty.yaml": "",
        "sources/tilde.yaml": "~\n",
        "sources/list.yaml": "- 1\n- 2\n",
        "sources/big-int.yaml": "id: big-int\ntitle: t\npublisher: p\npublished: "
        + "9" * 5000
        + "\n",
        "sources/bad-dates.yaml": "id: bad-dates\ntitle: t\npublisher: p\npublished: 2026-02-30\naccessed: 2026-13-45\n",
        "sources/wrong-types.yaml": "id: [1]\ntitle: {a: b}\npublisher: 3\nurl: [x]\nkind: {}\nnotes: [[[]]]\n",
        "sources/latin1.yaml": b"id: latin1\ntitle: caf\xe9\npublisher: p\n",
        "sources/bom-crlf.yaml": "\ufeffid: bom-crlf\r\ntitle: Fine\r\npublisher: Fine\r\nurl: https://fine.example/\r\n".encode(),
        "sources/nul.yaml": b"id: nul\x00\ntitle: t\n",
        # a finding's message carries it: `unknown status '…%0A::error::forged'`
        "claims/harbour/forged-status.yaml": "id: forged-status\nstatement: S.\nstatus: x%0A::error::forged\n",
        "claims/harbour/path-id.yaml": "id: ../../etc/passwd\nstatement: S.\nstatus: unconfirmed\narticle: ../../x\n",
        "claims/harbour/article-2.md": (
            "---\nid: hostile-article\ntitle: " + yaml_double_quoted(PAYLOAD) + "\n"
            'url: "javascript:alert(4)"\n---\n\n# Heading ' + PAYLOAD + "\n\n"
            "The payload says " + PAYLOAD + ". It could not be independently confirmed.\n"
        ),
        "claims/harbour/bad-front-matter.md": "---\nid: [unclosed\n---\nbody\n",
    }
    root = make_repo(root, files)
    os.symlink("/etc/passwd", root / "sources" / "passwd.yaml")
    os.symlink("/etc", root / "sources" / "etc")
    os.symlink(root, root / "claims" / "loop")
    os.symlink(outside, root / "claims" / "outside")
    return root
