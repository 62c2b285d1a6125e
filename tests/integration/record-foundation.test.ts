// What every record type shares: versions that refuse a stale save naming
// the last editor, the one lock check of approved periods, soft delete and
// restore, the committee a record is written for, and the database's own
// refusals on the shared tables.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/policy";
import { emptyFormState } from "@/lib/actions/form-state";
import { deleteRecordAction, restoreRecordAction } from "@/lib/actions/records";
import { PeriodLockedError, RuleViolation, StaleRecordError } from "@/lib/data/errors";
import { DELETED_PAGE_SIZE, deleteRecord, listDeletedRecords, restoreRecord } from "@/lib/data/records/deleted-records";
import { deletedListSchema } from "@/lib/validation/deleted-list";
import { assertPeriodsOpen, lockReportPeriod, unlockReportPeriod } from "@/lib/data/records/period-locks";
import { recordCommitteeChoices, requireRecordCommittee } from "@/lib/data/records/record-access";
import { claimVersion } from "@/lib/data/records/versions";
import { form, makeTree, outcome, testDb, type Tree, type Users } from "./support/fixtures";
import { session } from "./support/next-mocks";

vi.mock("@/lib/auth/viewer", async () => (await import("./support/next-mocks")).viewerModule);
vi.mock("next-intl/server", async () => (await import("./support/next-mocks")).i18nModule);
vi.mock("next/cache", async () => (await import("./support/next-mocks")).cacheModule);
vi.mock("next/headers", async () => (await import("./support/next-mocks")).headersModule);

const db = testDb();
let tree: Tree;
let users: Users;
let tag: string;
let indicatorId: string;
let reportId: string;

const as = (viewer: Viewer | null) => {
  session.viewer = viewer;
};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function activity(committeeId: string, occurredOn: string, createdBy?: Viewer) {
  const row = await db.activity.create({
    data: { committeeId, indicatorId, title: `Hoạt động ${tag} ${occurredOn}`, occurredOn: day(occurredOn), quantity: 1, createdById: createdBy?.id ?? null, updatedById: createdBy?.id ?? null },
    select: { id: true, version: true },
  });
  return row;
}

beforeAll(async () => {
  ({ tree, users, tag } = await makeTree(db));
  indicatorId = (await db.indicator.create({ data: { code: `t-${tag}`, name: `Chỉ tiêu ${tag}`, unit: "cuộc", source: "ACTIVITY_QUANTITY" }, select: { id: true } })).id;
  // Tháng 3/2099 of province P, approved by its leader and locked.
  const period = await db.reportingPeriod.create({
    data: { kind: "MONTH", year: 2099, sequence: 3, label: "Tháng 3/2099", startsOn: day("2099-03-01"), endsOn: day("2099-03-31"), committeeId: tree.P },
    select: { id: true },
  });
  reportId = (
    await db.periodReport.create({
      data: { committeeId: tree.P, periodId: period.id, status: "APPROVED", submittedAt: new Date("2000-01-03T03:00:00Z"), approvedAt: new Date("2099-04-02T03:00:00Z"), approvedBy: users.leader.id },
      select: { id: true },
    })
  ).id;
  await db.$transaction((tx) => lockReportPeriod(tx, reportId));
});
afterAll(() => db.$disconnect());

describe("claimVersion", () => {
  it("bumps the version once and refuses the second save of the same version, naming who saved first and when", async () => {
    const record = await activity(tree.P, "2098-05-01", users.staff);
    await db.$transaction((tx) => claimVersion(tx, "activity", record.id, record.version, users.leader));
    const error = await db.$transaction((tx) => claimVersion(tx, "activity", record.id, record.version, users.staff)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaleRecordError);
    expect((error as StaleRecordError).changedBy?.name).toBe(users.leader.name);
    const after = await db.activity.findUniqueOrThrow({ where: { id: record.id }, select: { version: true, updatedById: true } });
    expect(after).toEqual({ version: record.version + 1, updatedById: users.leader.id });
  });
});

