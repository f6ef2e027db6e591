"""search and list indexes: order search (SQLite FTS5), status changes by status and time
and by order, log corrections, a customer's last word

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 05:40:00

On SQLite two FTS5 tables index every order for the search box, kept current by triggers:

* ``order_search`` (trigram tokenizer): substring search for queries of three or more
  characters over the order code, the customer's name key and phone;
* ``order_words`` (unicode61, prefix indexes of one and two characters): word-prefix search
  for one- and two-character queries, over the order code and the customer's name key.

The SQL lives in ``tokodesk/db/search.py``.  PostgreSQL has no FTS5; there the search
falls back to LIKE.
"""

from alembic import op

from tokodesk.db import search

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

def upgrade() -> None:
    op.create_index('ix_status_changes_to_status_at', 'status_changes', ['to_status', 'at'], unique=False)
    op.create_index(
        'ix_status_changes_order_status_at', 'status_changes', ['order_id', 'to_status', 'at'], unique=False
    )
    op.create_index(op.f('ix_log_entries_corrects_id'), 'log_entries', ['corrects_id'], unique=False)
    op.create_index(
        'ix_log_entries_customer_direction_happened',
        'log_entries',
        ['customer_id', 'direction', 'happened_at'],
        unique=False,
    )
    search.install(op.get_bind())
    if op.get_bind().dialect.name == "sqlite":  # statistics for the new indexes (the planner's choice)
        op.execute("ANALYZE status_changes")
        op.execute("ANALYZE log_entries")


def downgrade() -> None:
    search.uninstall(op.get_bind())
    op.drop_index('ix_log_entries_customer_direction_happened', table_name='log_entries')
    op.drop_index(op.f('ix_log_entries_corrects_id'), table_name='log_entries')
    op.drop_index('ix_status_changes_order_status_at', table_name='status_changes')
    op.drop_index('ix_status_changes_to_status_at', table_name='status_changes')
