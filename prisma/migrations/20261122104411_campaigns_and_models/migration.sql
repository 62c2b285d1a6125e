-- CreateEnum
CREATE TYPE "model_status" AS ENUM ('REGISTERED', 'RECOGNISED');

-- DropIndex
DROP INDEX "exemplary_models_committee_id_year_idx";

-- AlterTable (hand-ordered so existing rows keep their year as a date)
ALTER TABLE "exemplary_models"
ADD COLUMN     "recognised_on" DATE,
ADD COLUMN     "registered_on" DATE,
ADD COLUMN     "status" "model_status" NOT NULL DEFAULT 'REGISTERED',
ALTER COLUMN "recognition_level" DROP NOT NULL;

-- Existing rows knew only a year and a recognition level (every row had one):
-- registered on 1 January of that year; a row with a level was recognised,
-- on the only date known, the same 1 January.
UPDATE "exemplary_models" SET "registered_on" = make_date("year", 1, 1);
UPDATE "exemplary_models" SET "status" = 'RECOGNISED', "recognised_on" = "registered_on" WHERE "recognition_level" IS NOT NULL;

ALTER TABLE "exemplary_models" ALTER COLUMN "registered_on" SET NOT NULL,
DROP COLUMN "year";

-- CreateIndex
CREATE INDEX "exemplary_models_committee_id_registered_on_idx" ON "exemplary_models"("committee_id", "registered_on");