describe("assertPeriodsOpen", () => {
  const check = (committeeId: string, on: string) => db.$transaction((tx) => assertPeriodsOpen(tx, [{ committeeId, on: day(on) }], "occurredOn"));

  it("refuses a date in the approved period for the report's committee and its subtree, naming the report and its approver", async () => {
    for (const committeeId of [tree.P, tree.D, tree.C]) {
      const error = await check(committeeId, "2099-03-15").catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PeriodLockedError);
      const locked = error as PeriodLockedError;
      expect(locked.field).toBe("occurredOn");
      expect(locked.report).toMatchObject({ reportId, approvedBy: users.leader.name, period: { kind: "MONTH", year: "2099", sequence: "3" } });
    }
  });

  it("lets through the days around the period and other provinces", async () => {
    await expect(check(tree.C, "2099-02-28")).resolves.toBeUndefined();
    await expect(check(tree.C, "2099-04-01")).resolves.toBeUndefined();
    await expect(check(tree.X, "2099-03-15")).resolves.toBeUndefined();
  });

  it("checks the old and the new place of an edit: either one locked refuses", async () => {
    const error = await db
      .$transaction((tx) => assertPeriodsOpen(tx, [{ committeeId: tree.X, on: day("2099-03-15") }, { committeeId: tree.C, on: day("2099-03-10") }]))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PeriodLockedError);
  });

  it("opens again when the report is reopened", async () => {
    await db.$transaction((tx) => unlockReportPeriod(tx, reportId));
    await expect(check(tree.C, "2099-03-15")).resolves.toBeUndefined();
    await db.$transaction((tx) => lockReportPeriod(tx, reportId));
    await expect(check(tree.C, "2099-03-15")).rejects.toBeInstanceOf(PeriodLockedError);
  });
});

describe("deleteRecord and restoreRecord", () => {
  it("deletes softly once, audited; a stale version is refused; other provinces get 404", async () => {
    const record = await activity(tree.P, "2098-06-01", users.staff);
    await expect(deleteRecord(users.staff, "activity", record.id, record.version + 1)).rejects.toBeInstanceOf(StaleRecordError);
    await expect(deleteRecord({ ...users.staff, committeeId: tree.X }, "activity", record.id, record.version)).rejects.toThrow(/not found/);
    await deleteRecord(users.staff, "activity", record.id, record.version);
    const row = await db.activity.findUniqueOrThrow({ where: { id: record.id }, select: { deletedAt: true, deletedById: true } });
    expect(row.deletedAt).not.toBeNull();
    expect(row.deletedById).toBe(users.staff.id);
    expect(await db.auditEvent.count({ where: { entity: "activity", entityId: record.id, action: "delete", actorId: users.staff.id } })).toBe(1);
    // Deleted twice: it is gone for the second.
    await expect(deleteRecord(users.staff, "activity", record.id, record.version + 1)).rejects.toThrow(/not found/);
  });

  it("refuses to delete a record of a locked period and writes nothing", async () => {
    const record = await activity(tree.C, "2099-03-20");
    await expect(deleteRecord(users.admin, "activity", record.id, record.version)).rejects.toBeInstanceOf(PeriodLockedError);
    expect((await db.activity.findUniqueOrThrow({ where: { id: record.id }, select: { deletedAt: true } })).deletedAt).toBeNull();
  });

  it("a child committee's staff cannot delete the province's records (delete is own only)", async () => {
    const record = await activity(tree.P, "2098-07-01");
    await expect(deleteRecord(users.childStaff, "activity", record.id, record.version)).rejects.toThrow(/not found/);
    const mine = await activity(tree.D, "2098-07-01");
    await expect(deleteRecord(users.staff, "activity", mine.id, mine.version)).rejects.toBeInstanceOf(RuleViolation);
  });

  it("admins list deleted records and restore them; nobody else does", async () => {
    const record = await activity(tree.P, "2098-08-01");
    await deleteRecord(users.leader, "activity", record.id, record.version);
    const firstPage = deletedListSchema.parse({});
    await expect(listDeletedRecords(users.staff, firstPage)).rejects.toThrow(/not found/);
    const listed = await listDeletedRecords(users.admin, firstPage);
    expect(listed.rows.find((r) => r.id === record.id)).toMatchObject({ kind: "activity", deletedBy: users.leader.name });
    expect((await listDeletedRecords(users.admin, deletedListSchema.parse({ loai: "conference" }))).rows.find((r) => r.id === record.id)).toBeUndefined();
    await expect(restoreRecord(users.leader, "activity", record.id)).rejects.toThrow(/not found/);
    await restoreRecord(users.admin, "activity", record.id);
    expect((await db.activity.findUniqueOrThrow({ where: { id: record.id }, select: { deletedAt: true } })).deletedAt).toBeNull();
    expect(await db.auditEvent.count({ where: { entity: "activity", entityId: record.id, action: "restore" } })).toBe(1);
  });

  it("pages through every deleted record by keyset, newest first, none twice", async () => {
    const base = Date.parse("2099-12-01T00:00:00Z");
    for (let i = 0; i < DELETED_PAGE_SIZE + 5; i++) {
      const record = await activity(tree.P, "2097-01-01");
      await db.activity.update({ where: { id: record.id }, data: { deletedAt: new Date(base + i * 1000) } });
    }
    const first = await listDeletedRecords(users.admin, deletedListSchema.parse({}));
    expect(first.rows).toHaveLength(DELETED_PAGE_SIZE);
    expect(first.hasNext).toBe(true);
    // Newest first: the last one deleted leads.
    expect(first.rows[0]!.deletedAt.getTime()).toBe(base + (DELETED_PAGE_SIZE + 4) * 1000);
    const second = await listDeletedRecords(users.admin, deletedListSchema.parse({ trang: "2", sau: first.lastCursor }));
    expect(second.rows.length).toBeGreaterThanOrEqual(5);
    expect(second.rows[0]!.deletedAt.getTime()).toBe(base + 4 * 1000);
    const seen = new Set(first.rows.map((r) => r.id));
    expect(second.rows.some((r) => seen.has(r.id))).toBe(false);
    await db.activity.deleteMany({ where: { deletedAt: { gte: new Date(base) } } });
  });

  it("through the actions: delete goes back to the list, a locked restore answers with the report", async () => {
    const record = await activity(tree.P, "2098-09-01", users.staff);
    as(users.staff);
    expect(await outcome(() => deleteRecordAction("activity", record.id, emptyFormState, form({ version: record.version })))).toEqual({ kind: "redirect", to: "/ho-so/hoat-dong?deleted=1" });
    // Deleted in an open period, then the period is locked: the restore is refused with the lock's message.
    const locked = await activity(tree.C, "2099-03-05");
    await db.activity.update({ where: { id: locked.id }, data: { deletedAt: new Date() } });
    as(users.admin);
    const refused = await outcome(() => restoreRecordAction(emptyFormState, form({ kind: "activity", id: locked.id })));
    expect(refused.kind).toBe("state");
    if (refused.kind === "state") expect(refused.state.formError).toContain(users.leader.name);
    expect(await outcome(() => restoreRecordAction(emptyFormState, form({ kind: "nothing", id: locked.id })))).toMatchObject({ kind: "state" });
  });
});

