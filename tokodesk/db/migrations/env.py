"""Alembic environment: runs on the connection TokoDesk hands in (``tokodesk.db.migrate``),
or on ``sqlalchemy.url`` when run by the ``alembic`` command for development."""

from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from tokodesk.db import models  # noqa: F401 - registers the tables on Base.metadata
from tokodesk.db.base import Base

config = context.config
target_metadata = Base.metadata


def run_on(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_on(connection)
else:
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.", poolclass=pool.NullPool
    )
    with engine.connect() as conn:
        run_on(conn)
