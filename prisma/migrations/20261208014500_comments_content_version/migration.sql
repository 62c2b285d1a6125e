-- Hand-written (listed in prisma/hand-written-sql.ts): an approved comment
-- appearing, changing or going away changes what the article page shows, so
-- it bumps the content version (migration 20261208012600) in the same
-- transaction. Comments waiting for moderation change nothing public.
CREATE TRIGGER "article_comments_approved_added" AFTER INSERT ON "article_comments"
  FOR EACH ROW WHEN (NEW."status" = 'APPROVED')
  EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "article_comments_approved_changed" AFTER UPDATE ON "article_comments"
  FOR EACH ROW WHEN (OLD."status" = 'APPROVED' OR NEW."status" = 'APPROVED')
  EXECUTE FUNCTION "bump_content_version"();
CREATE TRIGGER "article_comments_approved_removed" AFTER DELETE ON "article_comments"
  FOR EACH ROW WHEN (OLD."status" = 'APPROVED')
  EXECUTE FUNCTION "bump_content_version"();
