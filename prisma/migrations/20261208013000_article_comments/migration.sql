-- CreateEnum
CREATE TYPE "comment_status" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- CreateTable
CREATE TABLE "article_comments" (
    "id" TEXT NOT NULL,
    "article_id" TEXT NOT NULL,
    "author_name" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "status" "comment_status" NOT NULL DEFAULT 'PENDING',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "moderated_at" TIMESTAMPTZ(3),
    "moderated_by_id" TEXT,
    "reject_reason" TEXT,
    "client_key" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "article_comments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "article_comments_article_id_status_created_at_idx" ON "article_comments"("article_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "article_comments_client_key_created_at_idx" ON "article_comments"("client_key", "created_at");

-- CreateIndex
CREATE INDEX "article_comments_status_created_at_idx" ON "article_comments"("status", "created_at");

-- AddForeignKey
ALTER TABLE "article_comments" ADD CONSTRAINT "article_comments_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "article_comments" ADD CONSTRAINT "article_comments_moderated_by_id_fkey" FOREIGN KEY ("moderated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written (prisma/hand-written-sql.ts): what a comment may hold, whatever writes it.
-- A name and a body of plain text within the form's limits (lib/validation/comment.ts).
ALTER TABLE "article_comments" ADD CONSTRAINT "article_comments_author_name_length" CHECK (char_length(btrim("author_name")) BETWEEN 1 AND 80);
ALTER TABLE "article_comments" ADD CONSTRAINT "article_comments_body_length" CHECK (char_length(btrim("body")) BETWEEN 1 AND 2000);
-- A moderated comment says when; only a rejected one has a reason.
ALTER TABLE "article_comments" ADD CONSTRAINT "article_comments_moderated_dated" CHECK (("status" = 'PENDING') = ("moderated_at" IS NULL));
ALTER TABLE "article_comments" ADD CONSTRAINT "article_comments_reason_when_rejected" CHECK ("reject_reason" IS NULL OR "status" = 'REJECTED');
-- The client key is a hex SHA-256, so an address can never be stored in its place.
ALTER TABLE "article_comments" ADD CONSTRAINT "article_comments_client_key_shape" CHECK ("client_key" ~ '^[0-9a-f]{64}$');
ALTER TABLE "article_comments" ADD CONSTRAINT "article_comments_version_positive" CHECK ("version" >= 1);
-- The keys still kept (the last day's): each new comment forgets the older ones through this index.
CREATE INDEX "article_comments_client_keys_to_forget" ON "article_comments" ("created_at") WHERE "client_key" IS NOT NULL;
