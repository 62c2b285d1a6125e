import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { can, readReach, type Resource, type Viewer } from "@/lib/auth/policy";
import { viTranslator } from "@/lib/i18n/vietnamese";
import { vietnamToday } from "@/lib/time/vietnam";
import type { CreateHouseInput, FundingInput, HouseholdCategoryValue, HouseStatusValue, HouseWorkValue, UpdateHouseInput } from "@/lib/validation/house";
import { audit } from "./audit";
import { NotFoundError, RuleViolation } from "./errors";
import { assertPeriodsOpen } from "./records/period-locks";
import { recordCommitteeChoices, requireRecordCommittee, type RecordCommitteeChoice, type RecordFields } from "./records/record-access";
import { attachPhotos, photoBytes, photosOf, removePhotos, type CheckedFile, type PhotoBytes, type RecordPhotoView } from "./records/stored-files";
import { claimVersion } from "./records/versions";
import { committeeScope, isRecordId, resourceOf } from "./scope";

type Tx = Prisma.TransactionClient;
type Db = Tx | ReturnType<typeof getDb>;

// House handovers (/ho-so/nha). Read by the viewers whose scope includes the
// house's committee, and, as a shared record, by the committees named as its
// funders. The household (name, category, address) is personal data: only
// the first see it (policy type "household"); a leader of the house's
// committee corrects or erases it. Every read here strips it otherwise.

/** SQL: a contribution to house `h` comes from a committee within the viewer's record scope (the shared-record rule). */
export function fundedByViewer(viewer: Viewer, house: Prisma.Sql = Prisma.sql`h.id`): Prisma.Sql {
  if (readReach(viewer, "record") === "none") return Prisma.sql`false`;
  return Prisma.sql`exists (select 1 from house_fundings f where f.house_id = ${house} and ${committeeScope(viewer, "record", Prisma.sql`f.contributor_committee_id`)})`;
}

/** SQL: the houses the viewer reads: by their committee, or as a funder. */
export function houseReadScope(viewer: Viewer): Prisma.Sql {
  return Prisma.sql`(${committeeScope(viewer, "record", Prisma.sql`h.committee_id`)} or ${fundedByViewer(viewer)})`;
}

/** SQL: the viewer sees house `h`'s household (its committee lies within the viewer's household scope). */
export function householdVisible(viewer: Viewer): Prisma.Sql {
  return committeeScope(viewer, "household", Prisma.sql`h.committee_id`);
}

/** The name an erased household keeps (the page shows the catalog's wording in the reader's language). */
export function erasedHouseholdName(): string {
  return viTranslator("houses.household.erased");
}

const houseSelect = {
  id: true,
  illustrativeNote: true,
  committeeId: true,
  programmeId: true,
  work: true,
  householdName: true,
  householdCategory: true,
  householdErasedAt: true,
  commune: true,
  address: true,
  valueVnd: true,
  status: true,
  startedOn: true,
  handedOverOn: true,
  campaignId: true,
  agreementId: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  committee: { select: { id: true, name: true } },
  programme: { select: { id: true, name: true, active: true } },
  campaign: { select: { id: true, name: true } },
  agreement: { select: { id: true, title: true, number: true } },
  createdBy: { select: { name: true } },
  updatedBy: { select: { name: true } },
  fundings: {
    orderBy: { id: "asc" },
    select: {
      id: true,
      amountVnd: true,
      contributorName: true,
      contributorCommittee: { select: { id: true, name: true } },
      contributorPartner: { select: { id: true, name: true } },
    },
  },
} as const satisfies Prisma.HouseHandoverSelect;

type HouseRow = Prisma.HouseHandoverGetPayload<{ select: typeof houseSelect }>;

export type HouseFundingView = {
  id: string;
  kind: "committee" | "partner" | "other";
  /** The form's value of the contributor select: `committee:<id>`, `partner:<id>` or `other`. */
  contributor: string;
  contributorName: string;
  amountVnd: bigint;
};

export type HouseholdView = {
  name: string;
  category: HouseholdCategoryValue;
  address: string | null;
  /** When a leader erased the details (the name is then a placeholder). */
  erasedAt: Date | null;
};

