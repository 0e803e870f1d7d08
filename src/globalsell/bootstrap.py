"""Composition root shared by the edges: which domains register which appliers, which models
exist, and how a database is brought to the current schema."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import MetaData
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from globalsell.accounts import models as accounts_models
from globalsell.approvals import models as approvals_models
from globalsell.approvals.registry import ApplierRegistry
from globalsell.assistant import detectors as assistant_detectors
from globalsell.assistant import models as assistant_models
from globalsell.assistant.domain import DetectorRegistry
from globalsell.catalog import approvals_handlers as catalog_handlers
from globalsell.catalog import models as catalog_models
from globalsell.config import Settings
from globalsell.core import audit, job_runs
from globalsell.core.clock import Clock, SystemClock
from globalsell.customs import approvals_handlers as customs_handlers
from globalsell.customs import models as customs_models
from globalsell.db.base import Base
from globalsell.db.session import make_engine, make_session_factory
from globalsell.forecasting import models as forecasting_models
from globalsell.inventory import models as inventory_models
from globalsell.listings import approvals_handlers as listings_handlers
from globalsell.listings import models as listings_models
from globalsell.logistics import models as logistics_models
from globalsell.orders import models as orders_models
from globalsell.planning import approvals_handlers as planning_handlers
from globalsell.pricing import approvals_handlers as pricing_handlers
from globalsell.pricing import models as pricing_models

MODEL_MODULES = (
    accounts_models,
    approvals_models,
    catalog_models,
    audit,
    pricing_models,
    job_runs,
    assistant_models,
    listings_models,
    customs_models,
    inventory_models,
    orders_models,
    forecasting_models,
    logistics_models,
)
MIGRATIONS = Path(__file__).parent / "migrations"


def metadata() -> MetaData:
    """Every table of every domain (the modules above are imported for their side effect of
    defining tables on Base.metadata)."""
    assert MODEL_MODULES
    return Base.metadata


def build_registry() -> ApplierRegistry:
    """Each domain registers its appliers; approvals itself never imports a domain."""
    registry = ApplierRegistry()
    catalog_handlers.register(registry)
    pricing_handlers.register(registry)
    listings_handlers.register(registry)
    customs_handlers.register(registry)
    planning_handlers.register(registry)
    return registry


def build_detectors() -> DetectorRegistry:
    """Each domain registers the assistant detectors its data supports."""
    registry = DetectorRegistry()
    assistant_detectors.register(registry)
    return registry


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    config.set_main_option("file_template", "%%(year)d-%%(month).2d-%%(day).2d_%%(rev)s_%%(slug)s")
    return config


def new_revision(engine: Engine, message: str) -> None:
    """Write a migration for what the models have and the database at `engine` lacks."""
    upgrade(engine)
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.revision(config, message=message, autogenerate=True)


def upgrade(engine: Engine) -> None:
    """Bring the database at `engine` to the newest migration."""
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "heads")


@dataclass
class Runtime:
    """What every edge needs at run time, built once at start-up."""

    settings: Settings
    engine: Engine
    session_factory: sessionmaker[Session]
    registry: ApplierRegistry
    clock: Clock
    detectors: DetectorRegistry = field(default_factory=build_detectors)


def build_runtime(
    settings: Settings, *, clock: Clock | None = None, engine: Engine | None = None
) -> Runtime:
    engine = engine or make_engine(settings.database_url, settings=settings)
    return Runtime(
        settings=settings,
        engine=engine,
        session_factory=make_session_factory(engine),
        registry=build_registry(),
        clock=clock or SystemClock(),
    )
