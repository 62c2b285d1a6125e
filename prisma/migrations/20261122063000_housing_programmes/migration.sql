-- Housing programmes become a table admins extend (they differ by province),
-- replacing the house_type enum on house_handovers and on indicators; the
-- household gets a category (personal data, like its name and address), a
-- house its start date, and an erased household the time it was erased.
-- Existing rows keep their meaning: each enum value maps to its programme.

-- CreateEnum
CREATE TYPE "household_category" AS ENUM ('POOR', 'NEAR_POOR', 'POLICY_FAMILY', 'ETHNIC_MINORITY', 'OTHER');

-- CreateTable
CREATE TABLE "housing_programmes" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "housing_programmes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "housing_programmes_slug_key" ON "housing_programmes"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "housing_programmes_name_key" ON "housing_programmes"("name");

-- CreateIndex
CREATE INDEX "housing_programmes_position_name_idx" ON "housing_programmes"("position", "name");

-- The programmes of the former enum, in its order (the seed keeps the same slugs).
INSERT INTO "housing_programmes" ("id", "slug", "name", "position", "updated_at") VALUES
  ('programme-nghia-tinh-dan-van', 'nghia-tinh-dan-van', 'Nhà “Nghĩa tình Dân vận”', 1, CURRENT_TIMESTAMP),
  ('programme-dai-doan-ket', 'dai-doan-ket', 'Nhà Đại đoàn kết', 2, CURRENT_TIMESTAMP),
  ('programme-tinh-nghia', 'tinh-nghia', 'Nhà tình nghĩa', 3, CURRENT_TIMESTAMP),
  ('programme-tinh-thuong', 'tinh-thuong', 'Nhà tình thương', 4, CURRENT_TIMESTAMP),
  ('programme-tinh-nghia-quan-dan', 'tinh-nghia-quan-dan', 'Nhà tình nghĩa Quân – Dân', 5, CURRENT_TIMESTAMP);

-- AlterTable: new columns, filled from the old ones, then the old ones go.
ALTER TABLE "house_handovers"
ADD COLUMN     "household_category" "household_category" NOT NULL DEFAULT 'OTHER',
ADD COLUMN     "household_erased_at" TIMESTAMPTZ(3),
ADD COLUMN     "programme_id" TEXT,
ADD COLUMN     "started_on" DATE;

UPDATE "house_handovers" SET
  "programme_id" = CASE "type"
    WHEN 'NGHIA_TINH_DAN_VAN' THEN 'programme-nghia-tinh-dan-van'
    WHEN 'DAI_DOAN_KET' THEN 'programme-dai-doan-ket'
    WHEN 'TINH_NGHIA' THEN 'programme-tinh-nghia'
    WHEN 'TINH_THUONG' THEN 'programme-tinh-thuong'
    WHEN 'QUAN_DAN' THEN 'programme-tinh-nghia-quan-dan'
  END,
  -- The note said whom the house was for; the category says it now.
  "household_category" = CASE
    WHEN "household_note" ILIKE '%cận nghèo%' THEN 'NEAR_POOR'::"household_category"
    WHEN "household_note" ILIKE '%nghèo%' THEN 'POOR'::"household_category"
    WHEN "household_note" ILIKE '%chính sách%' OR "household_note" ILIKE '%có công%' THEN 'POLICY_FAMILY'::"household_category"
    WHEN "household_note" ILIKE '%dân tộc%' THEN 'ETHNIC_MINORITY'::"household_category"
    ELSE 'OTHER'::"household_category"
  END;

ALTER TABLE "house_handovers" ALTER COLUMN "programme_id" SET NOT NULL,
DROP COLUMN "household_note",
DROP COLUMN "type";

-- AlterTable
ALTER TABLE "indicators" ADD COLUMN     "housing_programme_id" TEXT;

UPDATE "indicators" SET "housing_programme_id" = CASE "house_type"
    WHEN 'NGHIA_TINH_DAN_VAN' THEN 'programme-nghia-tinh-dan-van'
    WHEN 'DAI_DOAN_KET' THEN 'programme-dai-doan-ket'
    WHEN 'TINH_NGHIA' THEN 'programme-tinh-nghia'
    WHEN 'TINH_THUONG' THEN 'programme-tinh-thuong'
    WHEN 'QUAN_DAN' THEN 'programme-tinh-nghia-quan-dan'
  END
 WHERE "house_type" IS NOT NULL;

ALTER TABLE "indicators" DROP COLUMN "house_type";

-- DropEnum
DROP TYPE "house_type";

-- CreateIndex
CREATE INDEX "house_handovers_programme_id_idx" ON "house_handovers"("programme_id");

-- CreateIndex
CREATE INDEX "house_handovers_value_vnd_id_idx" ON "house_handovers"("value_vnd", "id");

-- CreateIndex
CREATE INDEX "house_handovers_created_at_id_idx" ON "house_handovers"("created_at", "id");

-- CreateIndex
CREATE INDEX "house_fundings_contributor_partner_id_idx" ON "house_fundings"("contributor_partner_id");

-- CreateIndex
CREATE INDEX "indicators_housing_programme_id_idx" ON "indicators"("housing_programme_id");

-- AddForeignKey
ALTER TABLE "house_handovers" ADD CONSTRAINT "house_handovers_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "housing_programmes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_housing_programme_id_fkey" FOREIGN KEY ("housing_programme_id") REFERENCES "housing_programmes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
