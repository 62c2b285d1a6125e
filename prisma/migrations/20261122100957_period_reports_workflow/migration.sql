-- AlterEnum
ALTER TYPE "report_status" ADD VALUE 'RETURNED';

-- AlterTable
ALTER TABLE "period_reports" DROP COLUMN "figures",
DROP COLUMN "narrative",
ADD COLUMN     "created_by_id" TEXT,
ADD COLUMN     "directions" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "document_number" INTEGER,
ADD COLUMN     "document_symbol" TEXT NOT NULL DEFAULT 'BC',
ADD COLUMN     "document_year" INTEGER,
ADD COLUMN     "recommendations" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "results" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "return_reason" TEXT,
ADD COLUMN     "shortcomings" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "situation" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "updated_by_id" TEXT;

-- CreateTable
CREATE TABLE "period_report_figures" (
    "report_id" TEXT NOT NULL,
    "indicator_id" TEXT NOT NULL,
    "planned" DECIMAL(20,2),
    "delivered" DECIMAL(20,2) NOT NULL,
    "explanation" TEXT,

    CONSTRAINT "period_report_figures_pkey" PRIMARY KEY ("report_id","indicator_id")
);

-- CreateIndex
CREATE INDEX "period_report_figures_indicator_id_idx" ON "period_report_figures"("indicator_id");

-- CreateIndex
CREATE UNIQUE INDEX "period_reports_committee_id_document_year_document_number_key" ON "period_reports"("committee_id", "document_year", "document_number");

-- AddForeignKey
ALTER TABLE "period_reports" ADD CONSTRAINT "period_reports_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "period_reports" ADD CONSTRAINT "period_reports_updated_by_id_fkey" FOREIGN KEY ("updated_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "period_report_figures" ADD CONSTRAINT "period_report_figures_report_id_fkey" FOREIGN KEY ("report_id") REFERENCES "period_reports"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "period_report_figures" ADD CONSTRAINT "period_report_figures_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
