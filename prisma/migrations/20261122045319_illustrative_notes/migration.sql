-- AlterTable
ALTER TABLE "partners" ADD COLUMN     "illustrative_note" TEXT;

-- AlterTable
ALTER TABLE "agreements" ADD COLUMN     "illustrative_note" TEXT;

-- AlterTable
ALTER TABLE "conferences" ADD COLUMN     "illustrative_note" TEXT;

-- AlterTable
ALTER TABLE "conference_co_hosts" ADD COLUMN     "illustrative_note" TEXT;

-- AlterTable
ALTER TABLE "campaigns" ADD COLUMN     "illustrative_note" TEXT;

-- AlterTable
ALTER TABLE "campaign_phases" ADD COLUMN     "illustrative_note" TEXT;

-- AlterTable
ALTER TABLE "exemplary_models" ADD COLUMN     "illustrative_note" TEXT;

-- AlterTable
ALTER TABLE "house_handovers" ADD COLUMN     "illustrative_note" TEXT;

-- AlterTable
ALTER TABLE "house_fundings" ADD COLUMN     "illustrative_note" TEXT;

-- AlterTable
ALTER TABLE "activities" ADD COLUMN     "illustrative_note" TEXT;

-- AlterTable
ALTER TABLE "targets" ADD COLUMN     "illustrative_note" TEXT;
