-- Hand-written (listed in prisma/hand-written-sql.ts): what Prisma's schema
-- cannot express for activities and import batches.

-- Titles sort in Vietnamese order (the list's title sort).
ALTER TABLE "activities" ALTER COLUMN "title" TYPE TEXT COLLATE "vi_icu";

-- An activity has a title, as the form requires.
ALTER TABLE "activities" ADD CONSTRAINT "activities_title_not_blank"
  CHECK (btrim(title) <> '');

-- The list's value sort: keyset pages on (value, id) with no value as -1.
CREATE INDEX "activities_value_sort_idx" ON "activities" ((COALESCE(value_vnd, -1)), id);

-- An import batch counts its rows, and is committed with its count or not at all.
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_row_count_non_negative"
  CHECK (row_count >= 0);
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_committed_with_count"
  CHECK ((committed_at IS NULL) = (committed_count IS NULL));
