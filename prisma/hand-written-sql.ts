// Every object the migrations create by hand, beside what Prisma generates
// from schema.prisma (which cannot express collations, CHECK constraints,
// partial or NULLS NOT DISTINCT indexes, triggers or SQL functions). The
// drift test (tests/integration/migrations.test.ts) expects the migrated
// database to equal schema.prisma's plus exactly these: an object missing
// here, or one listed but not built, fails it.
//
// To add one: write it in a new migration (`prisma/migrations/<timestamp>_<name>/
// migration.sql`, no schema.prisma snapshot needed when schema.prisma did not
// change), then list it here as PostgreSQL prints it back (the drift test
// shows the exact text when they differ).

export type HandWrittenObject = { migration: string } & (
  | { kind: "collation"; name: string; provider: "icu" | "libc" }
  | { kind: "column collation"; table: string; column: string; collation: string }
  | { kind: "constraint"; table: string; name: string; definition: string }
  | { kind: "index"; table: string; name: string; definition: string }
  | { kind: "trigger"; table: string; name: string; definition: string }
  | { kind: "function"; signature: string }
);

const VIETNAMESE_COLLATION = "20261122032400_vietnamese_name_collation";
const CHECKS = "20261122032500_checks_amounts_and_date_order";
const COMMITTEE_SCOPE = "20261122040500_committee_scope_function";
const UNACCENT = "20261122045400_partner_search_unaccent";
const RECORD_FOUNDATION = "20261122060930_record_foundation_checks";
const HOUSES = "20261122063010_house_handover_checks";
const COMMITTEE_ADMIN = "20261122061335_committee_admin";
const CONFERENCES = "20261122062700_conferences_checks";
const AGREEMENTS = "20261122062900_agreement_checks";
const ACTIVITIES = "20261122062900_activities_and_imports_checks";
const FIGURES = "20261122093130_delivered_figures";
const REPORTS = "20261122101000_period_reports_checks";
const MODELS = "20261122104500_model_recognition_checks";
const MODEL_FIGURES = "20261122130000_model_contributions";
const NEWSROOM = "20261122174800_newsroom_checks";
const PUBLIC_SEARCH = "20261122190000_public_search";
const ARTICLE_RATINGS = "20261208011800_article_ratings_checks";
const CONTENT_VERSION = "20261208012600_content_version_triggers";
const ARTICLE_COMMENTS = "20261208013000_article_comments";
const COMMENTS_CONTENT_VERSION = "20261208014500_comments_content_version";

/** Columns whose names sort in Vietnamese order on any database. */
const vietnameseNames = (table: string, ...columns: string[]): HandWrittenObject[] =>
  columns.map((column) => ({ kind: "column collation", table, column, collation: "vi_icu", migration: VIETNAMESE_COLLATION }));

const check = (table: string, name: string, definition: string): HandWrittenObject => ({ kind: "constraint", table, name, definition, migration: CHECKS });

