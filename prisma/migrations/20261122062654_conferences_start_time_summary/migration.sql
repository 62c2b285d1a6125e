-- DropIndex
DROP INDEX "conferences_held_on_idx";

-- DropIndex
DROP INDEX "conference_co_hosts_conference_id_idx";

-- AlterTable
ALTER TABLE "conferences" ADD COLUMN     "start_time" TIME(0),
ADD COLUMN     "summary" TEXT;

-- CreateIndex
CREATE INDEX "conferences_held_on_id_idx" ON "conferences"("held_on", "id");

-- CreateIndex
CREATE INDEX "conferences_title_id_idx" ON "conferences"("title", "id");

-- CreateIndex
CREATE UNIQUE INDEX "conference_co_hosts_conference_id_committee_id_key" ON "conference_co_hosts"("conference_id", "committee_id");

-- CreateIndex
CREATE UNIQUE INDEX "conference_co_hosts_conference_id_partner_id_key" ON "conference_co_hosts"("conference_id", "partner_id");
