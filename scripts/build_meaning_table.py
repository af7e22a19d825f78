"""Write the word-meaning table that factcheck ships, from the installed `wordllama` package.

    pip install wordllama==0.4.0.post1 && python scripts/build_meaning_table.py

WordLlama's `l2_supercat` model (MIT licence, © 2024 Lee Miller) is a static embedding:
a text's vector is the mean of its tokens' vectors, so it needs no network and no model
runtime. Its wheel also brings a model hub client and 150 MB of dependencies, and its
loader tries a download when a file is missing; factcheck ships only what it reads:

- `pieces.txt`: the tokenizer's 32,000 pieces (one a line, id = line number) and its
  merges, byte-pair encoding's rules in order;
- `vectors.npy`: each piece's vector, quantised to int8 row by row;
- `scales.npy`: each row's scale (float32), so that vector = int8 × scale;
- `LICENSE`: WordLlama's MIT licence, which travels with the derived files.

Run once when the model changes; the output is committed.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
from safetensors import safe_open

OUT = Path(__file__).resolve().parent.parent / "src" / "factcheck" / "data" / "meaning"
DIMENSIONS = 256


def main() -> int:
    spec = importlib.util.find_spec("wordllama")  # found without importing it
    if spec is None or not spec.submodule_search_locations:
        print("pip install wordllama==0.4.0.post1 first", file=sys.stderr)
        return 2
    package = Path(next(iter(spec.submodule_search_locations)))
    config = json.loads(
        (package / "tokenizers" / "l2_supercat_tokenizer_config.json").read_text("utf-8")
    )
    model = config["model"]
    pieces = sorted(model["vocab"], key=model["vocab"].__getitem__)
    assert [model["vocab"][p] for p in pieces] == list(range(len(pieces)))
    assert all("\n" not in piece for piece in pieces)
    with safe_open(
        str(package / "weights" / "l2_supercat_256.safetensors"), framework="np"
    ) as weights:
        matrix = weights.get_tensor("embedding.weight").astype(np.float32)[:, :DIMENSIONS]
    scales = np.abs(matrix).max(axis=1) / 127.0
    scales[scales == 0] = 1.0
    quantised = np.round(matrix / scales[:, None]).astype(np.int8)
    OUT.mkdir(parents=True, exist_ok=True)
    merges = [m if isinstance(m, str) else " ".join(m) for m in model["merges"]]
    lines = [f"# pieces {len(pieces)}", *pieces, f"# merges {len(merges)}", *merges]
    (OUT / "pieces.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    np.save(OUT / "vectors.npy", quantised, allow_pickle=False)
    np.save(OUT / "scales.npy", scales.astype(np.float32), allow_pickle=False)
    notice = next((package.parent / "wordllama-0.4.0.post1.dist-info" / "licenses").glob("*"))
    (OUT / "LICENSE").write_text(
        "The files of this folder are derived from WordLlama's l2_supercat model and tokenizer\n"
        "(wordllama 0.4.0.post1, https://github.com/dleemiller/WordLlama): the tokenizer's pieces\n"
        "and merges, and the token vectors quantised to int8 by scripts/build_meaning_table.py.\n"
        "They are distributed under WordLlama's licence:\n\n" + notice.read_text("utf-8"),
        encoding="utf-8",
    )
    print(f"wrote {OUT}: {len(pieces)} pieces, {len(merges)} merges, {DIMENSIONS} dimensions")
    return 0


if __name__ == "__main__":
    sys.exit(main())
