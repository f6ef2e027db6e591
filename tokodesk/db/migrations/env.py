"""Alembic environment: runs on the connection TokoDesk hands in (``tokodesk.db.migrate``),
or on ``sqlalchemy.url`` when run by the ``alembic`` command for development."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from tokodesk.db import models, search  # noqa: F401 - registers the tables on Base.metadata
from tokodesk.db.base import Base

config = context.config
target_metadata = Base.metadata


def run_on(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_object=search.include_object,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
        compare_type=True,
    )
    with context.begin_transaction():
        # the search index's triggers name orders and customers: a batch rebuild of either
        # (copy, drop, rename) fails while they exist, so they are set aside and put back
        search.drop_triggers(connection)
        context.run_migrations()
        search.ensure(connection)


connection = config.attributes.get("connection")
if connection is not None:
    run_on(connection)
else:
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.", poolclass=pool.NullPool
    )
    with engine.connect() as conn:
        run_on(conn)
