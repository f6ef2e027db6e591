"""communication log with attachments; tamper-evident chains over log, ledger and status history

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 00:37:09.836083
"""

from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attachments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.Integer(), nullable=False),
    sa.Column('mime', sa.String(length=80), nullable=False),
    sa.Column('filename', sa.String(length=255), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attachments')),
    sa.UniqueConstraint('sha256', name=op.f('uq_attachments_sha256'))
    )
    op.create_table('chain_heads',
    sa.Column('name', sa.String(length=16), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.Column('length', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_chain_heads'))
    )
    op.create_table('log_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('channel', sa.String(length=16), nullable=False),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('happened_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('corrects_id', sa.Integer(), nullable=True),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('import_key', sa.String(length=64), nullable=True),
    sa.Column('prev_hash', sa.String(length=64), nullable=True),
    sa.Column('hash', sa.String(length=64), nullable=True),
    sa.CheckConstraint("channel IN ('whatsapp', 'phone', 'sms', 'email', 'in_person', 'marketplace')", name=op.f('ck_log_entries_channel')),
    sa.CheckConstraint("direction IN ('in', 'out', 'note')", name=op.f('ck_log_entries_direction')),
    sa.ForeignKeyConstraint(['corrects_id'], ['log_entries.id'], name=op.f('fk_log_entries_corrects_id_log_entries')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_log_entries_customer_id_customers')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_log_entries_order_id_orders')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_log_entries_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_log_entries')),
    sa.UniqueConstraint('hash', name=op.f('uq_log_entries_hash')),
    sa.UniqueConstraint('import_key', name=op.f('uq_log_entries_import_key'))
    )
    with op.batch_alter_table('log_entries', schema=None) as batch_op:
        batch_op.create_index('ix_log_entries_customer_happened', ['customer_id', 'happened_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_log_entries_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_log_entries_happened_at'), ['happened_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_log_entries_order_id'), ['order_id'], unique=False)

    op.create_table('log_attachments',
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('attachment_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['attachment_id'], ['attachments.id'], name=op.f('fk_log_attachments_attachment_id_attachments')),
    sa.ForeignKeyConstraint(['entry_id'], ['log_entries.id'], name=op.f('fk_log_attachments_entry_id_log_entries')),
    sa.PrimaryKeyConstraint('entry_id', 'position', name=op.f('pk_log_attachments'))
    )
    with op.batch_alter_table('log_attachments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_log_attachments_attachment_id'), ['attachment_id'], unique=False)

    with op.batch_alter_table('ledger_entries', schema=None) as batch_op:
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_ledger_entries_hash'), ['hash'])

    with op.batch_alter_table('status_changes', schema=None) as batch_op:
        batch_op.add_column(sa.Column('prev_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('hash', sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint(batch_op.f('uq_status_changes_hash'), ['hash'])



def downgrade() -> None:
    with op.batch_alter_table('status_changes', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_status_changes_hash'), type_='unique')
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')

    with op.batch_alter_table('ledger_entries', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_ledger_entries_hash'), type_='unique')
        batch_op.drop_column('hash')
        batch_op.drop_column('prev_hash')

    with op.batch_alter_table('log_attachments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_log_attachments_attachment_id'))

    op.drop_table('log_attachments')
    with op.batch_alter_table('log_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_log_entries_order_id'))
        batch_op.drop_index(batch_op.f('ix_log_entries_happened_at'))
        batch_op.drop_index(batch_op.f('ix_log_entries_customer_id'))
        batch_op.drop_index('ix_log_entries_customer_happened')

    op.drop_table('log_entries')
    op.drop_table('chain_heads')
    op.drop_table('attachments')
