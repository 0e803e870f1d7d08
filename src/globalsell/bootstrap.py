"""Composition root shared by the edges: which domains register which appliers, which models
exist, and how a database is brought to the current schema."""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import MetaData, inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from globalsell.accounts import models as accounts_models
from globalsell.accounts import service as accounts_service
from globalsell.approvals import models as approvals_models
from globalsell.approvals.registry import ApplierRegistry
from globalsell.assistant import models as assistant_models
from globalsell.assistant.domain import DetectorRegistry
from globalsell.catalog import models as catalog_models
from globalsell.config import Settings, prepared
from globalsell.core import audit, job_runs
from globalsell.core.clock import Clock, FixedClock, SystemClock
from globalsell.customs import models as customs_models
from globalsell.db.base import Base
from globalsell.db.session import make_engine, make_session_factory
from globalsell.forecasting import models as forecasting_models
from globalsell.inventory import models as inventory_models
from globalsell.listings import models as listings_models
from globalsell.logistics import models as logistics_models
from globalsell.orders import models as orders_models
from globalsell.pricing import models as pricing_models

if TYPE_CHECKING:
    from alembic.config import Config

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
    """Each domain registers its appliers; approvals itself never imports a domain. The appliers
    (and the services they call) are imported here, when a runtime first needs them (ADR 0070)."""
    from globalsell.catalog import approvals_handlers as catalog_handlers
    from globalsell.customs import approvals_handlers as customs_handlers
    from globalsell.listings import approvals_handlers as listings_handlers
    from globalsell.planning import approvals_handlers as planning_handlers
    from globalsell.pricing import approvals_handlers as pricing_handlers

    registry = ApplierRegistry(second_person_rule=accounts_service.second_person_required)
    catalog_handlers.register(registry)
    pricing_handlers.register(registry)
    listings_handlers.register(registry)
    customs_handlers.register(registry)
    planning_handlers.register(registry)
    return registry


def build_detectors() -> DetectorRegistry:
    """Each domain registers the assistant detectors its data supports."""
    from globalsell.assistant import detectors as assistant_detectors

    registry = DetectorRegistry()
    assistant_detectors.register(registry)
    return registry


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    config.set_main_option("file_template", "%%(year)d-%%(month).2d-%%(day).2d_%%(rev)s_%%(slug)s")
    return config


def new_revision(engine: Engine, message: str) -> None:
    """Write a migration for what the models have and the database at `engine` lacks."""
    from alembic import command

    upgrade(engine)
    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.revision(config, message=message, autogenerate=True)


_REVISION = re.compile(r"^revision(?:: str)? = ['\"](\w+)['\"]", re.M)
_DOWN_REVISION = re.compile(r"^down_revision(?:: [^=]+)? = (.+)$", re.M)


def script_heads() -> frozenset[str] | None:
    """The newest revisions of the migration scripts, read from their `revision` and
    `down_revision` lines without loading Alembic (ADR 0070); None when a script does not say."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            return None
        revisions.add(revision[1])
        parents.update(re.findall(r"['\"](\w+)['\"]", down[1]))
    return frozenset(revisions - parents) or None


def is_current(engine: Engine) -> bool:
    """Whether the database at `engine` already stands at every head of the migration scripts."""
    heads = script_heads()
    if heads is None:
        return False
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return False
        stamped = connection.execute(text("SELECT version_num FROM alembic_version")).scalars()
        return set(stamped) == heads


def upgrade(engine: Engine, *, secret_key: str | None = None) -> None:
    """Bring the database at `engine` to the newest migration; Alembic is loaded only when there
    is something to apply (`secret_key` lets migrations seal secrets that older versions kept in
    plaintext)."""
    if is_current(engine):
        return
    from alembic import command

    config = alembic_config(engine.url.render_as_string(hide_password=False))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        config.attributes["secret_key"] = secret_key
        command.upgrade(config, "heads")


class Runtime:
    """What every edge needs at run time, built once at start-up. The applier and detector
    registries are built on first use: a command that only reads never imports them."""

    def __init__(
        self,
        *,
        settings: Settings,
        engine: Engine,
        session_factory: sessionmaker[Session],
        clock: Clock,
        registry: ApplierRegistry | None = None,
        detectors: DetectorRegistry | None = None,
    ) -> None:
        self.settings = settings
        self.engine = engine
        self.session_factory = session_factory
        self.clock = clock
        if registry is not None:
            self.registry = registry
        if detectors is not None:
            self.detectors = detectors

    @cached_property
    def registry(self) -> ApplierRegistry:
        return build_registry()

    @cached_property
    def detectors(self) -> DetectorRegistry:
        return build_detectors()


def build_runtime(
    settings: Settings, *, clock: Clock | None = None, engine: Engine | None = None
) -> Runtime:
    settings = prepared(settings)
    engine = engine or make_engine(settings.database_url, settings=settings)
    if settings.amazon_ptd_dir is not None:
        from globalsell.listings import ptd  # jsonschema: only when definitions are configured

        ptd.install(settings.amazon_ptd_dir)
    return Runtime(
        settings=settings,
        engine=engine,
        session_factory=make_session_factory(engine),
        clock=clock or settings_clock(settings),
    )


def settings_clock(settings: Settings) -> Clock:
    """The clock every edge uses: pinned by GLOBALSELL_NOW when it is set, else the system's."""
    return FixedClock(settings.now) if settings.now is not None else SystemClock()