export type HouseView = Omit<HouseRow, "householdName" | "householdCategory" | "householdErasedAt" | "address" | "fundings"> & {
  /** Null when the viewer may not see the household (a funder, a shared record). */
  household: HouseholdView | null;
  fundings: HouseFundingView[];
  photos: RecordPhotoView[];
  /** Read as a funder: the house's committee is outside the viewer's scope. */
  shared: boolean;
  canUpdate: boolean;
  canDelete: boolean;
  /** May correct or erase the household (a leader of the house's committee, or an admin). */
  canCorrectHousehold: boolean;
};

function fundingView(row: HouseRow["fundings"][number]): HouseFundingView {
  if (row.contributorCommittee) {
    return { id: row.id, kind: "committee", contributor: `committee:${row.contributorCommittee.id}`, contributorName: row.contributorCommittee.name, amountVnd: row.amountVnd };
  }
  if (row.contributorPartner) {
    return { id: row.id, kind: "partner", contributor: `partner:${row.contributorPartner.id}`, contributorName: row.contributorPartner.name, amountVnd: row.amountVnd };
  }
  return { id: row.id, kind: "other", contributor: "other", contributorName: row.contributorName ?? "", amountVnd: row.amountVnd };
}

type Access = { resource: Resource; readsRecord: boolean; shared: boolean };

/** How the viewer reaches a house: through its committee, as a funder, or not at all (null). */
async function accessTo(db: Db, viewer: Viewer, house: { id: string; committeeId: string; handedOverOn: Date | null }): Promise<Access | null> {
  const resource = await resourceOf(db, viewer, "record", house.committeeId, house.handedOverOn ?? undefined);
  if (can(viewer, "read", resource)) return { resource, readsRecord: true, shared: false };
  const [funder] = await db.$queryRaw<{ yes: boolean }[]>`select ${fundedByViewer(viewer, Prisma.sql`${house.id}`)} as yes`;
  return funder?.yes ? { resource, readsRecord: false, shared: true } : null;
}

const householdResource = (resource: Resource): Resource => ({ ...resource, type: "household" });

/** One house the viewer reads (by its committee or as a funder), without the household unless the viewer may see it; 404 otherwise. */
export async function getHouse(viewer: Viewer, id: string): Promise<HouseView> {
  if (!isRecordId(id)) throw new NotFoundError("house");
  const db = getDb();
  const row = await db.houseHandover.findFirst({ where: { id, deletedAt: null }, select: houseSelect });
  if (!row) throw new NotFoundError("house");
  const access = await accessTo(db, viewer, row);
  if (!access) throw new NotFoundError("house");
  const { householdName, householdCategory, householdErasedAt, address, fundings, ...house } = row;
  const seesHousehold = access.readsRecord && can(viewer, "read", householdResource(access.resource));
  return {
    ...house,
    household: seesHousehold ? { name: householdName, category: householdCategory, address, erasedAt: householdErasedAt } : null,
    fundings: fundings.map(fundingView),
    photos: await photosOf(db, { houseId: id }),
    shared: access.shared,
    canUpdate: access.readsRecord && can(viewer, "update", access.resource),
    canDelete: access.readsRecord && can(viewer, "delete", access.resource),
    canCorrectHousehold: seesHousehold && can(viewer, "update", householdResource(access.resource)),
  };
}

/** The bytes of one of a house's photos, after the same read check as the house (404 otherwise). */
export async function readHousePhoto(viewer: Viewer, houseId: string, photoId: string, variant: "full" | "thumbnail"): Promise<PhotoBytes> {
  if (!isRecordId(houseId) || !isRecordId(photoId)) throw new NotFoundError("house");
  const db = getDb();
  const house = await db.houseHandover.findFirst({ where: { id: houseId, deletedAt: null }, select: { id: true, committeeId: true, handedOverOn: true } });
  if (!house || !(await accessTo(db, viewer, house))) throw new NotFoundError("house");
  const bytes = await photoBytes(db, { houseId }, photoId, variant);
  if (!bytes) throw new NotFoundError("house");
  return bytes;
}

// ───────────────────────────── Form choices ─────────────────────────────

export type Choice = { id: string; name: string };

export type HouseFormChoices = {
  committees: RecordCommitteeChoice[];
  programmes: Choice[];
  funderCommittees: Choice[];
  partners: Choice[];
  campaigns: Choice[];
  agreements: Choice[];
};

/**
 * What the house form offers: the committees the viewer records for, the
 * active programmes, funders (committees at province and district level and
 * the viewer's own lineage, alive today; the partners the viewer reads),
 * campaigns and agreements within the viewer's scope. A house being edited
 * keeps its own choices even when they would no longer be offered.
 */
