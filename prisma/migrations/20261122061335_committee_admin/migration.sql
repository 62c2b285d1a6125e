-- AlterTable
ALTER TABLE "users" ADD COLUMN     "must_change_password" BOOLEAN NOT NULL DEFAULT false;

-- Hand-written (listed in prisma/hand-written-sql.ts): the parent spans of
-- one committee never overlap, so on any day a committee has at most one
-- parent (the tree as of a date, readable_committee_ids and committee_reach
-- rely on it). btree_gist lets a GiST exclusion constraint compare the
-- committee id with `=`; it lives in the extensions schema, beside unaccent.
CREATE SCHEMA IF NOT EXISTS "extensions";
CREATE EXTENSION IF NOT EXISTS "btree_gist" WITH SCHEMA "extensions";

ALTER TABLE "committee_parents" ADD CONSTRAINT "committee_parents_no_overlap"
  EXCLUDE USING gist ("committee_id" WITH =, daterange("valid_from", "valid_to", '[]') WITH &&);
