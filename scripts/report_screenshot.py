"""Render the sample's HTML report and take a screenshot of it with headless Chromium.

    python scripts/report_screenshot.py            # writes docs/report.png

README.md shows the picture. Needs Debian's chromium (`apt-get install chromium`).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from factcheck.engine.audit import audit
from factcheck.output.report.data import build_report
from factcheck.output.report.html import render_html

PROJECT = Path(__file__).resolve().parents[1]
FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--force-device-scale-factor=1",
]  # fmt: skip


def main() -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("chromium is not installed: apt-get install -y chromium", file=sys.stderr)
        return 2
    target = PROJECT / "docs" / "report.png"
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "report.html"
        page.write_text(render_html(build_report(audit(PROJECT))), encoding="utf-8")
        subprocess.run(
            [chromium, *FLAGS, f"--user-data-dir={folder}/profile", "--window-size=1100,1500",
             f"--screenshot={target}", page.as_uri()],
            check=True, capture_output=True,
        )  # fmt: skip
    print(f"wrote {target.relative_to(PROJECT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
