"""pickup timeline: reminders queue, outgoing mail, customer e-mail, system staff role

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 01:44:12.251325
"""

from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('reminders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('queued_at', sa.DateTime(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('done_at', sa.DateTime(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('channel', sa.String(length=16), nullable=True),
    sa.Column('log_entry_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("state IN ('queued', 'sent', 'skipped')", name=op.f('ck_reminders_state')),
    sa.ForeignKeyConstraint(['log_entry_id'], ['log_entries.id'], name=op.f('fk_reminders_log_entry_id_log_entries')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_reminders_order_id_orders')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_reminders_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_reminders')),
    sa.UniqueConstraint('order_id', 'kind', 'due_on', name='uq_reminders_order_kind_day')
    )
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reminders_due_on'), ['due_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminders_order_id'), ['order_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminders_state'), ['state'], unique=False)

    op.create_table('outgoing_mail',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=True),
    sa.Column('order_id', sa.Integer(), nullable=True),
    sa.Column('reminder_id', sa.Integer(), nullable=True),
    sa.Column('to_addr', sa.String(length=254), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=False),
    sa.Column('next_try_at', sa.DateTime(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('sent_at', sa.DateTime(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('log_entry_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("state IN ('queued', 'sent', 'failed')", name=op.f('ck_outgoing_mail_state')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_outgoing_mail_customer_id_customers')),
    sa.ForeignKeyConstraint(['log_entry_id'], ['log_entries.id'], name=op.f('fk_outgoing_mail_log_entry_id_log_entries')),
    sa.ForeignKeyConstraint(['order_id'], ['orders.id'], name=op.f('fk_outgoing_mail_order_id_orders')),
    sa.ForeignKeyConstraint(['reminder_id'], ['reminders.id'], name=op.f('fk_outgoing_mail_reminder_id_reminders')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_outgoing_mail_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_outgoing_mail'))
    )
    with op.batch_alter_table('outgoing_mail', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outgoing_mail_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_outgoing_mail_state'), ['state'], unique=False)

    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.add_column(sa.Column('email', sa.String(length=254), server_default='', nullable=False))

    # the daily run acts under its own staff record, role 'system'
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_staff_role'), type_='check')
        batch_op.create_check_constraint(op.f('ck_staff_role'), "role IN ('owner', 'staff', 'system')")



def downgrade() -> None:
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_constraint(op.f('ck_staff_role'), type_='check')
        batch_op.create_check_constraint(op.f('ck_staff_role'), "role IN ('owner', 'staff')")
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_column('email')

    with op.batch_alter_table('outgoing_mail', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outgoing_mail_state'))
        batch_op.drop_index(batch_op.f('ix_outgoing_mail_customer_id'))

    op.drop_table('outgoing_mail')
    with op.batch_alter_table('reminders', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminders_state'))
        batch_op.drop_index(batch_op.f('ix_reminders_order_id'))
        batch_op.drop_index(batch_op.f('ix_reminders_due_on'))

    op.drop_table('reminders')