export async function houseFormChoices(viewer: Viewer, house?: HouseView): Promise<HouseFormChoices> {
  const db = getDb();
  const today = vietnamToday();
  const keep = {
    programme: house?.programmeId ?? "",
    committees: house?.fundings.filter((f) => f.kind === "committee").map((f) => f.contributor.slice("committee:".length)) ?? [],
    partners: house?.fundings.filter((f) => f.kind === "partner").map((f) => f.contributor.slice("partner:".length)) ?? [],
    campaign: house?.campaignId ?? "",
    agreement: house?.agreementId ?? "",
  };
  const lineage = viewer.committeeId ? Prisma.sql`c.id in (select readable_committee_ids(${viewer.committeeId}))` : Prisma.sql`false`;
  const [committees, programmes, funderCommittees, partners, campaigns, agreements] = await Promise.all([
    recordCommitteeChoices(viewer),
    db.$queryRaw<Choice[]>`
      select id, name from housing_programmes where active or id = ${keep.programme} order by position, name, id`,
    db.$queryRaw<Choice[]>`
      select c.id, c.name from committees c
       where ((c.valid_to is null or c.valid_to >= ${today}::date) and (c.level in ('CENTRAL', 'PROVINCE', 'DISTRICT') or ${lineage}))
          or c.id = any(${keep.committees}::text[])
       order by case c.level when 'CENTRAL' then 0 when 'PROVINCE' then 1 when 'DISTRICT' then 2 else 3 end, c.name, c.id`,
    db.$queryRaw<Choice[]>`
      select p.id, p.name from partners p
       where ${committeeScope(viewer, "partner", Prisma.sql`p.committee_id`)} or p.id = any(${keep.partners}::text[])
       order by p.name, p.id`,
    db.$queryRaw<Choice[]>`
      select c.id, c.name from campaigns c
       where (c.deleted_at is null and (c.committee_id is null or ${committeeScope(viewer, "record", Prisma.sql`c.committee_id`)})) or c.id = ${keep.campaign}
       order by c.name, c.id`,
    db.$queryRaw<Choice[]>`
      select a.id, coalesce(a.number || ' – ', '') || a.title as name from agreements a
       where (a.deleted_at is null and (${committeeScope(viewer, "record", Prisma.sql`a.committee_id`)}
              or exists (select 1 from agreement_parties ap where ap.agreement_id = a.id and ${committeeScope(viewer, "record", Prisma.sql`ap.committee_id`)})))
          or a.id = ${keep.agreement}
       order by a.signed_on desc, a.id`,
  ]);
  return { committees, programmes, funderCommittees, partners, campaigns, agreements };
}

// ───────────────────────────── Writes ─────────────────────────────

/** The date a house is filed under for its committee's life: handed over on, else started on. */
function recordDate(input: { handedOverOn: Date | null; startedOn: Date | null }): { on: Date | null; fields: RecordFields } {
  if (input.handedOverOn) return { on: input.handedOverOn, fields: { committee: "committeeId", date: "handedOverOn" } };
  return { on: input.startedOn, fields: { committee: "committeeId", date: "startedOn" } };
}

type HouseInput = CreateHouseInput | UpdateHouseInput;

/** What the form names must exist: programme (active, unless the house already had it), campaign, agreement, each contributor. */
async function checkReferences(tx: Tx, viewer: Viewer, input: HouseInput, keptProgrammeId?: string): Promise<Map<string, string>> {
  const programme = await tx.housingProgramme.findUnique({ where: { id: input.programmeId }, select: { active: true } });
  if (!programme || (!programme.active && input.programmeId !== keptProgrammeId)) throw new RuleViolation("validation.houseProgramme", "programmeId");
  if (input.campaignId && !(await tx.campaign.findFirst({ where: { id: input.campaignId, deletedAt: null }, select: { id: true } }))) {
    throw new RuleViolation("validation.invalid", "campaignId");
  }
  if (input.agreementId && !(await tx.agreement.findFirst({ where: { id: input.agreementId, deletedAt: null }, select: { id: true } }))) {
    throw new RuleViolation("validation.invalid", "agreementId");
  }
  // Names of the contributors, for the audit trail.
  const names = new Map<string, string>();
  const committeeIds = [...new Set(input.fundings.flatMap((f) => (f.committeeId ? [f.committeeId] : [])))];
  const partnerIds = [...new Set(input.fundings.flatMap((f) => (f.partnerId ? [f.partnerId] : [])))];
  for (const c of await tx.committee.findMany({ where: { id: { in: committeeIds } }, select: { id: true, name: true } })) names.set(`committee:${c.id}`, c.name);
  for (const p of await tx.partner.findMany({ where: { id: { in: partnerIds } }, select: { id: true, name: true } })) names.set(`partner:${p.id}`, p.name);
  input.fundings.forEach((funding, index) => {
    const key = funding.committeeId ? `committee:${funding.committeeId}` : funding.partnerId ? `partner:${funding.partnerId}` : null;
    if (key && !names.has(key)) throw new RuleViolation("validation.houseFundingContributor", `fundings.${index}.contributor`);
  });
  return names;
}

