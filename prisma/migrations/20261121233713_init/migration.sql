-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "committee_level" AS ENUM ('CENTRAL', 'PROVINCE', 'DISTRICT', 'COMMUNE');

-- CreateEnum
CREATE TYPE "committee_kind" AS ENUM ('DAN_VAN', 'TUYEN_GIAO_DAN_VAN', 'STEERING_BOARD');

-- CreateEnum
CREATE TYPE "succession_kind" AS ENUM ('MERGE', 'SPLIT', 'RENAME', 'TRANSFER');

-- CreateEnum
CREATE TYPE "partner_kind" AS ENUM ('FATHERLAND_FRONT', 'WOMEN_UNION', 'LABOUR_FEDERATION', 'YOUTH_UNION', 'FARMERS_UNION', 'VETERANS_ASSOCIATION', 'MILITARY', 'BORDER_GUARD', 'POLICE', 'GOVERNMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "conference_kind" AS ENUM ('INTERIM_REVIEW', 'YEAR_END_REVIEW', 'BRIEFING', 'LAUNCH', 'SEMINAR', 'THEMATIC', 'SIGNING');

-- CreateEnum
CREATE TYPE "model_field" AS ENUM ('ECONOMY', 'CULTURE_SOCIETY', 'DEFENCE_SECURITY', 'POLITICAL_SYSTEM');

-- CreateEnum
CREATE TYPE "recognition_level" AS ENUM ('COMMUNE', 'DISTRICT', 'PROVINCE', 'CENTRAL');

-- CreateEnum
CREATE TYPE "house_type" AS ENUM ('NGHIA_TINH_DAN_VAN', 'DAI_DOAN_KET', 'TINH_NGHIA', 'TINH_THUONG', 'QUAN_DAN');

-- CreateEnum
CREATE TYPE "house_work" AS ENUM ('NEW', 'REPAIR');

-- CreateEnum
CREATE TYPE "house_status" AS ENUM ('PLANNED', 'BUILDING', 'HANDED_OVER');

-- CreateEnum
CREATE TYPE "indicator_source" AS ENUM ('ACTIVITY_QUANTITY', 'ACTIVITY_VALUE', 'HOUSE_COUNT', 'HOUSE_VALUE', 'CONFERENCE_COUNT', 'MODEL_COUNT', 'AGREEMENT_COUNT');

-- CreateEnum
CREATE TYPE "period_kind" AS ENUM ('MONTH', 'QUARTER', 'HALF_YEAR', 'NINE_MONTHS', 'YEAR', 'PHASE');

-- CreateEnum
CREATE TYPE "reporting_calendar" AS ENUM ('CALENDAR', 'STATE_CUTOFF');

-- CreateEnum
CREATE TYPE "report_status" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED');

-- CreateEnum
CREATE TYPE "article_status" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "role" AS ENUM ('ADMIN', 'LEADER', 'STAFF', 'EDITOR');

-- CreateTable
CREATE TABLE "committees" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "level" "committee_level" NOT NULL,
    "kind" "committee_kind" NOT NULL DEFAULT 'DAN_VAN',
    "locality" TEXT NOT NULL,
    "parent_id" TEXT,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "address" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "head_name" TEXT,
    "head_title" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "committees_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "committee_successions" (
    "id" TEXT NOT NULL,
    "predecessor_id" TEXT NOT NULL,
    "successor_id" TEXT NOT NULL,
    "kind" "succession_kind" NOT NULL,
    "effective_on" DATE NOT NULL,
    "note" TEXT,

    CONSTRAINT "committee_successions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "partners" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "kind" "partner_kind" NOT NULL,
    "committee_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "partners_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreements" (
    "id" TEXT NOT NULL,
    "committee_id" TEXT NOT NULL,
    "number" TEXT,
    "title" TEXT NOT NULL,
    "signed_on" DATE NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,
    "summary" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "agreements_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement_parties" (
    "id" TEXT NOT NULL,
    "agreement_id" TEXT NOT NULL,
    "committee_id" TEXT,
    "partner_id" TEXT,
    "signer_name" TEXT,
    "signer_title" TEXT,

    CONSTRAINT "agreement_parties_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agreement_tasks" (
    "id" TEXT NOT NULL,
    "agreement_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "responsible" TEXT,

    CONSTRAINT "agreement_tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "conferences" (
    "id" TEXT NOT NULL,
    "committee_id" TEXT NOT NULL,
    "kind" "conference_kind" NOT NULL,
    "title" TEXT NOT NULL,
    "held_on" DATE NOT NULL,
    "place" TEXT,
    "chair_name" TEXT,
    "chair_title" TEXT,
    "attendance" INTEGER,
    "period_id" TEXT,
    "agreement_id" TEXT,
    "campaign_id" TEXT,
    "conclusions" TEXT,
    "directions" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "conferences_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "conference_co_hosts" (
    "id" TEXT NOT NULL,
    "conference_id" TEXT NOT NULL,
    "committee_id" TEXT,
    "partner_id" TEXT,

    CONSTRAINT "conference_co_hosts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaigns" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "committee_id" TEXT,
    "starts_on" DATE,
    "ends_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaign_phases" (
    "id" TEXT NOT NULL,
    "campaign_id" TEXT NOT NULL,
    "committee_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "campaign_phases_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "exemplary_models" (
    "id" TEXT NOT NULL,
    "committee_id" TEXT NOT NULL,
    "campaign_id" TEXT,
    "name" TEXT NOT NULL,
    "field" "model_field" NOT NULL,
    "recognition_level" "recognition_level" NOT NULL,
    "year" INTEGER NOT NULL,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "exemplary_models_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "house_handovers" (
    "id" TEXT NOT NULL,
    "committee_id" TEXT NOT NULL,
    "type" "house_type" NOT NULL,
    "work" "house_work" NOT NULL DEFAULT 'NEW',
    "household_name" TEXT NOT NULL,
    "household_note" TEXT,
    "commune" TEXT NOT NULL,
    "address" TEXT,
    "value_vnd" BIGINT NOT NULL,
    "status" "house_status" NOT NULL DEFAULT 'PLANNED',
    "handed_over_on" DATE,
    "campaign_id" TEXT,
    "agreement_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "house_handovers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "house_fundings" (
    "id" TEXT NOT NULL,
    "house_id" TEXT NOT NULL,
    "contributor_committee_id" TEXT,
    "contributor_partner_id" TEXT,
    "contributor_name" TEXT,
    "amount_vnd" BIGINT NOT NULL,

    CONSTRAINT "house_fundings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "house_photos" (
    "id" TEXT NOT NULL,
    "house_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "caption" TEXT,
    "content_type" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "house_photos_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicators" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "source" "indicator_source" NOT NULL,
    "conference_kind" "conference_kind",
    "house_type" "house_type",
    "position" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "indicators_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activities" (
    "id" TEXT NOT NULL,
    "committee_id" TEXT NOT NULL,
    "indicator_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "occurred_on" DATE NOT NULL,
    "quantity" DECIMAL(14,2) NOT NULL,
    "value_vnd" BIGINT,
    "beneficiaries" INTEGER,
    "place" TEXT,
    "description" TEXT,
    "campaign_id" TEXT,
    "agreement_id" TEXT,
    "conference_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "activities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity_partners" (
    "activity_id" TEXT NOT NULL,
    "partner_id" TEXT NOT NULL,

    CONSTRAINT "activity_partners_pkey" PRIMARY KEY ("activity_id","partner_id")
);

-- CreateTable
CREATE TABLE "reporting_periods" (
    "id" TEXT NOT NULL,
    "calendar" "reporting_calendar" NOT NULL DEFAULT 'CALENDAR',
    "kind" "period_kind" NOT NULL,
    "year" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "label" TEXT NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "committee_id" TEXT,
    "campaign_phase_id" TEXT,

    CONSTRAINT "reporting_periods_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "targets" (
    "id" TEXT NOT NULL,
    "committee_id" TEXT NOT NULL,
    "period_id" TEXT NOT NULL,
    "indicator_id" TEXT NOT NULL,
    "planned_value" DECIMAL(20,2) NOT NULL,
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "targets_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "period_reports" (
    "id" TEXT NOT NULL,
    "committee_id" TEXT NOT NULL,
    "period_id" TEXT NOT NULL,
    "status" "report_status" NOT NULL DEFAULT 'DRAFT',
    "narrative" TEXT NOT NULL DEFAULT '',
    "figures" JSONB,
    "submitted_at" TIMESTAMPTZ(3),
    "submitted_by" TEXT,
    "approved_at" TIMESTAMPTZ(3),
    "approved_by" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "period_reports_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "articles" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "cover_image" TEXT,
    "cover_caption" TEXT,
    "byline" TEXT,
    "author_id" TEXT,
    "committee_id" TEXT NOT NULL,
    "status" "article_status" NOT NULL DEFAULT 'DRAFT',
    "published_at" TIMESTAMPTZ(3),
    "conference_id" TEXT,
    "campaign_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "articles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "role" "role" NOT NULL,
    "committee_id" TEXT,
    "disabled_at" TIMESTAMPTZ(3),
    "session_epoch" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_attempts" (
    "id" BIGSERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "ip" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_attempts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" TEXT,
    "actor_email" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entity_id" TEXT,
    "committee_id" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "committees_slug_key" ON "committees"("slug");

-- CreateIndex
CREATE INDEX "committees_parent_id_idx" ON "committees"("parent_id");

-- CreateIndex
CREATE INDEX "committees_valid_from_valid_to_idx" ON "committees"("valid_from", "valid_to");

-- CreateIndex
CREATE INDEX "committee_successions_successor_id_idx" ON "committee_successions"("successor_id");

-- CreateIndex
CREATE UNIQUE INDEX "committee_successions_predecessor_id_successor_id_key" ON "committee_successions"("predecessor_id", "successor_id");

-- CreateIndex
CREATE UNIQUE INDEX "partners_committee_id_name_key" ON "partners"("committee_id", "name");

-- CreateIndex
CREATE INDEX "agreements_committee_id_signed_on_idx" ON "agreements"("committee_id", "signed_on");

-- CreateIndex
CREATE INDEX "agreement_parties_agreement_id_idx" ON "agreement_parties"("agreement_id");

-- CreateIndex
CREATE INDEX "agreement_parties_committee_id_idx" ON "agreement_parties"("committee_id");

-- CreateIndex
CREATE UNIQUE INDEX "agreement_tasks_agreement_id_position_key" ON "agreement_tasks"("agreement_id", "position");

-- CreateIndex
CREATE INDEX "conferences_committee_id_held_on_idx" ON "conferences"("committee_id", "held_on");

-- CreateIndex
CREATE INDEX "conferences_held_on_idx" ON "conferences"("held_on");

-- CreateIndex
CREATE INDEX "conference_co_hosts_conference_id_idx" ON "conference_co_hosts"("conference_id");

-- CreateIndex
CREATE INDEX "conference_co_hosts_committee_id_idx" ON "conference_co_hosts"("committee_id");

-- CreateIndex
CREATE UNIQUE INDEX "campaigns_slug_key" ON "campaigns"("slug");

-- CreateIndex
CREATE INDEX "campaign_phases_committee_id_starts_on_idx" ON "campaign_phases"("committee_id", "starts_on");

-- CreateIndex
CREATE INDEX "exemplary_models_committee_id_year_idx" ON "exemplary_models"("committee_id", "year");

-- CreateIndex
CREATE INDEX "house_handovers_committee_id_handed_over_on_idx" ON "house_handovers"("committee_id", "handed_over_on");

-- CreateIndex
CREATE INDEX "house_handovers_handed_over_on_idx" ON "house_handovers"("handed_over_on");

-- CreateIndex
CREATE INDEX "house_fundings_house_id_idx" ON "house_fundings"("house_id");

-- CreateIndex
CREATE INDEX "house_fundings_contributor_committee_id_idx" ON "house_fundings"("contributor_committee_id");

-- CreateIndex
CREATE INDEX "house_photos_house_id_position_idx" ON "house_photos"("house_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "indicators_code_key" ON "indicators"("code");

-- CreateIndex
CREATE INDEX "activities_committee_id_occurred_on_idx" ON "activities"("committee_id", "occurred_on");

-- CreateIndex
CREATE INDEX "activities_indicator_id_occurred_on_idx" ON "activities"("indicator_id", "occurred_on");

-- CreateIndex
CREATE UNIQUE INDEX "reporting_periods_campaign_phase_id_key" ON "reporting_periods"("campaign_phase_id");

-- CreateIndex
CREATE INDEX "reporting_periods_starts_on_ends_on_idx" ON "reporting_periods"("starts_on", "ends_on");

-- CreateIndex
CREATE UNIQUE INDEX "reporting_periods_calendar_kind_year_sequence_committee_id_key" ON "reporting_periods"("calendar", "kind", "year", "sequence", "committee_id");

-- CreateIndex
CREATE INDEX "targets_period_id_indicator_id_idx" ON "targets"("period_id", "indicator_id");

-- CreateIndex
CREATE UNIQUE INDEX "targets_committee_id_period_id_indicator_id_key" ON "targets"("committee_id", "period_id", "indicator_id");

-- CreateIndex
CREATE INDEX "period_reports_period_id_status_idx" ON "period_reports"("period_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "period_reports_committee_id_period_id_key" ON "period_reports"("committee_id", "period_id");

-- CreateIndex
CREATE UNIQUE INDEX "articles_slug_key" ON "articles"("slug");

-- CreateIndex
CREATE INDEX "articles_status_published_at_idx" ON "articles"("status", "published_at" DESC);

-- CreateIndex
CREATE INDEX "articles_committee_id_status_idx" ON "articles"("committee_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_committee_id_idx" ON "users"("committee_id");

-- CreateIndex
CREATE INDEX "sign_in_attempts_email_at_idx" ON "sign_in_attempts"("email", "at");

-- CreateIndex
CREATE INDEX "sign_in_attempts_ip_at_idx" ON "sign_in_attempts"("ip", "at");

-- CreateIndex
CREATE INDEX "audit_events_at_idx" ON "audit_events"("at" DESC);

-- CreateIndex
CREATE INDEX "audit_events_entity_entity_id_idx" ON "audit_events"("entity", "entity_id");

-- CreateIndex
CREATE INDEX "audit_events_actor_id_at_idx" ON "audit_events"("actor_id", "at");

-- AddForeignKey
ALTER TABLE "committees" ADD CONSTRAINT "committees_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "committees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_successions" ADD CONSTRAINT "committee_successions_predecessor_id_fkey" FOREIGN KEY ("predecessor_id") REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_successions" ADD CONSTRAINT "committee_successions_successor_id_fkey" FOREIGN KEY ("successor_id") REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "partners" ADD CONSTRAINT "partners_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreements" ADD CONSTRAINT "agreements_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_parties" ADD CONSTRAINT "agreement_parties_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_tasks" ADD CONSTRAINT "agreement_tasks_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "reporting_periods"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conferences" ADD CONSTRAINT "conferences_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conference_co_hosts" ADD CONSTRAINT "conference_co_hosts_conference_id_fkey" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conference_co_hosts" ADD CONSTRAINT "conference_co_hosts_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conference_co_hosts" ADD CONSTRAINT "conference_co_hosts_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_phases" ADD CONSTRAINT "campaign_phases_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_phases" ADD CONSTRAINT "campaign_phases_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exemplary_models" ADD CONSTRAINT "exemplary_models_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "exemplary_models" ADD CONSTRAINT "exemplary_models_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "house_handovers" ADD CONSTRAINT "house_handovers_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "house_handovers" ADD CONSTRAINT "house_handovers_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "house_handovers" ADD CONSTRAINT "house_handovers_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "house_fundings" ADD CONSTRAINT "house_fundings_house_id_fkey" FOREIGN KEY ("house_id") REFERENCES "house_handovers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "house_fundings" ADD CONSTRAINT "house_fundings_contributor_committee_id_fkey" FOREIGN KEY ("contributor_committee_id") REFERENCES "committees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "house_fundings" ADD CONSTRAINT "house_fundings_contributor_partner_id_fkey" FOREIGN KEY ("contributor_partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "house_photos" ADD CONSTRAINT "house_photos_house_id_fkey" FOREIGN KEY ("house_id") REFERENCES "house_handovers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_agreement_id_fkey" FOREIGN KEY ("agreement_id") REFERENCES "agreements"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_conference_id_fkey" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_partners" ADD CONSTRAINT "activity_partners_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_partners" ADD CONSTRAINT "activity_partners_partner_id_fkey" FOREIGN KEY ("partner_id") REFERENCES "partners"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reporting_periods" ADD CONSTRAINT "reporting_periods_campaign_phase_id_fkey" FOREIGN KEY ("campaign_phase_id") REFERENCES "campaign_phases"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "targets" ADD CONSTRAINT "targets_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "targets" ADD CONSTRAINT "targets_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "reporting_periods"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "targets" ADD CONSTRAINT "targets_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "period_reports" ADD CONSTRAINT "period_reports_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "period_reports" ADD CONSTRAINT "period_reports_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "reporting_periods"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "period_reports" ADD CONSTRAINT "period_reports_submitted_by_fkey" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "period_reports" ADD CONSTRAINT "period_reports_approved_by_fkey" FOREIGN KEY ("approved_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_conference_id_fkey" FOREIGN KEY ("conference_id") REFERENCES "conferences"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "articles" ADD CONSTRAINT "articles_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "users" ADD CONSTRAINT "users_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