describe("requireRecordCommittee", () => {
  const require = (viewer: Viewer, committeeId: string, on: string | null) =>
    db.$transaction((tx) => requireRecordCommittee(tx, viewer, "create", committeeId, on ? day(on) : null, { committee: "committeeId", date: "heldOn" }));

  it("takes the viewer's own committee within its life, refuses dates before it existed at the date field", async () => {
    await expect(require(users.staff, tree.P, "2024-01-01")).resolves.toBeUndefined();
    await expect(require(users.staff, tree.P, "2019-12-31")).rejects.toMatchObject({ code: "validation.dateOutsideCommittee", field: "heldOn" });
  });

  it("refuses another province and a child committee (records are written by their own committee) at the committee field", async () => {
    await expect(require(users.staff, tree.X, "2024-01-01")).rejects.toMatchObject({ code: "validation.recordCommittee", field: "committeeId" });
    await expect(require(users.staff, tree.D, "2024-01-01")).rejects.toMatchObject({ code: "validation.recordCommittee" });
    await expect(require(users.admin, tree.X, "2024-01-01")).resolves.toBeUndefined();
  });

  it("offers the viewer's own committee; admins every committee", async () => {
    expect((await recordCommitteeChoices(users.staff)).map((c) => c.id)).toEqual([tree.P]);
    expect((await recordCommitteeChoices(users.editor)).map((c) => c.id)).toEqual([]);
    expect((await recordCommitteeChoices(users.admin)).map((c) => c.id)).toEqual(expect.arrayContaining([tree.P, tree.X]));
  });
});

describe("the database refuses what the forms refuse", () => {
  it("a photo of two records, a lock that ends before it starts, a stored file whose size lies", async () => {
    const file = await db.storedFile.create({ data: { contentType: "image/webp", byteSize: 3, sha256: "x", data: new Uint8Array([1, 2, 3]) }, select: { id: true } });
    const conference = await db.conference.create({ data: { committeeId: tree.P, kind: "BRIEFING", title: `Giao ban ${tag}`, heldOn: day("2098-01-05") }, select: { id: true } });
    const house = await db.houseHandover.create({ data: { committeeId: tree.P, programmeId: "programme-dai-doan-ket", householdName: `Hộ ${tag}`, commune: "Xã A", valueVnd: 50_000_000n }, select: { id: true } });
    await expect(db.recordPhoto.create({ data: { fileId: file.id, conferenceId: conference.id, houseId: house.id } })).rejects.toThrow(/record_photos_one_owner/);
    await expect(db.recordPhoto.create({ data: { fileId: file.id } })).rejects.toThrow(/record_photos_one_owner/);
    await expect(db.storedFile.create({ data: { contentType: "image/webp", byteSize: 4, sha256: "x", data: new Uint8Array([1, 2, 3]) } })).rejects.toThrow(/stored_files_byte_size_matches/);
    await expect(db.periodLock.create({ data: { committeeId: tree.P, startsOn: day("2099-02-01"), endsOn: day("2099-01-01"), reportId } })).rejects.toThrow(/period_locks_ends_on_after_starts_on|period_locks_report_id_key|Unique/);
  });
});