/** The contributions as one line for the audit trail: "Ban Dân vận …: 25000000; Doanh nghiệp X: 25000000". */
function fundingsLine(fundings: readonly FundingInput[], names: Map<string, string>): string {
  return fundings
    .map((f) => `${f.committeeId ? names.get(`committee:${f.committeeId}`) : f.partnerId ? names.get(`partner:${f.partnerId}`) : f.name}: ${f.amountVnd}`)
    .join("; ");
}

/**
 * The audited view of a house: flat values the change history shows. The
 * household's fields keep their names (householdName, householdCategory,
 * address): the history shows them only to viewers who may see the
 * household, and erasing the household removes them from the trail.
 */
type AuditedHouse = Record<string, string | null>;

const AUDITED_HOUSEHOLD_FIELDS = ["householdName", "householdCategory", "address"] as const;

function day(value: Date | null): string | null {
  return value ? value.toISOString() : null;
}

async function auditedHouse(
  tx: Tx,
  house: {
    committeeId: string;
    programmeId: string;
    work: HouseWorkValue;
    householdName: string;
    householdCategory: HouseholdCategoryValue;
    commune: string;
    address: string | null;
    valueVnd: bigint;
    status: HouseStatusValue;
    startedOn: Date | null;
    handedOverOn: Date | null;
    campaignId: string | null;
    agreementId: string | null;
  },
  fundings: string,
): Promise<AuditedHouse> {
  const [committee, programme, campaign, agreement] = await Promise.all([
    tx.committee.findUnique({ where: { id: house.committeeId }, select: { name: true } }),
    tx.housingProgramme.findUnique({ where: { id: house.programmeId }, select: { name: true } }),
    house.campaignId ? tx.campaign.findUnique({ where: { id: house.campaignId }, select: { name: true } }) : null,
    house.agreementId ? tx.agreement.findUnique({ where: { id: house.agreementId }, select: { title: true } }) : null,
  ]);
  return {
    committee: committee?.name ?? house.committeeId,
    programme: programme?.name ?? house.programmeId,
    work: house.work,
    householdName: house.householdName,
    householdCategory: house.householdCategory,
    commune: house.commune,
    address: house.address,
    valueVnd: house.valueVnd.toString(),
    status: house.status,
    startedOn: day(house.startedOn),
    handedOverOn: day(house.handedOverOn),
    campaign: campaign?.name ?? null,
    agreement: agreement?.title ?? null,
    fundings,
  };
}

