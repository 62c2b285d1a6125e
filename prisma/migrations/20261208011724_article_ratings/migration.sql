-- CreateTable
CREATE TABLE "article_ratings" (
    "article_id" TEXT NOT NULL,
    "browser_key" CHAR(64) NOT NULL,
    "stars" SMALLINT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "article_ratings_pkey" PRIMARY KEY ("article_id","browser_key")
);

-- AddForeignKey
ALTER TABLE "article_ratings" ADD CONSTRAINT "article_ratings_article_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE ON UPDATE CASCADE;
