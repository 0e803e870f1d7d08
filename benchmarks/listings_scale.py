"""Listings at scale on the offline path: N SKUs x 12 stores generated (attribute completion,
glossary templates), validated against the store rules and written as JSON_LISTINGS_FEED
documents checked against Amazon's schema v2. Prints time and peak memory, then fill rate and
first-try validity per store on the demo catalogue.

    python benchmarks/listings_scale.py [--skus 10000] [--out /tmp/feeds]
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from globalsell.catalog import domain, tabular
from globalsell.core.marketplaces import marketplaces
from globalsell.demo.builder import CATALOGUE, data_file
from globalsell.listings import feed, rules
from globalsell.listings.content import Sku, render, trim_keywords
from globalsell.listings.extract import MasterText, complete
from globalsell.listings.glossary import glossary

STORES12 = ("US", "CA", "MX", "UK", "DE", "FR", "IT", "ES", "NL", "SE", "PL", "JP")
REQUIRED = (*rules.REQUIRED, "material")


def demo_skus() -> list[Sku]:
    """The demo catalogue's rows as SKUs (variants inherit their parent's text)."""
    table = tabular.read_table(data_file(CATALOGUE), filename=CATALOGUE)
    header_map, _ = domain.map_headers(table.headers)
    rows: list[domain.ProductRow] = []
    for index, cells in enumerate(table.rows, start=2):
        values = {
            header_map.columns[i]: "" if c is None else str(c)
            for i, c in enumerate(cells)
            if i in header_map.columns
        }
        row, _ = domain.parse_row(index, values)
        if row is not None:
            rows.append(row)
    parents = {r.sku: r for r in rows if r.parent_sku is None}
    out = []
    for row in rows:
        parent = parents.get(row.parent_sku or "", row)
        attrs = {**parent.attributes, **row.attributes}
        master = MasterText(
            title=row.title or parent.title or "",
            title_en=attrs.get("item_name", (None,))[0],
            category=parent.fields.get("category"),
            description=parent.fields.get("description"),
            bullets=tuple(attrs.get("bullet_point", ((),))[0] or ()),
            keywords=tuple(attrs.get("generic_keyword", ((),))[0] or ()),
            attributes={
                k: (v[0], v[1])
                for k, v in attrs.items()
                if k not in ("item_name", "bullet_point", "generic_keyword")
            },
        )
        out.append(
            Sku(
                row.sku,
                parent.fields.get("brand"),
                row.source_language or "zh",
                row.parent_sku,
                row.sku in {r.parent_sku for r in rows},
                None,
                master,
            )
        )
    return out


def store_chunk(
    skus: list[Sku], count: int, codes: tuple[str, ...], out: Path | None
) -> dict[str, Any]:
    """Everything for a group of stores in one process: listings of `count` SKUs generated and
    checked against the store rules, then written as feed documents checked against Amazon's
    schema. Only counts come back, so no listing crosses a process boundary."""
    started = time.perf_counter()
    words = glossary()
    markets = [marketplaces().get(code) for code in codes]
    messages: dict[str, list[dict[str, Any]]] = {m.code: [] for m in markets}
    stats = {m.code: {"listings": 0, "valid": 0, "required": 0, "filled": 0} for m in markets}
    for n in range(count):
        base = skus[n % len(skus)]
        sku = Sku(
            f"{base.sku}-{n}",
            base.brand,
            base.source_language,
            base.parent_sku,
            base.is_parent,
            base.variation_theme,
            base.master,
        )
        facts = complete(sku.master, words)
        for store in markets:
            rendered = render(sku, facts, store, words)
            content = rendered.content
            if "generic_keyword" in content:
                content["generic_keyword"] = trim_keywords(content["generic_keyword"])
            issues = rendered.issues + rules.validate(content, store)
            s = stats[store.code]
            s["listings"] += 1
            s["valid"] += not any(i.severity.value == "error" for i in issues)
            s["required"] += len(REQUIRED)
            s["filled"] += sum(content.get(r) not in (None, "", [], {}) for r in REQUIRED)
            messages[store.code].append(feed.update_message(0, sku.sku, content, store))
    generated = time.perf_counter()
    documents = 0
    for store in markets:
        for number, document in enumerate(
            feed.documents("A1BENCHMARK", store, messages.pop(store.code)), start=1
        ):
            errors = feed.feed_errors(document)
            if errors:
                raise SystemExit(f"{store.code}: {errors[0]}")
            documents += 1
            if out is not None:
                out.mkdir(parents=True, exist_ok=True)
                path = out / f"{store.code}-{number}.json"
                path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    finished = time.perf_counter()
    return {
        "generate_validate_s": generated - started,
        "feed_schema_s": finished - generated,
        "documents": documents,
        "stats": stats,
    }


def run(skus: list[Sku], count: int, out: Path | None, workers: int = 1) -> dict[str, Any]:
    """The stores split across `workers` processes (each store's feed needs all its SKUs)."""
    started = time.perf_counter()
    groups = [STORES12[i::workers] for i in range(workers)]
    if workers == 1:
        parts = [store_chunk(skus, count, groups[0], out)]
    else:
        with ProcessPoolExecutor(workers) as pool:
            parts = list(
                pool.map(store_chunk, [skus] * workers, [count] * workers, groups, [out] * workers)
            )
    finished = time.perf_counter()
    stats: dict[str, Any] = {}
    for part in parts:
        stats.update(part["stats"])
    return {
        "generate_validate_s": max(p["generate_validate_s"] for p in parts),
        "feed_schema_s": max(p["feed_schema_s"] for p in parts),
        "total_s": finished - started,
        "documents": sum(p["documents"] for p in parts),
        "stats": {code: stats[code] for code in STORES12},
    }


def _cpu() -> float:
    """CPU seconds of this process and its finished workers (the machine may be shared: wall
    time then says little, CPU time says what the work costs)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--skus", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--workers", type=int, default=2, help="processes for generation")
    args = parser.parse_args()
    console = Console()
    skus = demo_skus()
    cpu_before = _cpu()
    scale = run(skus, args.skus, args.out, args.workers)
    cpu_s = _cpu() - cpu_before
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    table = Table(
        "SKUs",
        "Stores",
        "Workers",
        "Listings",
        "Generate + rules (s, slowest worker)",
        "Feeds + schema (s, slowest worker)",
        "Total (s)",
        "CPU (s, all processes)",
        "Feed documents",
        "Peak RSS (MB, main / worker)",
        title="offline path at scale",
    )
    table.add_row(
        str(args.skus),
        str(len(STORES12)),
        str(args.workers),
        str(args.skus * len(STORES12)),
        f"{scale['generate_validate_s']:.1f}",
        f"{scale['feed_schema_s']:.1f}",
        f"{scale['total_s']:.1f}",
        f"{cpu_s:.1f}",
        str(scale["documents"]),
        f"{peak_mb:.0f} / {child_mb:.0f}",
    )
    console.print(table)
    demo = run(skus, len(skus), None)["stats"]
    quality = Table(
        "Store",
        "Listings",
        "Fill rate (required)",
        "First-try valid",
        title=f"demo catalogue ({len(skus)} SKUs)",
    )
    for code, s in demo.items():
        quality.add_row(
            code,
            str(s["listings"]),
            f"{s['filled'] / s['required']:.1%}",
            f"{s['valid'] / s['listings']:.1%}",
        )
    console.print(quality)


if __name__ == "__main__":
    main()
