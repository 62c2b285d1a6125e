-- Hand-written (listed in prisma/hand-written-sql.ts): the public search
-- (/tim-kiem) across news, campaigns and committees ignores diacritics and
-- case (unaccent_vi, which also folds đ to d) and tolerates typos (pg_trgm
-- word similarity: "an giang giao bna" finds "An Giang giao ban tổng kết…").
--
-- pg_trgm sits beside unaccent in schema "extensions", so its functions stay
-- out of public; queries name its operators as OPERATOR(extensions.<%).
CREATE SCHEMA IF NOT EXISTS "extensions";
CREATE EXTENSION IF NOT EXISTS "pg_trgm" WITH SCHEMA "extensions";

-- Trigram indexes on the folded text each kind is searched by. They are not
-- partial (say, published articles only): the planner reads the statistics
-- ANALYZE keeps on an index's expression only for a whole-table index, and
-- without them it guesses that a trigram match keeps 1 % of the rows, too
-- many to prefer the index over reading every published article. These
-- tables change seldom: new rows go straight into the index (fastupdate off)
-- rather than into a pending list every search would have to read through.
CREATE INDEX "articles_title_search" ON "articles"
  USING gin ("unaccent_vi"("title") extensions.gin_trgm_ops)
  WITH (fastupdate = off);

CREATE INDEX "articles_summary_search" ON "articles"
  USING gin ("unaccent_vi"("summary") extensions.gin_trgm_ops)
  WITH (fastupdate = off);

CREATE INDEX "campaigns_name_search" ON "campaigns"
  USING gin ("unaccent_vi"("name") extensions.gin_trgm_ops)
  WITH (fastupdate = off);

CREATE INDEX "committees_name_search" ON "committees"
  USING gin ("unaccent_vi"("name") extensions.gin_trgm_ops)
  WITH (fastupdate = off);
