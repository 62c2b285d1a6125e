-- AlterTable
ALTER TABLE "partners" ADD COLUMN     "address" TEXT,
ADD COLUMN     "email" TEXT,
ADD COLUMN     "phone" TEXT;

-- CreateIndex
CREATE INDEX "partners_name_id_idx" ON "partners"("name", "id");

-- CreateIndex
CREATE INDEX "partners_created_at_id_idx" ON "partners"("created_at", "id");
