"""`globalsell listings eval CATALOG`: import a catalogue into a scratch store (a temporary
SQLite file), generate every store's listings and measure them (listings.evaluation)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from globalsell.accounts import service as accounts
from globalsell.bootstrap import build_runtime, upgrade
from globalsell.catalog import spreadsheets, tabular
from globalsell.config import Settings
from globalsell.core.actor import Actor, Role
from globalsell.core.clock import Clock
from globalsell.core.marketplaces import marketplaces
from globalsell.db.session import unit_of_work
from globalsell.listings import evaluation
from globalsell.listings import service as listings
from globalsell.listings.models import Listing

BY = "listings-eval"


def run(catalogue: Path, *, clock: Clock, sample_size: int = 20) -> evaluation.Evaluation:
    """Import `catalogue` (valid rows) into a scratch store, generate, measure."""
    with tempfile.TemporaryDirectory(prefix="globalsell-eval-") as folder:
        settings = Settings(database_url=f"sqlite:///{Path(folder) / 'eval.db'}")
        rt = build_runtime(settings, clock=clock)
        upgrade(rt.engine)
        now = rt.clock.now()
        with unit_of_work(rt.session_factory) as session:
            seller = accounts.create_seller(session, name="Eval", slug="eval", by=BY, now=now)
            actor = Actor(name=BY, seller_id=seller.id, role=Role.OWNER)
            table = tabular.read_table(catalogue.read_bytes(), filename=catalogue.name)
            spreadsheets.import_catalog(
                session,
                actor=actor,
                table_headers=table.headers,
                table_rows=table.rows,
                filename=catalogue.name,
                dry_run=False,
                now=now,
                valid_rows=True,
            )
        started = time.perf_counter()
        with unit_of_work(rt.session_factory) as session:
            listings.generate(session, actor=actor, registry=rt.registry, now=now, propose=False)
        seconds = time.perf_counter() - started
        with unit_of_work(rt.session_factory) as session:
            rows = [
                evaluation.Row(
                    sku=r.sku,
                    store=r.marketplace,
                    product_type=r.product_type or "",
                    title=str(r.content.get("item_name") or ""),
                    issues=r.issues,
                    content=r.content,
                    first_try_valid=r.first_try_valid,
                    language=marketplaces().get(r.marketplace).language,
                )
                for r in session.scalars(
                    select(Listing).where(Listing.seller_id == actor.seller_id)
                )
            ]
        rt.engine.dispose()
    result = evaluation.evaluate(
        rows, key_attributes=listings.key_attributes(), sample_size=sample_size
    )
    result.generation_seconds = round(seconds, 2)
    return result
