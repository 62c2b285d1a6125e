-- CreateEnum
CREATE TYPE "house_attribution" AS ENUM ('HANDED_OVER_BY', 'FUNDED_BY');

-- AlterEnum (by hand: the generated recreation of the type cannot map MODEL_COUNT)
ALTER TYPE "indicator_source" RENAME VALUE 'MODEL_COUNT' TO 'MODEL_REGISTERED';
ALTER TYPE "indicator_source" ADD VALUE 'MODEL_RECOGNISED';

-- DropIndex
DROP INDEX "reporting_periods_calendar_kind_year_sequence_committee_id_key";

-- AlterTable
ALTER TABLE "indicators" ADD COLUMN     "house_attribution" "house_attribution" NOT NULL DEFAULT 'HANDED_OVER_BY';

-- CreateTable
CREATE TABLE "reporting_settings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "calendar" "reporting_calendar" NOT NULL DEFAULT 'CALENDAR',
    "deadline_commune" INTEGER NOT NULL DEFAULT 3,
    "deadline_district" INTEGER NOT NULL DEFAULT 5,
    "deadline_province" INTEGER NOT NULL DEFAULT 7,
    "deadline_central" INTEGER NOT NULL DEFAULT 10,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_by_id" TEXT,

    CONSTRAINT "reporting_settings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "committee_calendars" (
    "id" TEXT NOT NULL,
    "committee_id" TEXT NOT NULL,
    "from_year" INTEGER NOT NULL,
    "calendar" "reporting_calendar" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" TEXT,

    CONSTRAINT "committee_calendars_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "holidays" (
    "day" DATE NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "holidays_pkey" PRIMARY KEY ("day")
);

-- CreateIndex
CREATE UNIQUE INDEX "committee_calendars_committee_id_from_year_key" ON "committee_calendars"("committee_id", "from_year");

-- AddForeignKey
ALTER TABLE "reporting_settings" ADD CONSTRAINT "reporting_settings_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_calendars" ADD CONSTRAINT "committee_calendars_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "committee_calendars" ADD CONSTRAINT "committee_calendars_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
