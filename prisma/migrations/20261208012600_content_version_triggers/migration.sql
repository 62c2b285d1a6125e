-- Hand-written (listed in prisma/hand-written-sql.ts): the content version
-- that public pages' cache follows (lib/cache/public-content). Every change
-- to what the home and article pages show bumps it in the same transaction:
-- articles (but not their view count, which changes with every reader),
-- their topics, topics, campaigns and committees (names shown with articles).
INSERT INTO "content_version" ("id", "version") VALUES (1, 1) ON CONFLICT DO NOTHING;
ALTER TABLE "content_version" ADD CONSTRAINT "content_version_single_row" CHECK ("id" = 1);

CREATE FUNCTION "bump_content_version"() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE "content_version" SET "version" = "version" + 1 WHERE "id" = 1;
  RETURN NULL;
END
$$;

CREATE TRIGGER "articles_content_changed" AFTER INSERT OR DELETE ON "articles"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "articles_content_edited" AFTER UPDATE ON "articles"
  FOR EACH ROW WHEN ((to_jsonb(OLD) - 'view_count') IS DISTINCT FROM (to_jsonb(NEW) - 'view_count'))
  EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "article_topics_content_changed" AFTER INSERT OR UPDATE OR DELETE ON "article_topics"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "topics_content_changed" AFTER INSERT OR UPDATE OR DELETE ON "topics"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "campaigns_content_changed" AFTER INSERT OR UPDATE OR DELETE ON "campaigns"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "committees_content_changed" AFTER INSERT OR UPDATE OR DELETE ON "committees"
  FOR EACH STATEMENT EXECUTE FUNCTION "bump_content_version"();
