-- Hand-written: bodies become HTML. Plain-text paragraphs (blank-line separated,
-- single line breaks kept) turn into escaped <p> elements.
UPDATE "articles" a SET "body" = COALESCE((
  SELECT string_agg('<p>' || replace(replace(replace(replace(trim(t.p), '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), E'\n', '<br />') || '</p>', '' ORDER BY t.n)
  FROM regexp_split_to_table(replace(a."body", E'\r', ''), E'\n[ \t]*\n') WITH ORDINALITY AS t(p, n)
  WHERE trim(t.p) <> ''
), '')
WHERE a."body" NOT LIKE '<%';

-- Each article starts its history with the text it has now.
INSERT INTO "article_revisions" ("id", "article_id", "version", "title", "summary", "body", "byline", "saved_by_id", "saved_at")
SELECT 'rev_' || a."id" || '_' || a."version", a."id", a."version", a."title", a."summary", a."body", a."byline", a."author_id", a."updated_at"
FROM "articles" a;

-- A published article has its time; a revision's version counts from 1.
ALTER TABLE "articles" ADD CONSTRAINT "articles_published_has_time" CHECK ("status" <> 'PUBLISHED' OR "published_at" IS NOT NULL);
ALTER TABLE "articles" ADD CONSTRAINT "articles_view_count_not_negative" CHECK ("view_count" >= 0);
ALTER TABLE "article_revisions" ADD CONSTRAINT "article_revisions_version_positive" CHECK ("version" >= 1);
ALTER TABLE "topics" ADD CONSTRAINT "topics_slug_shape" CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$');

-- The news topics (chuyên mục) every installation starts with.
INSERT INTO "topics" ("id", "slug", "name", "position") VALUES
  ('topic-dan-van-kheo', 'dan-van-kheo', 'Dân vận khéo', 1),
  ('topic-an-sinh-xa-hoi', 'an-sinh-xa-hoi', 'An sinh xã hội', 2),
  ('topic-hoi-nghi-su-kien', 'hoi-nghi-su-kien', 'Hội nghị, sự kiện', 3),
  ('topic-cong-tac-phoi-hop', 'cong-tac-phoi-hop', 'Công tác phối hợp', 4),
  ('topic-guong-dien-hinh', 'guong-dien-hinh', 'Gương điển hình', 5),
  ('topic-dan-toc-ton-giao', 'dan-toc-ton-giao', 'Dân tộc, tôn giáo', 6);
