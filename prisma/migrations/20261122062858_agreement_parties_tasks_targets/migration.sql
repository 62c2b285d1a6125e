-- DropIndex
DROP INDEX "agreement_parties_agreement_id_idx";

-- AlterTable
ALTER TABLE "agreements" ADD COLUMN     "ended_on" DATE;

-- AlterTable
ALTER TABLE "agreement_parties" ADD COLUMN     "is_lead" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "position" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "agreement_tasks" ADD COLUMN     "indicator_id" TEXT,
ADD COLUMN     "responsible_party_id" TEXT;

-- CreateTable
CREATE TABLE "agreement_task_targets" (
    "id" TEXT NOT NULL,
    "task_id" TEXT NOT NULL,
    "period_id" TEXT NOT NULL,
    "planned_value" DECIMAL(20,2) NOT NULL,

    CONSTRAINT "agreement_task_targets_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "agreement_task_targets_period_id_idx" ON "agreement_task_targets"("period_id");

-- CreateIndex
CREATE UNIQUE INDEX "agreement_task_targets_task_id_period_id_key" ON "agreement_task_targets"("task_id", "period_id");

-- CreateIndex
CREATE INDEX "agreements_signed_on_id_idx" ON "agreements"("signed_on", "id");

-- CreateIndex
CREATE INDEX "agreements_title_id_idx" ON "agreements"("title", "id");

-- CreateIndex
CREATE INDEX "agreements_valid_from_id_idx" ON "agreements"("valid_from", "id");

-- CreateIndex
CREATE UNIQUE INDEX "agreement_parties_agreement_id_committee_id_key" ON "agreement_parties"("agreement_id", "committee_id");

-- CreateIndex
CREATE UNIQUE INDEX "agreement_parties_agreement_id_partner_id_key" ON "agreement_parties"("agreement_id", "partner_id");

-- CreateIndex
CREATE INDEX "agreement_tasks_responsible_party_id_idx" ON "agreement_tasks"("responsible_party_id");

-- AddForeignKey
ALTER TABLE "agreement_tasks" ADD CONSTRAINT "agreement_tasks_responsible_party_id_fkey" FOREIGN KEY ("responsible_party_id") REFERENCES "agreement_parties"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_tasks" ADD CONSTRAINT "agreement_tasks_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "indicators"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_task_targets" ADD CONSTRAINT "agreement_task_targets_task_id_fkey" FOREIGN KEY ("task_id") REFERENCES "agreement_tasks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agreement_task_targets" ADD CONSTRAINT "agreement_task_targets_period_id_fkey" FOREIGN KEY ("period_id") REFERENCES "reporting_periods"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
