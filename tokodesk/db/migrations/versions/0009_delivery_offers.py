"""Delivery offers: a ready pickup order offered for delivery with every cost, and the answer.

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-23 07:40:10.955905
"""

from alembic import op
import sqlalchemy as sa


revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "delivery_offers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=False),
        sa.Column("courier", sa.String(length=16), nullable=False),
        sa.Column("area", sa.String(length=60), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("weight_g", sa.Integer(), nullable=False),
        sa.Column("eta", sa.Date(), nullable=False),
        sa.Column("balance", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("storage_fee", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("delivery_fee", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("packing_fee", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("log_entry_id", sa.Integer(), nullable=True),
        sa.Column("mail_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decision_note", sa.Text(), nullable=False),
        sa.Column("shipment_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "status IN ('sent', 'accepted', 'declined')", name=op.f("ck_delivery_offers_status")
        ),
        sa.CheckConstraint(
            "balance >= 0 AND storage_fee >= 0 AND delivery_fee >= 0 AND packing_fee >= 0",
            name=op.f("ck_delivery_offers_money_not_negative"),
        ),
        sa.CheckConstraint("weight_g > 0", name=op.f("ck_delivery_offers_weight_positive")),
        sa.ForeignKeyConstraint(
            ["decided_by_id"], ["staff.id"], name=op.f("fk_delivery_offers_decided_by_id_staff")
        ),
        sa.ForeignKeyConstraint(
            ["log_entry_id"], ["log_entries.id"], name=op.f("fk_delivery_offers_log_entry_id_log_entries")
        ),
        sa.ForeignKeyConstraint(
            ["mail_id"], ["outgoing_mail.id"], name=op.f("fk_delivery_offers_mail_id_outgoing_mail")
        ),
        sa.ForeignKeyConstraint(["order_id"], ["orders.id"], name=op.f("fk_delivery_offers_order_id_orders")),
        sa.ForeignKeyConstraint(
            ["shipment_id"], ["shipments.id"], name=op.f("fk_delivery_offers_shipment_id_shipments")
        ),
        sa.ForeignKeyConstraint(["staff_id"], ["staff.id"], name=op.f("fk_delivery_offers_staff_id_staff")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delivery_offers")),
    )
    with op.batch_alter_table("delivery_offers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_delivery_offers_order_id"), ["order_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_delivery_offers_status"), ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("delivery_offers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delivery_offers_status"))
        batch_op.drop_index(batch_op.f("ix_delivery_offers_order_id"))

    op.drop_table("delivery_offers")
