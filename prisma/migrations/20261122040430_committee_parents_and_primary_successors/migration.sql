-- The committee tree becomes dated: parents move to committee_parents, one
-- row per span under one parent. Existing parent links are carried over with
-- the committee's own dates.

-- CreateTable
CREATE TABLE "committee_parents" (
    "id" TEXT NOT NULL,
    "committee_id" TEXT NOT NULL,
    "parent_id" TEXT NOT NULL,
    "valid_from" DATE NOT NULL,
    "valid_to" DATE,

    CONSTRAINT "committee_parents_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "committee_parents_committee_id_valid_from_idx" ON "committee_parents"("committee_id", "valid_from");

-- CreateIndex
CREATE INDEX "committee_parents_parent_id_valid_from_idx" ON "committee_parents"("parent_id", "valid_from");

-- AddForeignKey
ALTER TABLE "committee_parents" ADD CONSTRAINT "committee_parents_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_parents" ADD CONSTRAINT "committee_parents_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "committees"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Carry the existing links over (data, not schema).
INSERT INTO "committee_parents" ("id", "committee_id", "parent_id", "valid_from", "valid_to")
SELECT 'parent-' || "id", "id", "parent_id", "valid_from", "valid_to" FROM "committees" WHERE "parent_id" IS NOT NULL;

-- DropForeignKey
ALTER TABLE "committees" DROP CONSTRAINT "committees_parent_id_fkey";

-- DropIndex
DROP INDEX "committees_parent_id_idx";

-- AlterTable
ALTER TABLE "committees" DROP COLUMN "parent_id";

-- AlterTable
ALTER TABLE "committee_successions" ADD COLUMN     "is_primary" BOOLEAN NOT NULL DEFAULT false;

-- A predecessor with one successor: that successor is its primary one.
UPDATE "committee_successions" SET "is_primary" = true
 WHERE "predecessor_id" IN (SELECT "predecessor_id" FROM "committee_successions" GROUP BY 1 HAVING count(*) = 1);
