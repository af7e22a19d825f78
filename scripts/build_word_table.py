"""Write the English word-frequency table that factcheck ships, from the installed `wordfreq`.

    pip install wordfreq==3.1.1 && python scripts/build_word_table.py

How much a word says is read from how often English uses it (`text/words.py`).
wordfreq (Robyn Speer; code Apache-2.0, data CC BY-SA 4.0) holds that table, in
bands of a centibel, for 321,180 English words; its package is 58 MB for the tables
of 40 languages and their dependencies, and reading the English one into a
dictionary takes a quarter of a second. factcheck ships only what it reads:

- `english-words.txt`: the words, one a line, in code-point order (looked up by
  bisection: nothing to build when the table is read);
- `english-bands.bin`: each word's band (centibels below a frequency of 1), as
  unsigned 16-bit little-endian integers, in the same order;
- `LICENSE`: the attribution and licence that travel with the derived data.

Run once when wordfreq's data changes; the output is committed. Re-running it
reproduces the committed files byte for byte.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import sys
from array import array
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "factcheck" / "data" / "words"

NOTICE = """\
english-words.txt and english-bands.bin are derived from the English word
frequencies of wordfreq {version} (https://github.com/rspeer/wordfreq), by Robyn
Speer, whose data files are licensed under the Creative Commons
Attribution-ShareAlike 4.0 licence (https://creativecommons.org/licenses/by-sa/4.0/).
wordfreq's data is in turn derived from Google Books Ngrams, Wikipedia, the Leeds
Internet Corpus, OpenSubtitles, SUBTLEX, Twitter, Reddit and other sources named in
wordfreq's README.

The derived files (the words and their frequency bands, unchanged, re-ordered) are
shared under the same licence, CC BY-SA 4.0. Written by
scripts/build_word_table.py.
"""


def main() -> int:
    if importlib.util.find_spec("wordfreq") is None:
        print("pip install wordfreq==3.1.1 first", file=sys.stderr)
        return 2
    import wordfreq

    bands = wordfreq.get_frequency_list("en", wordlist="large")
    pairs = sorted((word, band) for band, words in enumerate(bands) for word in words)
    assert all("\n" not in word for word, _ in pairs)
    assert len({word for word, _ in pairs}) == len(pairs)  # one band a word
    packed = array("H", [band for _, band in pairs])
    if sys.byteorder != "little":
        packed.byteswap()
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "english-words.txt").write_text(
        "\n".join(word for word, _ in pairs) + "\n", encoding="utf-8"
    )
    (OUT / "english-bands.bin").write_bytes(packed.tobytes())
    version = importlib.metadata.version("wordfreq")
    (OUT / "LICENSE").write_text(NOTICE.format(version=version), encoding="utf-8")
    print(f"{len(pairs)} words written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
