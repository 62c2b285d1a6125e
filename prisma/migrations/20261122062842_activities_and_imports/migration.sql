-- CreateTable
CREATE TABLE "activity_committees" (
    "activity_id" TEXT NOT NULL,
    "committee_id" TEXT NOT NULL,

    CONSTRAINT "activity_committees_pkey" PRIMARY KEY ("activity_id","committee_id")
);

-- CreateTable
CREATE TABLE "import_batches" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "row_count" INTEGER NOT NULL,
    "rows" JSONB NOT NULL,
    "created_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "committed_at" TIMESTAMPTZ(3),
    "committed_count" INTEGER,

    CONSTRAINT "import_batches_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "activity_committees_committee_id_idx" ON "activity_committees"("committee_id");

-- CreateIndex
CREATE INDEX "import_batches_created_by_id_created_at_idx" ON "import_batches"("created_by_id", "created_at");

-- CreateIndex
CREATE INDEX "import_batches_created_at_idx" ON "import_batches"("created_at");

-- CreateIndex
CREATE INDEX "activities_occurred_on_id_idx" ON "activities"("occurred_on", "id");

-- CreateIndex
CREATE INDEX "activities_title_id_idx" ON "activities"("title", "id");

-- CreateIndex
CREATE INDEX "activities_quantity_id_idx" ON "activities"("quantity", "id");

-- AddForeignKey
ALTER TABLE "activity_committees" ADD CONSTRAINT "activity_committees_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_committees" ADD CONSTRAINT "activity_committees_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_batches" ADD CONSTRAINT "import_batches_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
