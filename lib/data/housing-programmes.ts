import "server-only";
import { slugOf } from "@/lib/text/slug";
import { getDb, Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import type { CreateHousingProgrammeInput, UpdateHousingProgrammeInput } from "@/lib/validation/housing-programme";
import { audit, changedFields } from "./audit";
import { NotFoundError, RuleViolation, StaleRecordError } from "./errors";
import { isRecordId } from "./scope";

// The housing programmes houses are built under (/quan-tri/chuong-trinh-nha):
// admins add, rename, reorder and deactivate them. A programme is never
// deleted: houses and indicators keep naming it; a deactivated one is no
// longer offered for new houses.

const PROGRAMME = { type: "housingProgramme", committeeId: null } as const;

function requireAdmin(viewer: Viewer): void {
  if (!can(viewer, "administer", PROGRAMME)) throw new NotFoundError("housingProgramme");
}

export type HousingProgrammeRow = { id: string; slug: string; name: string; active: boolean; position: number; version: number; houses: number };

/** Every programme, in order, with how many houses name it (admins). */
export async function listHousingProgrammes(viewer: Viewer): Promise<HousingProgrammeRow[]> {
  requireAdmin(viewer);
  const rows = await getDb().$queryRaw<(Omit<HousingProgrammeRow, "houses"> & { houses: bigint })[]>`
    select p.id, p.slug, p.name, p.active, p.position, p.version,
           (select count(*) from house_handovers h where h.programme_id = p.id and h.deleted_at is null) as houses
      from housing_programmes p order by p.position, p.name, p.id`;
  return rows.map((row) => ({ ...row, houses: Number(row.houses) }));
}

/** A slug from a name: "Nhà Đại đoàn kết" → "nha-dai-doan-ket". */
export function programmeSlug(name: string): string {
  return slugOf(name, "chuong-trinh");
}

function duplicateName(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new RuleViolation("validation.programmeNameTaken", "name");
  throw error;
}

export async function createHousingProgramme(viewer: Viewer, input: CreateHousingProgrammeInput) {
  requireAdmin(viewer);
  return getDb().$transaction(async (tx) => {
    const base = programmeSlug(input.name);
    const taken = new Set((await tx.housingProgramme.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((p) => p.slug));
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    const programme = await tx.housingProgramme
      .create({ data: { name: input.name, slug, position: input.position }, select: { id: true, name: true, slug: true, position: true, active: true } })
      .catch(duplicateName);
    await audit(tx, viewer, { action: "create", entity: "housingProgramme", entityId: programme.id, after: programme });
    return programme;
  });
}

/** Renames, reorders, deactivates or reactivates a programme, on the version the admin saw. */
export async function updateHousingProgramme(viewer: Viewer, input: UpdateHousingProgrammeInput) {
  requireAdmin(viewer);
  if (!isRecordId(input.id)) throw new NotFoundError("housingProgramme");
  return getDb().$transaction(async (tx) => {
    const before = await tx.housingProgramme.findUnique({ where: { id: input.id }, select: { name: true, position: true, active: true, version: true } });
    if (!before) throw new NotFoundError("housingProgramme");
    const fields = { name: input.name, position: input.position, active: input.active };
    const { count } = await tx.housingProgramme
      .updateMany({ where: { id: input.id, version: input.version }, data: { ...fields, version: { increment: 1 } } })
      .catch(duplicateName);
    if (count === 0) throw new StaleRecordError();
    await audit(tx, viewer, { action: "update", entity: "housingProgramme", entityId: input.id, ...changedFields(before, fields) });
  });
}
