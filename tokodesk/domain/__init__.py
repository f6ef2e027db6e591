"""Pure business rules: no Qt, no SQLAlchemy, no clock reads (time is passed in)."""
