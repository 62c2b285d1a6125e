-- Hand-written (listed in prisma/hand-written-sql.ts): a rating is 1 to 5
-- stars, and a browser is known only by the SHA-256 of its random cookie
-- (64 hex digits), never by anything that names a person.
ALTER TABLE "article_ratings" ADD CONSTRAINT "article_ratings_stars_range" CHECK ("stars" BETWEEN 1 AND 5);
ALTER TABLE "article_ratings" ADD CONSTRAINT "article_ratings_browser_key_shape" CHECK ("browser_key" ~ '^[0-9a-f]{64}$');
