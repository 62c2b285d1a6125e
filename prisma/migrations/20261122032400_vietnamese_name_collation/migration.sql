-- Hand-written (listed in prisma/hand-written-sql.ts): Prisma's schema cannot
-- express column collations.
--
-- Names sort in Vietnamese order (A Ă Â B C D Đ E Ê … O Ô Ơ … U Ư …) on any
-- PostgreSQL, including a database created with LOCALE 'C': the columns that
-- hold names people sort by carry an ICU collation of their own.
CREATE COLLATION IF NOT EXISTS "vi_icu" (provider = icu, locale = 'vi');

ALTER TABLE "committees"
  ALTER COLUMN "name" TYPE TEXT COLLATE "vi_icu",
  ALTER COLUMN "short_name" TYPE TEXT COLLATE "vi_icu",
  ALTER COLUMN "locality" TYPE TEXT COLLATE "vi_icu";

ALTER TABLE "partners"
  ALTER COLUMN "name" TYPE TEXT COLLATE "vi_icu",
  ALTER COLUMN "short_name" TYPE TEXT COLLATE "vi_icu";

ALTER TABLE "users" ALTER COLUMN "name" TYPE TEXT COLLATE "vi_icu";

ALTER TABLE "campaigns" ALTER COLUMN "name" TYPE TEXT COLLATE "vi_icu";

ALTER TABLE "exemplary_models" ALTER COLUMN "name" TYPE TEXT COLLATE "vi_icu";

ALTER TABLE "indicators" ALTER COLUMN "name" TYPE TEXT COLLATE "vi_icu";

ALTER TABLE "house_handovers"
  ALTER COLUMN "household_name" TYPE TEXT COLLATE "vi_icu",
  ALTER COLUMN "commune" TYPE TEXT COLLATE "vi_icu";