function changed(before: AuditedHouse, after: AuditedHouse): { before: AuditedHouse; after: AuditedHouse } {
  const b: AuditedHouse = {};
  const a: AuditedHouse = {};
  for (const key of Object.keys(after)) {
    if ((before[key] ?? null) !== (after[key] ?? null)) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return { before: b, after: a };
}

function fundingRows(houseId: string, fundings: readonly FundingInput[]) {
  return fundings.map((f) => ({ houseId, contributorCommitteeId: f.committeeId, contributorPartnerId: f.partnerId, contributorName: f.name, amountVnd: f.amountVnd }));
}

/**
 * The rules a new house must meet before it is written, the form's and the
 * import's: a committee the viewer acts for on the house's date, outside
 * locked periods, and what it names exists. Returns the contributors' names.
 */
export async function checkNewHouse(tx: Tx, viewer: Viewer, input: CreateHouseInput): Promise<Map<string, string>> {
  const dated = recordDate(input);
  await requireRecordCommittee(tx, viewer, "create", input.committeeId, dated.on, dated.fields);
  await assertPeriodsOpen(tx, [input.handedOverOn ? { committeeId: input.committeeId, on: input.handedOverOn } : null], "handedOverOn");
  return checkReferences(tx, viewer, input);
}

/** Writes a checked house, its contributions and photos, in the caller's transaction; audited (`extra` joins the audit record). */
export async function insertHouse(
  tx: Tx,
  viewer: Viewer,
  input: CreateHouseInput,
  names: Map<string, string>,
  photos: readonly CheckedFile[] = [],
  extra: Record<string, string> = {},
): Promise<{ id: string; committeeId: string }> {
  const fields = {
    committeeId: input.committeeId,
    programmeId: input.programmeId,
    work: input.work,
    householdName: input.householdName!,
    householdCategory: input.householdCategory!,
    commune: input.commune,
    address: input.address,
    valueVnd: input.value,
    status: input.status,
    startedOn: input.startedOn,
    handedOverOn: input.handedOverOn,
    campaignId: input.campaignId,
    agreementId: input.agreementId,
  };
  const house = await tx.houseHandover.create({ data: { ...fields, createdById: viewer.id, updatedById: viewer.id }, select: { id: true, committeeId: true } });
  await tx.houseFunding.createMany({ data: fundingRows(house.id, input.fundings) });
  const photoIds = await attachPhotos(tx, viewer, { houseId: house.id }, photos);
  const after = await auditedHouse(tx, fields, fundingsLine(input.fundings, names));
  await audit(tx, viewer, { action: "create", entity: "house", entityId: house.id, committeeId: house.committeeId, after: { ...after, photosAdded: String(photoIds.length), ...extra } });
  return house;
}

/** Creates a house with its contributions and photos, for a committee the viewer records for, outside locked periods; audited. */
export async function createHouse(viewer: Viewer, input: CreateHouseInput, photos: readonly CheckedFile[] = []): Promise<{ id: string; committeeId: string }> {
  return getDb().$transaction(async (tx) => insertHouse(tx, viewer, input, await checkNewHouse(tx, viewer, input), photos));
}

/** The house as it is before a change, if the viewer may change it: 404 when the viewer does not read it by its committee. */
async function houseToChange(tx: Tx, viewer: Viewer, id: string) {
  if (!isRecordId(id)) throw new NotFoundError("house");
  const [locked] = await tx.$queryRaw<{ id: string }[]>`select id from house_handovers where id = ${id} and deleted_at is null for update`;
  if (!locked) throw new NotFoundError("house");
  const house = await tx.houseHandover.findUniqueOrThrow({ where: { id }, select: houseSelect });
  const resource = await resourceOf(tx, viewer, "record", house.committeeId, house.handedOverOn ?? undefined);
  if (!can(viewer, "read", resource)) throw new NotFoundError("house");
  return { house, resource };
}

function storedFundings(house: HouseRow): FundingInput[] {
  return house.fundings.map((f) => ({
    committeeId: f.contributorCommittee?.id ?? null,
    partnerId: f.contributorPartner?.id ?? null,
    name: f.contributorName,
    amountVnd: f.amountVnd,
  }));
}

function namesOf(house: HouseRow): Map<string, string> {
  const names = new Map<string, string>();
  for (const f of house.fundings) {
    if (f.contributorCommittee) names.set(`committee:${f.contributorCommittee.id}`, f.contributorCommittee.name);
    if (f.contributorPartner) names.set(`partner:${f.contributorPartner.id}`, f.contributorPartner.name);
  }
  return names;
}

/**
 * Saves an edit made on `input.version`: refused (naming who saved first)
 * when the house changed since, when the old or the new (committee, date)
 * lies in a locked period or outside what the viewer records for. The
 * household stays as it is unless the viewer may correct it. Contributions
 * are replaced by the form's rows; photos are added and removed. Audited.
 */
export async function updateHouse(viewer: Viewer, id: string, input: UpdateHouseInput, photos: readonly CheckedFile[] = []): Promise<{ committeeId: string }> {
  return getDb().$transaction(async (tx) => {
    const { house: old, resource } = await houseToChange(tx, viewer, id);
    if (!can(viewer, "update", resource)) throw new RuleViolation("validation.recordUpdateNotAllowed");
    await claimVersion(tx, "house", id, input.version, viewer);

    const dated = recordDate(input);
    const oldDated = recordDate(old);
    await requireRecordCommittee(tx, viewer, "update", old.committeeId, oldDated.on, oldDated.fields);
    if (old.committeeId !== input.committeeId || oldDated.on?.getTime() !== dated.on?.getTime()) {
      await requireRecordCommittee(tx, viewer, "update", input.committeeId, dated.on, dated.fields);
    }
    await assertPeriodsOpen(
      tx,
      [old.handedOverOn ? { committeeId: old.committeeId, on: old.handedOverOn } : null, input.handedOverOn ? { committeeId: input.committeeId, on: input.handedOverOn } : null],
      "handedOverOn",
    );
    const names = await checkReferences(tx, viewer, input, old.programmeId);

    const household = {
      householdName: input.householdName ?? old.householdName,
      householdCategory: input.householdCategory ?? old.householdCategory,
      address: input.householdName === undefined && input.householdCategory === undefined ? old.address : input.address,
    };
    const householdChanged =
      household.householdName !== old.householdName || household.householdCategory !== old.householdCategory || (household.address ?? null) !== (old.address ?? null);
    if (householdChanged && !can(viewer, "update", householdResource(resource))) throw new RuleViolation("validation.householdNotAllowed", "householdName");

    const fields = {
      committeeId: input.committeeId,
      programmeId: input.programmeId,
      work: input.work,
      ...household,
      commune: input.commune,
      valueVnd: input.value,
      status: input.status,
      startedOn: input.startedOn,
      handedOverOn: input.handedOverOn,
      campaignId: input.campaignId,
      agreementId: input.agreementId,
    };
    await tx.houseHandover.update({
      where: { id },
      data: { ...fields, ...(householdChanged && old.householdErasedAt ? { householdErasedAt: null } : {}) },
      select: { id: true },
    });
    await tx.houseFunding.deleteMany({ where: { houseId: id } });
    await tx.houseFunding.createMany({ data: fundingRows(id, input.fundings) });
    const removed = await removePhotos(tx, { houseId: id }, input.removePhotoIds);
    const added = await attachPhotos(tx, viewer, { houseId: id }, photos);

    const before = await auditedHouse(tx, old, fundingsLine(storedFundings(old), namesOf(old)));
    const after = await auditedHouse(tx, fields, fundingsLine(input.fundings, names));
    const diff = changed(before, after);
    await audit(tx, viewer, {
      action: "update",
      entity: "house",
      entityId: id,
      committeeId: input.committeeId,
      before: diff.before,
      after: { ...diff.after, ...(added.length > 0 ? { photosAdded: String(added.length) } : {}), ...(removed > 0 ? { photosRemoved: String(removed) } : {}) },
    });
    return { committeeId: input.committeeId };
  });
}

/**
 * Erases a household's personal details (a leader of the house's committee,
 * or an admin): the name becomes a placeholder, the category "other", the
 * address empty, and the audit trail of the house forgets them too. The
 * erasure itself is audited (erase_personal_data), without the details. It
 * changes no figure, so a locked period does not stop it.
 */
export async function eraseHousehold(viewer: Viewer, id: string, version: number): Promise<void> {
  await getDb().$transaction(async (tx) => {
    const { house, resource } = await houseToChange(tx, viewer, id);
    if (!can(viewer, "update", householdResource(resource))) throw new RuleViolation("validation.householdNotAllowed");
    await claimVersion(tx, "house", id, version, viewer);
    const erasedAt = new Date();
    await tx.houseHandover.update({
      where: { id },
      data: { householdName: erasedHouseholdName(), householdCategory: "OTHER", address: null, householdErasedAt: erasedAt },
      select: { id: true },
    });
    const keys = [...AUDITED_HOUSEHOLD_FIELDS];
    await tx.$executeRaw`
      update audit_events
         set before = case when jsonb_typeof(before) = 'object' then before - ${keys}::text[] else before end,
             after = case when jsonb_typeof(after) = 'object' then after - ${keys}::text[] else after end
       where entity = 'house' and entity_id = ${id}`;
    await audit(tx, viewer, { action: "erase_personal_data", entity: "house", entityId: id, committeeId: house.committeeId, after: { householdErasedAt: erasedAt.toISOString() } });
  });
}

/** The household fields of the audit trail: the history shows them only to those who see the household. */
export const HOUSEHOLD_AUDIT_FIELDS: readonly string[] = AUDITED_HOUSEHOLD_FIELDS;
