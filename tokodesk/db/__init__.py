"""Storage: SQLAlchemy 2.x models, the engine with SQLite pragmas, and Alembic migrations."""
