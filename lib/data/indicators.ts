import "server-only";
// The indicator catalog (/quan-tri/chi-so): admins add indicators, rename,
// reorder, change how delivered is computed, and retire them. An indicator is
// never deleted: targets, activities and reports keep naming it.
import { getDb, Prisma } from "@/lib/db";
import { can, type Viewer } from "@/lib/auth/policy";
import type { CreateIndicatorInput, UpdateIndicatorInput } from "@/lib/validation/indicator";
import { audit, changedFields } from "./audit";
import { NotFoundError, RuleViolation, StaleRecordError } from "./errors";
import { isRecordId } from "./scope";

const INDICATOR = { type: "indicator", committeeId: null } as const;

function requireAdmin(viewer: Viewer): void {
  if (!can(viewer, "administer", INDICATOR)) throw new NotFoundError("indicator");
}

export type IndicatorRow = {
  id: string;
  code: string;
  name: string;
  unit: string;
  source: UpdateIndicatorInput["source"];
  conferenceKind: UpdateIndicatorInput["conferenceKind"];
  housingProgrammeId: string | null;
  houseAttribution: UpdateIndicatorInput["houseAttribution"];
  position: number;
  active: boolean;
  version: number;
};

/** Every indicator in order, and the housing programmes a house indicator may name (admins). */
export async function listIndicators(viewer: Viewer) {
  requireAdmin(viewer);
  const db = getDb();
  const [indicators, programmes] = await Promise.all([
    db.indicator.findMany({
      select: { id: true, code: true, name: true, unit: true, source: true, conferenceKind: true, housingProgrammeId: true, houseAttribution: true, position: true, active: true, version: true },
      orderBy: [{ position: "asc" }, { name: "asc" }, { id: "asc" }],
    }),
    db.housingProgramme.findMany({ select: { id: true, name: true }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
  ]);
  return { indicators: indicators as IndicatorRow[], programmes };
}

function taken(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new RuleViolation("indicators.validation.codeTaken", "code");
  throw error;
}

async function checkProgramme(tx: Prisma.TransactionClient, id: string | null) {
  if (id && !(await tx.housingProgramme.findUnique({ where: { id }, select: { id: true } }))) throw new RuleViolation("validation.invalid", "housingProgrammeId");
}

export async function createIndicator(viewer: Viewer, input: CreateIndicatorInput) {
  requireAdmin(viewer);
  return getDb().$transaction(async (tx) => {
    await checkProgramme(tx, input.housingProgrammeId);
    const created = await tx.indicator.create({ data: input, select: { id: true, code: true, name: true, unit: true, source: true } }).catch(taken);
    await audit(tx, viewer, { action: "create", entity: "indicator", entityId: created.id, after: created });
    return created;
  });
}

export async function updateIndicator(viewer: Viewer, input: UpdateIndicatorInput) {
  requireAdmin(viewer);
  if (!isRecordId(input.id)) throw new NotFoundError("indicator");
  return getDb().$transaction(async (tx) => {
    const before = await tx.indicator.findUnique({
      where: { id: input.id },
      select: { code: true, name: true, unit: true, source: true, conferenceKind: true, housingProgrammeId: true, houseAttribution: true, position: true, active: true },
    });
    if (!before) throw new NotFoundError("indicator");
    await checkProgramme(tx, input.housingProgrammeId);
    const { id, version, ...fields } = input;
    const { count } = await tx.indicator.updateMany({ where: { id, version }, data: { ...fields, version: { increment: 1 } } }).catch(taken);
    if (count === 0) throw new StaleRecordError();
    await audit(tx, viewer, { action: "update", entity: "indicator", entityId: id, ...changedFields(before, fields) });
  });
}