export const HAND_WRITTEN_SQL: readonly HandWrittenObject[] = [
  { kind: "collation", name: "vi_icu", provider: "icu", migration: VIETNAMESE_COLLATION },
  ...vietnameseNames("committees", "name", "short_name", "locality"),
  ...vietnameseNames("partners", "name", "short_name"),
  ...vietnameseNames("users", "name"),
  ...vietnameseNames("campaigns", "name"),
  ...vietnameseNames("exemplary_models", "name"),
  ...vietnameseNames("indicators", "name"),
  ...vietnameseNames("house_handovers", "household_name", "commune"),

  check("house_handovers", "house_handovers_value_vnd_non_negative", "CHECK ((value_vnd >= 0))"),
  check("house_fundings", "house_fundings_amount_vnd_non_negative", "CHECK ((amount_vnd >= 0))"),
  check("activities", "activities_quantity_non_negative", "CHECK ((quantity >= (0)::numeric))"),
  check("activities", "activities_value_vnd_non_negative", "CHECK ((value_vnd >= 0))"),
  check("activities", "activities_beneficiaries_non_negative", "CHECK ((beneficiaries >= 0))"),
  check("conferences", "conferences_attendance_non_negative", "CHECK ((attendance >= 0))"),
  check("targets", "targets_planned_value_non_negative", "CHECK ((planned_value >= (0)::numeric))"),
  check("committees", "committees_valid_to_after_valid_from", "CHECK ((valid_to >= valid_from))"),
  check("agreements", "agreements_valid_to_after_valid_from", "CHECK ((valid_to >= valid_from))"),
  check("campaigns", "campaigns_ends_on_after_starts_on", "CHECK ((ends_on >= starts_on))"),
  check("campaign_phases", "campaign_phases_ends_on_after_starts_on", "CHECK ((ends_on >= starts_on))"),
  check("reporting_periods", "reporting_periods_ends_on_after_starts_on", "CHECK ((ends_on >= starts_on))"),

  // Committees over time: dated parents, one primary successor, the scope of every read.
  { kind: "constraint", table: "committee_parents", name: "committee_parents_valid_to_after_valid_from", definition: "CHECK ((valid_to >= valid_from))", migration: COMMITTEE_SCOPE },
  {
    kind: "index",
    table: "committee_successions",
    name: "committee_successions_one_primary",
    definition: "CREATE UNIQUE INDEX committee_successions_one_primary ON public.committee_successions USING btree (predecessor_id) WHERE is_primary",
    migration: COMMITTEE_SCOPE,
  },
  { kind: "function", signature: "committee_reach(viewer_committee text)", migration: COMMITTEE_SCOPE },
  { kind: "function", signature: "readable_committee_ids(viewer_committee text)", migration: COMMITTEE_SCOPE },

  // The parent spans of one committee never overlap (btree_gist, in schema "extensions").
  {
    kind: "constraint",
    table: "committee_parents",
    name: "committee_parents_no_overlap",
    definition: "EXCLUDE USING gist (committee_id WITH =, daterange(valid_from, valid_to, '[]'::text) WITH &&)",
    migration: COMMITTEE_ADMIN,
  },
  {
    kind: "index",
    table: "committee_parents",
    name: "committee_parents_no_overlap",
    definition: "CREATE INDEX committee_parents_no_overlap ON public.committee_parents USING gist (committee_id, daterange(valid_from, valid_to, '[]'::text))",
    migration: COMMITTEE_ADMIN,
  },

  // Search that ignores diacritics and case (the unaccent extension sits in schema "extensions").
  { kind: "function", signature: "unaccent_vi(value text)", migration: UNACCENT },

  // Records' shared tables: photos, period locks, stored files.
  { kind: "constraint", table: "record_photos", name: "record_photos_one_owner", definition: "CHECK ((num_nonnulls(conference_id, model_id, house_id) = 1))", migration: RECORD_FOUNDATION },
  { kind: "constraint", table: "period_locks", name: "period_locks_ends_on_after_starts_on", definition: "CHECK ((ends_on >= starts_on))", migration: RECORD_FOUNDATION },
  { kind: "constraint", table: "stored_files", name: "stored_files_byte_size_matches", definition: "CHECK (((byte_size > 0) AND (byte_size = octet_length(data))))", migration: RECORD_FOUNDATION },

  // Houses: programmes sort in Vietnamese; a handed-over house has its date and contributions that add up to its value.
  { kind: "column collation", table: "housing_programmes", column: "name", collation: "vi_icu", migration: HOUSES },
  { kind: "constraint", table: "housing_programmes", name: "housing_programmes_name_not_blank", definition: "CHECK ((btrim(name) <> ''::text))", migration: HOUSES },
  { kind: "constraint", table: "exemplary_models", name: "exemplary_models_recognised_has_date", definition: "CHECK (((status = 'RECOGNISED'::model_status) = (recognised_on IS NOT NULL)))", migration: MODELS },
  { kind: "constraint", table: "exemplary_models", name: "exemplary_models_recognised_has_level", definition: "CHECK (((status = 'RECOGNISED'::model_status) = (recognition_level IS NOT NULL)))", migration: MODELS },
  { kind: "constraint", table: "exemplary_models", name: "exemplary_models_recognised_on_after_registered_on", definition: "CHECK ((recognised_on >= registered_on))", migration: MODELS },
  { kind: "constraint", table: "house_handovers", name: "house_handovers_handed_over_has_date", definition: "CHECK (((status = 'HANDED_OVER'::house_status) = (handed_over_on IS NOT NULL)))", migration: HOUSES },
  { kind: "constraint", table: "house_handovers", name: "house_handovers_handed_over_on_after_started_on", definition: "CHECK ((handed_over_on >= started_on))", migration: HOUSES },
  { kind: "constraint", table: "house_handovers", name: "house_handovers_household_name_not_blank", definition: "CHECK ((btrim(household_name) <> ''::text))", migration: HOUSES },
  { kind: "constraint", table: "house_fundings", name: "house_fundings_one_contributor", definition: "CHECK ((num_nonnulls(contributor_committee_id, contributor_partner_id, contributor_name) = 1))", migration: HOUSES },
  { kind: "constraint", table: "house_fundings", name: "house_fundings_contributor_name_not_blank", definition: "CHECK ((btrim(contributor_name) <> ''::text))", migration: HOUSES },
  {
    kind: "index",
    table: "house_handovers",
    name: "house_handovers_handed_over_sort",
    definition: "CREATE INDEX house_handovers_handed_over_sort ON public.house_handovers USING btree (COALESCE(handed_over_on, '9999-12-31'::date), id)",
    migration: HOUSES,
  },
  { kind: "function", signature: "house_fundings_add_up()", migration: HOUSES },
  { kind: "constraint", table: "house_handovers", name: "house_handovers_fundings_add_up", definition: "TRIGGER DEFERRABLE INITIALLY DEFERRED", migration: HOUSES },
  { kind: "constraint", table: "house_fundings", name: "house_fundings_add_up", definition: "TRIGGER DEFERRABLE INITIALLY DEFERRED", migration: HOUSES },
  {
    kind: "trigger",
    table: "house_handovers",
    name: "house_handovers_fundings_add_up",
    definition: "CREATE CONSTRAINT TRIGGER house_handovers_fundings_add_up AFTER INSERT OR UPDATE ON public.house_handovers DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION house_fundings_add_up()",
    migration: HOUSES,
  },
  {
    kind: "trigger",
    table: "house_fundings",
    name: "house_fundings_add_up",
    definition: "CREATE CONSTRAINT TRIGGER house_fundings_add_up AFTER INSERT OR DELETE OR UPDATE ON public.house_fundings DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION house_fundings_add_up()",
    migration: HOUSES,
  },
  // Conferences: a co-host is one party; titles sort in Vietnamese order.
  { kind: "constraint", table: "conference_co_hosts", name: "conference_co_hosts_one_party", definition: "CHECK ((num_nonnulls(committee_id, partner_id) = 1))", migration: CONFERENCES },
  { kind: "column collation", table: "conferences", column: "title", collation: "vi_icu", migration: CONFERENCES },
  // Agreements: one signatory per party row, one lead, dates in order; titles in Vietnamese order;
  // the records linked to an agreement, indexed for the plan-versus-delivered counts.
  { kind: "constraint", table: "agreement_parties", name: "agreement_parties_one_signatory", definition: "CHECK ((num_nonnulls(committee_id, partner_id) = 1))", migration: AGREEMENTS },
  {
    kind: "index",
    table: "agreement_parties",
    name: "agreement_parties_one_lead",
    definition: "CREATE UNIQUE INDEX agreement_parties_one_lead ON public.agreement_parties USING btree (agreement_id) WHERE is_lead",
    migration: AGREEMENTS,
  },
  { kind: "constraint", table: "agreements", name: "agreements_ended_on_after_valid_from", definition: "CHECK ((ended_on >= valid_from))", migration: AGREEMENTS },
  {
    kind: "constraint",
    table: "agreement_task_targets",
    name: "agreement_task_targets_planned_value_non_negative",
    definition: "CHECK ((planned_value >= (0)::numeric))",
    migration: AGREEMENTS,
  },
  { kind: "column collation", table: "agreements", column: "title", collation: "vi_icu", migration: AGREEMENTS },
  {
    kind: "index",
    table: "conferences",
    name: "conferences_agreement_held_on",
    definition: "CREATE INDEX conferences_agreement_held_on ON public.conferences USING btree (agreement_id, held_on) WHERE (agreement_id IS NOT NULL)",
    migration: AGREEMENTS,
  },
  {
    kind: "index",
    table: "activities",
    name: "activities_agreement_occurred_on",
    definition: "CREATE INDEX activities_agreement_occurred_on ON public.activities USING btree (agreement_id, indicator_id, occurred_on) WHERE (agreement_id IS NOT NULL)",
    migration: AGREEMENTS,
  },
  {
    kind: "index",
    table: "house_handovers",
    name: "house_handovers_agreement_handed_over_on",
    definition: "CREATE INDEX house_handovers_agreement_handed_over_on ON public.house_handovers USING btree (agreement_id, handed_over_on) WHERE (agreement_id IS NOT NULL)",
    migration: AGREEMENTS,
  },
  // Activities (titles in Vietnamese order, the value sort) and import batches.
  { kind: "column collation", table: "activities", column: "title", collation: "vi_icu", migration: ACTIVITIES },
  { kind: "constraint", table: "activities", name: "activities_title_not_blank", definition: "CHECK ((btrim(title) <> ''::text))", migration: ACTIVITIES },
  {
    kind: "index",
    table: "activities",
    name: "activities_value_sort_idx",
    definition: "CREATE INDEX activities_value_sort_idx ON public.activities USING btree (COALESCE(value_vnd, ('-1'::integer)::bigint), id)",
    migration: ACTIVITIES,
  },
  { kind: "constraint", table: "import_batches", name: "import_batches_row_count_non_negative", definition: "CHECK ((row_count >= 0))", migration: ACTIVITIES },
  { kind: "constraint", table: "import_batches", name: "import_batches_committed_with_count", definition: "CHECK (((committed_at IS NULL) = (committed_count IS NULL)))", migration: ACTIVITIES },
  // Reporting settings, the unique key of shared periods, and THE one definition of delivered.
  { kind: "constraint", table: "reporting_settings", name: "reporting_settings_single_row", definition: "CHECK ((id = 1))", migration: FIGURES },
  {
    kind: "constraint",
    table: "reporting_settings",
    name: "reporting_settings_deadlines_range",
    definition:
      "CHECK ((((deadline_commune >= 0) AND (deadline_commune <= 60)) AND ((deadline_district >= 0) AND (deadline_district <= 60)) AND ((deadline_province >= 0) AND (deadline_province <= 60)) AND ((deadline_central >= 0) AND (deadline_central <= 60))))",
    migration: FIGURES,
  },
  { kind: "constraint", table: "committee_calendars", name: "committee_calendars_from_year_range", definition: "CHECK (((from_year >= 1900) AND (from_year <= 9999)))", migration: FIGURES },
  { kind: "constraint", table: "holidays", name: "holidays_name_not_blank", definition: "CHECK ((btrim(name) <> ''::text))", migration: FIGURES },
  {
    kind: "index",
    table: "reporting_periods",
    name: "reporting_periods_unique_key",
    definition: "CREATE UNIQUE INDEX reporting_periods_unique_key ON public.reporting_periods USING btree (calendar, kind, year, sequence, committee_id) NULLS NOT DISTINCT",
    migration: FIGURES,
  },
  { kind: "function", signature: "period_reach(committee text, starts date, ends date)", migration: FIGURES },
  { kind: "function", signature: "committee_today(committee text)", migration: FIGURES },
  { kind: "function", signature: "figure_reach(committee text, starts date, ends date, regroup boolean)", migration: FIGURES },
  { kind: "function", signature: "indicator_contributions(starts date, ends date)", migration: MODEL_FIGURES },
  { kind: "function", signature: "figure_records(committee text, starts date, ends date, regroup boolean)", migration: FIGURES },
  { kind: "function", signature: "delivered_by_indicator(committee text, starts date, ends date, regroup boolean)", migration: FIGURES },
  { kind: "function", signature: "delivered_by_group(committee text, starts date, ends date, regroup boolean)", migration: FIGURES },
  // Period reports: numbers in a year's register, dated steps, a reason for a return, non-negative figures.
  { kind: "constraint", table: "period_reports", name: "period_reports_document_number_pair", definition: "CHECK (((document_number IS NULL) = (document_year IS NULL)))", migration: REPORTS },
  { kind: "constraint", table: "period_reports", name: "period_reports_document_number_positive", definition: "CHECK ((document_number > 0))", migration: REPORTS },
  { kind: "constraint", table: "period_reports", name: "period_reports_submitted_dated", definition: "CHECK (((status <> ALL (ARRAY['SUBMITTED'::report_status, 'APPROVED'::report_status])) OR (submitted_at IS NOT NULL)))", migration: REPORTS },
  { kind: "constraint", table: "period_reports", name: "period_reports_approved_dated", definition: "CHECK (((status <> 'APPROVED'::report_status) OR (approved_at IS NOT NULL)))", migration: REPORTS },
  { kind: "constraint", table: "period_reports", name: "period_reports_returned_reason", definition: "CHECK (((status <> 'RETURNED'::report_status) OR (btrim(COALESCE(return_reason, ''::text)) <> ''::text)))", migration: REPORTS },
  { kind: "constraint", table: "period_report_figures", name: "period_report_figures_non_negative", definition: "CHECK (((delivered >= (0)::numeric) AND ((planned IS NULL) OR (planned >= (0)::numeric))))", migration: REPORTS },
  // Newsroom: a published article has its time; counts and versions stay in range; topic slugs have a slug's shape.
  { kind: "constraint", table: "articles", name: "articles_published_has_time", definition: "CHECK (((status <> 'PUBLISHED'::article_status) OR (published_at IS NOT NULL)))", migration: NEWSROOM },
  { kind: "constraint", table: "articles", name: "articles_view_count_not_negative", definition: "CHECK ((view_count >= 0))", migration: NEWSROOM },
  { kind: "constraint", table: "article_revisions", name: "article_revisions_version_positive", definition: "CHECK ((version >= 1))", migration: NEWSROOM },
  { kind: "constraint", table: "article_ratings", name: "article_ratings_stars_range", definition: "CHECK (((stars >= 1) AND (stars <= 5)))", migration: ARTICLE_RATINGS },
  { kind: "constraint", table: "article_ratings", name: "article_ratings_browser_key_shape", definition: "CHECK ((browser_key ~ '^[0-9a-f]{64}$'::text))", migration: ARTICLE_RATINGS },
  { kind: "constraint", table: "content_version", name: "content_version_single_row", definition: "CHECK ((id = 1))", migration: CONTENT_VERSION },
  { kind: "function", signature: "bump_content_version()", migration: CONTENT_VERSION },
  { kind: "trigger", table: "articles", name: "articles_content_changed", definition: "CREATE TRIGGER articles_content_changed AFTER INSERT OR DELETE ON public.articles FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version()", migration: CONTENT_VERSION },
  { kind: "trigger", table: "articles", name: "articles_content_edited", definition: "CREATE TRIGGER articles_content_edited AFTER UPDATE ON public.articles FOR EACH ROW WHEN (((to_jsonb(old.*) - 'view_count'::text) IS DISTINCT FROM (to_jsonb(new.*) - 'view_count'::text))) EXECUTE FUNCTION bump_content_version()", migration: CONTENT_VERSION },
  { kind: "trigger", table: "article_topics", name: "article_topics_content_changed", definition: "CREATE TRIGGER article_topics_content_changed AFTER INSERT OR DELETE OR UPDATE ON public.article_topics FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version()", migration: CONTENT_VERSION },
  { kind: "trigger", table: "topics", name: "topics_content_changed", definition: "CREATE TRIGGER topics_content_changed AFTER INSERT OR DELETE OR UPDATE ON public.topics FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version()", migration: CONTENT_VERSION },
  { kind: "trigger", table: "campaigns", name: "campaigns_content_changed", definition: "CREATE TRIGGER campaigns_content_changed AFTER INSERT OR DELETE OR UPDATE ON public.campaigns FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version()", migration: CONTENT_VERSION },
  { kind: "trigger", table: "committees", name: "committees_content_changed", definition: "CREATE TRIGGER committees_content_changed AFTER INSERT OR DELETE OR UPDATE ON public.committees FOR EACH STATEMENT EXECUTE FUNCTION bump_content_version()", migration: CONTENT_VERSION },
  { kind: "trigger", table: "article_comments", name: "article_comments_approved_added", definition: "CREATE TRIGGER article_comments_approved_added AFTER INSERT ON public.article_comments FOR EACH ROW WHEN ((new.status = 'APPROVED'::comment_status)) EXECUTE FUNCTION bump_content_version()", migration: COMMENTS_CONTENT_VERSION },
  { kind: "trigger", table: "article_comments", name: "article_comments_approved_changed", definition: "CREATE TRIGGER article_comments_approved_changed AFTER UPDATE ON public.article_comments FOR EACH ROW WHEN (((old.status = 'APPROVED'::comment_status) OR (new.status = 'APPROVED'::comment_status))) EXECUTE FUNCTION bump_content_version()", migration: COMMENTS_CONTENT_VERSION },
  { kind: "trigger", table: "article_comments", name: "article_comments_approved_removed", definition: "CREATE TRIGGER article_comments_approved_removed AFTER DELETE ON public.article_comments FOR EACH ROW WHEN ((old.status = 'APPROVED'::comment_status)) EXECUTE FUNCTION bump_content_version()", migration: COMMENTS_CONTENT_VERSION },
  { kind: "constraint", table: "topics", name: "topics_slug_shape", definition: "CHECK ((slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'::text))", migration: NEWSROOM },
  // The public search (/tim-kiem): trigram indexes (pg_trgm, in schema "extensions") on the folded text it matches.
  {
    kind: "index",
    table: "articles",
    name: "articles_title_search",
    definition: "CREATE INDEX articles_title_search ON public.articles USING gin (unaccent_vi(title) extensions.gin_trgm_ops) WITH (fastupdate=off)",
    migration: PUBLIC_SEARCH,
  },
  {
    kind: "index",
    table: "articles",
    name: "articles_summary_search",
    definition: "CREATE INDEX articles_summary_search ON public.articles USING gin (unaccent_vi(summary) extensions.gin_trgm_ops) WITH (fastupdate=off)",
    migration: PUBLIC_SEARCH,
  },
  {
    kind: "index",
    table: "campaigns",
    name: "campaigns_name_search",
    definition: "CREATE INDEX campaigns_name_search ON public.campaigns USING gin (unaccent_vi(name) extensions.gin_trgm_ops) WITH (fastupdate=off)",
    migration: PUBLIC_SEARCH,
  },
  {
    kind: "index",
    table: "committees",
    name: "committees_name_search",
    definition: "CREATE INDEX committees_name_search ON public.committees USING gin (unaccent_vi(name) extensions.gin_trgm_ops) WITH (fastupdate=off)",
    migration: PUBLIC_SEARCH,
  },
  // Readers' comments: plain text within the form's limits, moderation dated, a reason only when rejected,
  // a hashed client key (never an address) forgotten after a day through a partial index.
  { kind: "constraint", table: "article_comments", name: "article_comments_author_name_length", definition: "CHECK (((char_length(btrim(author_name)) >= 1) AND (char_length(btrim(author_name)) <= 80)))", migration: ARTICLE_COMMENTS },
  { kind: "constraint", table: "article_comments", name: "article_comments_body_length", definition: "CHECK (((char_length(btrim(body)) >= 1) AND (char_length(btrim(body)) <= 2000)))", migration: ARTICLE_COMMENTS },
  { kind: "constraint", table: "article_comments", name: "article_comments_moderated_dated", definition: "CHECK (((status = 'PENDING'::comment_status) = (moderated_at IS NULL)))", migration: ARTICLE_COMMENTS },
  { kind: "constraint", table: "article_comments", name: "article_comments_reason_when_rejected", definition: "CHECK (((reject_reason IS NULL) OR (status = 'REJECTED'::comment_status)))", migration: ARTICLE_COMMENTS },
  { kind: "constraint", table: "article_comments", name: "article_comments_client_key_shape", definition: "CHECK ((client_key ~ '^[0-9a-f]{64}$'::text))", migration: ARTICLE_COMMENTS },
  { kind: "constraint", table: "article_comments", name: "article_comments_version_positive", definition: "CHECK ((version >= 1))", migration: ARTICLE_COMMENTS },
  {
    kind: "index",
    table: "article_comments",
    name: "article_comments_client_keys_to_forget",
    definition: "CREATE INDEX article_comments_client_keys_to_forget ON public.article_comments USING btree (created_at) WHERE (client_key IS NOT NULL)",
    migration: ARTICLE_COMMENTS,
  },
];

/** Migrations that hold only hand-written SQL (they carry no schema.prisma snapshot). */
export const HAND_WRITTEN_MIGRATIONS: ReadonlySet<string> = new Set(HAND_WRITTEN_SQL.map((object) => object.migration));
