"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 17:34:15.087691
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("username", sa.String(length=60), nullable=True),
        sa.Column("device_id", sa.String(length=64), nullable=True),
        sa.Column(
            "action",
            sa.Enum(
                "create",
                "update",
                "delete",
                "merge",
                "view",
                "export",
                "print",
                "sign_in",
                "sign_in_failed",
                "sign_out",
                "backup",
                "restore",
                "import",
                "generate",
                name="auditaction",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Uuid(), nullable=True),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.create_index("ix_audit_events_at", ["at"], unique=False)
        batch_op.create_index("ix_audit_events_entity", ["entity", "entity_id"], unique=False)
        batch_op.create_index("ix_audit_events_user", ["user_id", "at"], unique=False)

    op.create_table(
        "products",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "formulation",
            sa.Enum(
                "nasal_4mg",
                "nasal_8mg",
                "nasal_3mg_otc",
                "im_vial_kit",
                "im_multidose_vial",
                "prefilled_syringe",
                "nalmefene_nasal",
                name="formulation",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "route",
            sa.Enum("nasal", "intramuscular", name="route", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("doses_per_kit", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_products")),
        sa.UniqueConstraint("code", name=op.f("uq_products_code")),
    )

    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "sites",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "outreach",
                "fixed_site",
                "correctional_facility",
                "pharmacy",
                "shelter",
                "emergency_department",
                "first_responder",
                "partner_agency",
                name="sitekind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("region", sa.String(length=80), nullable=True),
        sa.Column("partner", sa.String(length=120), nullable=True),
        sa.Column("county", sa.String(length=80), nullable=True),
        sa.Column("zip_code", sa.String(length=10), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sites")),
        sa.UniqueConstraint("code", name=op.f("uq_sites_code")),
    )

    op.create_table(
        "users",
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("display_name", sa.String(length=120), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "outreach_worker",
                "site_lead",
                "coordinator",
                "administrator",
                name="role",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("password_hash", sa.Text(), nullable=True),
        sa.Column("failed_sign_ins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )

    op.create_table(
        "lots",
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("lot_number", sa.String(length=40), nullable=False),
        sa.Column("expiry_date", sa.Date(), nullable=False),
        sa.Column("recalled", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(["product_id"], ["products.id"], name=op.f("fk_lots_product_id_products")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lots")),
        sa.UniqueConstraint("product_id", "lot_number", name=op.f("uq_lots_product_id")),
    )
    with op.batch_alter_table("lots", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lots_expiry_date"), ["expiry_date"], unique=False)

    op.create_table(
        "participants",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("first_name", sa.String(length=80), nullable=True),
        sa.Column("last_name", sa.String(length=80), nullable=True),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column(
            "age_band",
            sa.Enum(
                "under_18",
                "18_24",
                "25_34",
                "35_44",
                "45_54",
                "55_64",
                "65_plus",
                "prefer_not_to_say",
                name="ageband",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column(
            "category",
            sa.Enum(
                "at_risk",
                "family_friend",
                "service_provider",
                "community_member",
                "leaving_custody",
                name="participantcategory",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "gender",
            sa.Enum(
                "woman",
                "man",
                "trans",
                "non_binary",
                "not_listed",
                "prefer_not_to_say",
                name="gender",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column(
            "race",
            sa.Enum(
                "american_indian_alaska_native",
                "asian",
                "black",
                "native_hawaiian_pacific_islander",
                "white",
                "multiracial",
                "not_listed",
                "prefer_not_to_say",
                name="race",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column(
            "ethnicity",
            sa.Enum(
                "hispanic_latino",
                "not_hispanic_latino",
                "prefer_not_to_say",
                name="ethnicity",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("zip_code", sa.String(length=10), nullable=True),
        sa.Column(
            "residence",
            sa.Enum(
                "in_area",
                "no_fixed_address",
                "outside_area",
                "prefer_not_to_say",
                name="residence",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("county", sa.String(length=80), nullable=True),
        sa.Column("substances", sa.JSON(), nullable=False),
        sa.Column("overdose_witnessed", sa.Boolean(), nullable=True),
        sa.Column("overdose_experienced", sa.Boolean(), nullable=True),
        sa.Column("home_site_id", sa.Uuid(), nullable=True),
        sa.Column("expected_release_date", sa.Date(), nullable=True),
        sa.Column("released_on", sa.Date(), nullable=True),
        sa.Column("merged_into_id", sa.Uuid(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(["home_site_id"], ["sites.id"], name=op.f("fk_participants_home_site_id_sites")),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["participants.id"], name=op.f("fk_participants_merged_into_id_participants")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_participants")),
        sa.UniqueConstraint("code", name=op.f("uq_participants_code")),
    )
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.create_index("ix_participants_date_of_birth", ["date_of_birth"], unique=False)
        batch_op.create_index("ix_participants_home_site", ["home_site_id"], unique=False)
        batch_op.create_index("ix_participants_last_name_lower", [sa.text("lower(last_name)")], unique=False)
        batch_op.create_index("ix_participants_first_name_lower", [sa.text("lower(first_name)")], unique=False)

    op.create_table(
        "training_sessions",
        sa.Column("session_date", sa.Date(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("trainer_id", sa.Uuid(), nullable=True),
        sa.Column("trainer_name", sa.String(length=120), nullable=True),
        sa.Column(
            "format",
            sa.Enum(
                "individual",
                "group",
                "pre_release_class",
                "video",
                name="trainingformat",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_training_sessions_site_id_sites")),
        sa.ForeignKeyConstraint(["trainer_id"], ["users.id"], name=op.f("fk_training_sessions_trainer_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_training_sessions")),
    )
    with op.batch_alter_table("training_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_training_sessions_session_date"), ["session_date"], unique=False)
        batch_op.create_index("ix_training_sessions_site_date", ["site_id", "session_date"], unique=False)

    op.create_table(
        "user_sites",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_user_sites_site_id_sites"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_user_sites_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("user_id", "site_id", name=op.f("pk_user_sites")),
    )
    op.create_table(
        "attendance",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=False),
        sa.Column("pre_score", sa.Integer(), nullable=True),
        sa.Column("post_score", sa.Integer(), nullable=True),
        sa.Column("completed", sa.Boolean(), nullable=False),
        sa.Column("certificate_code", sa.String(length=16), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(
            ["participant_id"], ["participants.id"], name=op.f("fk_attendance_participant_id_participants")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"], ["training_sessions.id"], name=op.f("fk_attendance_session_id_training_sessions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint("certificate_code", name=op.f("uq_attendance_certificate_code")),
        sa.UniqueConstraint("session_id", "participant_id", name=op.f("uq_attendance_session_id")),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index("ix_attendance_participant", ["participant_id"], unique=False)

    op.create_table(
        "reversals",
        sa.Column("overdose_date", sa.Date(), nullable=False),
        sa.Column("overdose_time", sa.Time(), nullable=True),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("reporter_id", sa.Uuid(), nullable=True),
        sa.Column("zip_code", sa.String(length=10), nullable=True),
        sa.Column("county", sa.String(length=80), nullable=True),
        sa.Column(
            "setting",
            sa.Enum(
                "private_home",
                "public_place",
                "shelter",
                "vehicle",
                "workplace",
                "treatment_or_service",
                "other",
                name="reversalsetting",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column(
            "responder_relation",
            sa.Enum(
                "participant",
                "friend",
                "partner",
                "family",
                "stranger",
                "staff",
                "other",
                name="responderrelation",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column(
            "victim_age_band",
            sa.Enum(
                "under_18",
                "18_24",
                "25_34",
                "35_44",
                "45_54",
                "55_64",
                "65_plus",
                "prefer_not_to_say",
                name="ageband",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column(
            "victim_gender",
            sa.Enum(
                "woman",
                "man",
                "trans",
                "non_binary",
                "not_listed",
                "prefer_not_to_say",
                name="gender",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column(
            "victim_race",
            sa.Enum(
                "american_indian_alaska_native",
                "asian",
                "black",
                "native_hawaiian_pacific_islander",
                "white",
                "multiracial",
                "not_listed",
                "prefer_not_to_say",
                name="race",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column(
            "victim_ethnicity",
            sa.Enum(
                "hispanic_latino",
                "not_hispanic_latino",
                "prefer_not_to_say",
                name="ethnicity",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("substances", sa.JSON(), nullable=False),
        sa.Column("fentanyl_suspected", sa.Boolean(), nullable=True),
        sa.Column("conscious_before_naloxone", sa.Boolean(), nullable=True),
        sa.Column("product_id", sa.Uuid(), nullable=True),
        sa.Column("doses", sa.Integer(), nullable=True),
        sa.Column(
            "route",
            sa.Enum("nasal", "intramuscular", name="route", native_enum=False, length=40),
            nullable=True,
        ),
        sa.Column("rescue_breathing", sa.Boolean(), nullable=True),
        sa.Column("stayed_with_person", sa.Boolean(), nullable=True),
        sa.Column("called_911", sa.Boolean(), nullable=True),
        sa.Column("ems_arrived", sa.Boolean(), nullable=True),
        sa.Column(
            "outcome",
            sa.Enum("survived", "died", "unknown", name="outcome", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("transported", sa.Boolean(), nullable=True),
        sa.Column("linked_to_care", sa.Boolean(), nullable=True),
        sa.Column("replacement_offered", sa.Boolean(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(["product_id"], ["products.id"], name=op.f("fk_reversals_product_id_products")),
        sa.ForeignKeyConstraint(
            ["reporter_id"], ["participants.id"], name=op.f("fk_reversals_reporter_id_participants")
        ),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_reversals_site_id_sites")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reversals")),
    )
    with op.batch_alter_table("reversals", schema=None) as batch_op:
        batch_op.create_index("ix_reversals_date", ["overdose_date"], unique=False)
        batch_op.create_index("ix_reversals_reporter", ["reporter_id", "deleted", "overdose_date"], unique=False)
        batch_op.create_index("ix_reversals_site_date", ["site_id", "overdose_date"], unique=False)

    op.create_table(
        "dispensings",
        sa.Column("dispensed_on", sa.Date(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("participant_id", sa.Uuid(), nullable=True),
        sa.Column(
            "recipient_category",
            sa.Enum(
                "at_risk",
                "family_friend",
                "service_provider",
                "community_member",
                "leaving_custody",
                name="participantcategory",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("product_id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column(
            "supply_type",
            sa.Enum("new", "refill", name="supplytype", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column(
            "refill_reason",
            sa.Enum(
                "used_on_someone",
                "lost",
                "stolen",
                "confiscated",
                "expired",
                "gave_away",
                "other",
                name="refillreason",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("reason_note", sa.String(length=200), nullable=True),
        sa.Column(
            "supply_source",
            sa.Enum(
                "community_service",
                "prison_release",
                "pharmacy",
                "outreach",
                "ambulance",
                "event",
                name="supplysource",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("dispensed_by", sa.Uuid(), nullable=True),
        sa.Column("training_session_id", sa.Uuid(), nullable=True),
        sa.Column("reversal_id", sa.Uuid(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(["dispensed_by"], ["users.id"], name=op.f("fk_dispensings_dispensed_by_users")),
        sa.ForeignKeyConstraint(["lot_id"], ["lots.id"], name=op.f("fk_dispensings_lot_id_lots")),
        sa.ForeignKeyConstraint(
            ["participant_id"], ["participants.id"], name=op.f("fk_dispensings_participant_id_participants")
        ),
        sa.ForeignKeyConstraint(["product_id"], ["products.id"], name=op.f("fk_dispensings_product_id_products")),
        sa.ForeignKeyConstraint(["reversal_id"], ["reversals.id"], name=op.f("fk_dispensings_reversal_id_reversals")),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_dispensings_site_id_sites")),
        sa.ForeignKeyConstraint(
            ["training_session_id"],
            ["training_sessions.id"],
            name=op.f("fk_dispensings_training_session_id_training_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dispensings")),
    )
    with op.batch_alter_table("dispensings", schema=None) as batch_op:
        batch_op.create_index("ix_dispensings_date", ["dispensed_on"], unique=False)
        batch_op.create_index("ix_dispensings_lot", ["lot_id", "site_id", "quantity", "deleted"], unique=False)
        batch_op.create_index(
            "ix_dispensings_participant", ["participant_id", "deleted", "dispensed_on", "lot_id"], unique=False
        )
        batch_op.create_index(
            "ix_dispensings_site_date", ["site_id", "dispensed_on", "quantity", "deleted"], unique=False
        )

    op.create_table(
        "stock_movements",
        sa.Column("movement_date", sa.Date(), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("lot_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "receive",
                "transfer_out",
                "transfer_in",
                "write_off",
                name="movementkind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column(
            "write_off_reason",
            sa.Enum("expired", "damaged", "recalled", "other", name="writeoffreason", native_enum=False, length=40),
            nullable=True,
        ),
        sa.Column("transfer_id", sa.Uuid(), nullable=True),
        sa.Column("reference", sa.String(length=120), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=True),
        sa.Column("updated_by", sa.Uuid(), nullable=True),
        sa.Column("device_id", sa.String(length=64), nullable=True),
        sa.Column("deleted", sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.ForeignKeyConstraint(["lot_id"], ["lots.id"], name=op.f("fk_stock_movements_lot_id_lots")),
        sa.ForeignKeyConstraint(["site_id"], ["sites.id"], name=op.f("fk_stock_movements_site_id_sites")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_movements")),
    )
    with op.batch_alter_table("stock_movements", schema=None) as batch_op:
        batch_op.create_index("ix_stock_movements_site_lot", ["site_id", "lot_id", "quantity"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("stock_movements", schema=None) as batch_op:
        batch_op.drop_index("ix_stock_movements_site_lot")

    op.drop_table("stock_movements")
    with op.batch_alter_table("dispensings", schema=None) as batch_op:
        batch_op.drop_index("ix_dispensings_site_date")
        batch_op.drop_index("ix_dispensings_participant")
        batch_op.drop_index("ix_dispensings_lot")
        batch_op.drop_index("ix_dispensings_date")

    op.drop_table("dispensings")
    with op.batch_alter_table("reversals", schema=None) as batch_op:
        batch_op.drop_index("ix_reversals_site_date")
        batch_op.drop_index("ix_reversals_reporter")
        batch_op.drop_index("ix_reversals_date")

    op.drop_table("reversals")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_participant")

    op.drop_table("attendance")
    op.drop_table("user_sites")
    with op.batch_alter_table("training_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_training_sessions_site_date")
        batch_op.drop_index(batch_op.f("ix_training_sessions_session_date"))

    op.drop_table("training_sessions")
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.drop_index("ix_participants_last_name_lower")
        batch_op.drop_index("ix_participants_first_name_lower")
        batch_op.drop_index("ix_participants_home_site")
        batch_op.drop_index("ix_participants_date_of_birth")

    op.drop_table("participants")
    with op.batch_alter_table("lots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lots_expiry_date"))

    op.drop_table("lots")

    op.drop_table("users")

    op.drop_table("sites")
    op.drop_table("settings")

    op.drop_table("products")
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_events_user")
        batch_op.drop_index("ix_audit_events_entity")
        batch_op.drop_index("ix_audit_events_at")

    op.drop_table("audit_events")
