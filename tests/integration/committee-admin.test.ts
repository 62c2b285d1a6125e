// Keeping the committee tree over time, against the real database: create,
// correct, rename, move, end, merge and split, each effective on a date,
// through the server actions (messages at their fields) and the data layer.
// Every refusal writes nothing. People move with the tree; province leaders
// keep the accounts of their subtree. Every committee of this file is named
// "T-<tag> …" (slug "t-<tag>-…") on its own roots, dated long before the
// demo's reorganisation, and removed at the end.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import type { CommitteeLevel, Role, Viewer } from "@/lib/auth/policy";
import {
  correctCommitteeNameAction,
  createCommitteeAction,
  endCommitteeAction,
  mergeCommitteesAction,
  moveCommitteeAction,
  renameCommitteeAction,
  splitCommitteeAction,
  confirmUserMovesAction,
} from "@/lib/actions/committee-tree";
import { emptyFormState, type FormState } from "@/lib/actions/form-state";
import { createUserAction, resetPasswordAction, setUserDisabledAction, updateUserAction } from "@/lib/actions/users";
import { changeOwnPasswordAction } from "@/lib/actions/account";
import { Prisma } from "@/lib/db";
import { getCommitteeTree, type TreeNode } from "@/lib/data/committee-history";
import { splitCommittee } from "@/lib/data/committee-changes";
import { RuleViolation } from "@/lib/data/errors";
import { committeeScope } from "@/lib/data/scope";
import { listUsers } from "@/lib/data/user-list";
import { countPendingUserMoves, listPendingUserMoves } from "@/lib/data/user-moves";
import { getUser, listCommitteeChoices } from "@/lib/data/users";
import { messageText, type MessageKey } from "@/lib/i18n/message-key";
import { viTranslator as t } from "@/lib/i18n/vietnamese";
import { userListSchema } from "@/lib/validation/user-list";
import { form, outcome, testDb } from "./support/fixtures";
import { session } from "./support/next-mocks";

vi.mock("@/lib/auth/viewer", async () => (await import("./support/next-mocks")).viewerModule);
vi.mock("next-intl/server", async () => (await import("./support/next-mocks")).i18nModule);
vi.mock("next/cache", async () => (await import("./support/next-mocks")).cacheModule);
vi.mock("next/headers", async () => (await import("./support/next-mocks")).headersModule);

const db = testDb();
const tag = randomBytes(3).toString("hex");
const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const iso = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const passwordHash = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0000000000000000000000000000000000000000000";

let admin: Viewer;

async function makeCommittee(key: string, level: CommitteeLevel, parentId: string | null, validFrom = "2010-01-01"): Promise<string> {
  const created = await db.committee.create({
    data: {
      slug: `t-${tag}-${key.toLowerCase()}`,
      name: `T-${tag} Ban Dân vận ${key}`,
      shortName: `BDV ${key}`,
      level,
      locality: `Địa phương ${key}`,
      validFrom: d(validFrom),
      ...(parentId ? { parentLinks: { create: { parentId, validFrom: d(validFrom) } } } : {}),
    },
    select: { id: true },
  });
  return created.id;
}

async function makeUser(key: string, role: Role, committeeId: string | null): Promise<Viewer> {
  const email = `${key}-${tag}@test.vn`.toLowerCase();
  const user = await db.user.create({ data: { email, name: `${key} ${tag}`, role, committeeId, passwordHash }, select: { id: true } });
  return { id: user.id, email, name: `${key} ${tag}`, role, committeeId };
}

const as = (viewer: Viewer | null) => {
  session.viewer = viewer;
};

/** Everything a tree change may write, to check that a refusal wrote nothing. */
async function snapshot() {
  const [committees, parents, successions, audits, users] = await Promise.all([
    db.committee.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true, validTo: true, version: true } }),
    db.committeeParent.findMany({ orderBy: { id: "asc" }, select: { id: true, parentId: true, validFrom: true, validTo: true } }),
    db.committeeSuccession.findMany({ orderBy: { id: "asc" }, select: { id: true, primary: true } }),
    db.auditEvent.count(),
    db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, committeeId: true, version: true, passwordHash: true, disabledAt: true } }),
  ]);
  return { committees, parents, successions, audits, users };
}

async function version(id: string) {
  return (await db.committee.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
}

async function spans(id: string) {
  const rows = await db.committeeParent.findMany({ where: { committeeId: id }, orderBy: { validFrom: "asc" }, select: { parentId: true, validFrom: true, validTo: true } });
  return rows.map((row) => [row.parentId, iso(row.validFrom), iso(row.validTo)]);
}

async function readable(committeeId: string): Promise<Set<string>> {
  const viewer: Viewer = { id: "v", email: "v@test.vn", name: "V", role: "STAFF", committeeId };
  const rows = await db.$queryRaw<{ id: string }[]>`select id from committees where ${committeeScope(viewer, "record", Prisma.sql`id`)}`;
  return new Set(rows.map((row) => row.id));
}

/** The parent of each of these committees in the tree as of a day (null: a root or not active). */
async function parentsOn(day: string, ids: string[]): Promise<Record<string, string | null | undefined>> {
  const found: Record<string, string | null> = {};
  const walk = (nodes: TreeNode[], parent: string | null) => {
    for (const node of nodes) {
      found[node.id] = parent;
      walk(node.children, node.id);
    }
  };
  walk(await getCommitteeTree(admin, d(day)), null);
  return Object.fromEntries(ids.map((id) => [id, found[id]]));
}

type Refusal = { field?: string; key: MessageKey };

/** Runs an action expected to refuse: its message at the field, and nothing written. */
async function expectRefused(run: () => Promise<FormState>, refusal: Refusal) {
  const before = await snapshot();
  const result = await outcome(run);
  expect(result.kind).toBe("state");
  const state = (result as { state: FormState }).state;
  const text = messageText(t, refusal.key, "validation.invalid");
  if (refusal.field) expect(state.fieldErrors[refusal.field], JSON.stringify(state)).toBe(text);
  else expect(state.formError).toBe(text);
  expect(await snapshot()).toEqual(before);
}

async function expectRedirect(run: () => Promise<FormState>): Promise<string> {
  const result = await outcome(run);
  expect(result, JSON.stringify(result)).toMatchObject({ kind: "redirect" });
  return (result as { to: string }).to;
}

const idFrom = (to: string) => /\/co-quan\/([^?]+)/.exec(to)![1]!;

beforeAll(async () => {
  admin = await makeUser("admin", "ADMIN", null);
});

afterAll(async () => {
  const ours = Prisma.sql`(select id from committees where slug like ${`t-${tag}-%`})`;
  await db.$executeRaw`delete from users where email like ${`%-${tag}@test.vn`}`;
  await db.$executeRaw`delete from conferences where committee_id in ${ours}`;
  await db.$executeRaw`delete from committee_parents where parent_id in ${ours} or committee_id in ${ours}`;
  await db.$executeRaw`delete from committees where slug like ${`t-${tag}-%`}`;
  await db.$disconnect();
});

describe("creating a committee", () => {
  it("adds it under a parent active on its first day, with a dated link and an audit event", async () => {
    const province = await makeCommittee("CP", "PROVINCE", null);
    as(admin);
    const to = await expectRedirect(async () =>
      createCommitteeAction(emptyFormState, form({ name: `T-${tag} Khối Dân vận xã Mới`, shortName: "Khối DV xã Mới", level: "COMMUNE", kind: "DAN_VAN", locality: "Đảng ủy xã Mới", parentId: province, validFrom: "2012-03-01" })),
    );
    expect(to).toMatch(/\?xong=tao$/);
    const id = idFrom(to);
    const created = await db.committee.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({ slug: `t-${tag}-khoi-dan-van-xa-moi`, level: "COMMUNE", validFrom: d("2012-03-01"), validTo: null });
    expect(await spans(id)).toEqual([[province, "2012-03-01", null]]);
    expect(await db.auditEvent.count({ where: { entity: "committee", entityId: id, action: "create" } })).toBe(1);
    // The same name again gets its own slug.
    const again = idFrom(
      await expectRedirect(async () =>
        createCommitteeAction(emptyFormState, form({ name: `T-${tag} Khối Dân vận xã Mới`, shortName: "Khối DV xã Mới", level: "COMMUNE", kind: "DAN_VAN", locality: "Đảng ủy xã Mới", parentId: province, validFrom: "2012-03-01" })),
      ),
    );
    expect((await db.committee.findUniqueOrThrow({ where: { id: again } })).slug).toBe(`t-${tag}-khoi-dan-van-xa-moi-2`);
  });

  it("refuses a parent that does not exist on the date, a missing parent, a bad date, and anyone but an admin", async () => {
    const late = await makeCommittee("CL", "PROVINCE", null, "2015-01-01");
    const fields = { name: `T-${tag} Ban thử`, shortName: "Ban thử", level: "DISTRICT", kind: "DAN_VAN", locality: "Nơi thử", parentId: late, validFrom: "2014-12-31" };
    as(admin);
    await expectRefused(async () => createCommitteeAction(emptyFormState, form(fields)), { field: "parentId", key: "committeeAdmin.errors.parentNotOnDate" });
    await expectRefused(async () => createCommitteeAction(emptyFormState, form({ ...fields, parentId: "khong-co" })), { field: "parentId", key: "validation.committee" });
    await expectRefused(async () => createCommitteeAction(emptyFormState, form({ ...fields, parentId: "" })), { field: "parentId", key: "committeeAdmin.errors.parentRequired" });
    await expectRefused(async () => createCommitteeAction(emptyFormState, form({ ...fields, validFrom: "2015-02-30" })), { field: "validFrom", key: "committeeAdmin.errors.date" });
    await expectRefused(async () => createCommitteeAction(emptyFormState, form({ ...fields, level: "HAMLET" })), { field: "level", key: "committeeAdmin.errors.level" });
    const leader = await makeUser("leader-c", "LEADER", late);
    as({ ...leader, committeeLevel: "PROVINCE" });
    const before = await snapshot();
    expect((await outcome(() => createCommitteeAction(emptyFormState, form({ ...fields, validFrom: "2016-01-01" })))).kind).toBe("notFound");
    expect(await snapshot()).toEqual(before);
  });
});

describe("renaming", () => {
  it("corrects a typo in place: the same committee, its history untouched", async () => {
    const parent = await makeCommittee("RP", "PROVINCE", null);
    const id = await makeCommittee("RT", "DISTRICT", parent);
    as(admin);
    const v = await version(id);
    await expectRedirect(async () => correctCommitteeNameAction(id, emptyFormState, form({ name: `T-${tag} Ban Dân vận Huyện ủy Sửa`, shortName: "BDV Sửa", version: v })));
    expect(await db.committee.findUniqueOrThrow({ where: { id }, select: { name: true, validTo: true, version: true } })).toEqual({ name: `T-${tag} Ban Dân vận Huyện ủy Sửa`, validTo: null, version: v + 1 });
    expect(await db.committeeSuccession.count({ where: { predecessorId: id } })).toBe(0);
    // A second correction from the same (now stale) form is refused.
    await expectRefused(async () => correctCommitteeNameAction(id, emptyFormState, form({ name: "Tên khác", shortName: "Khác", version: v })), { key: "validation.stale" });
  });

  it("with a new scope makes a new committee from the date, which succeeds the old one and takes its children", async () => {
    const parent = await makeCommittee("NP", "PROVINCE", null);
    const old = await makeCommittee("NO", "DISTRICT", parent);
    const child = await makeCommittee("NC", "COMMUNE", old);
    const record = await db.conference.create({ data: { committeeId: old, kind: "YEAR_END_REVIEW", title: "Hội nghị thử", heldOn: d("2013-05-05") }, select: { id: true } });
    as(admin);
    const fields = { name: `T-${tag} Ban Tuyên giáo và Dân vận NO`, shortName: "Ban TG-DV NO", kind: "TUYEN_GIAO_DAN_VAN", locality: "Huyện ủy NO", effectiveOn: "2016-07-01", version: await version(old) };
    await expectRefused(async () => renameCommitteeAction(old, emptyFormState, form({ ...fields, effectiveOn: "2010-01-01" })), { field: "effectiveOn", key: "committeeAdmin.errors.successionBeforeStart" });
    await expectRefused(async () => renameCommitteeAction(old, emptyFormState, form({ ...fields, name: `T-${tag} Ban Dân vận NO` })), { field: "name", key: "committeeAdmin.errors.sameName" });
    const renamed = idFrom(await expectRedirect(async () => renameCommitteeAction(old, emptyFormState, form(fields))));
    expect(renamed).not.toBe(old);
    expect(await db.committee.findUniqueOrThrow({ where: { id: old }, select: { validTo: true } })).toEqual({ validTo: d("2016-06-30") });
    expect(await db.committee.findUniqueOrThrow({ where: { id: renamed }, select: { validFrom: true, kind: true, level: true } })).toEqual({ validFrom: d("2016-07-01"), kind: "TUYEN_GIAO_DAN_VAN", level: "DISTRICT" });
    expect(await spans(old)).toEqual([[parent, "2010-01-01", "2016-06-30"]]);
    expect(await spans(renamed)).toEqual([[parent, "2016-07-01", null]]);
    expect(await spans(child)).toEqual([
      [old, "2010-01-01", "2016-06-30"],
      [renamed, "2016-07-01", null],
    ]);
    expect(await db.committeeSuccession.findFirstOrThrow({ where: { predecessorId: old }, select: { successorId: true, kind: true, primary: true, effectiveOn: true } })).toEqual({
      successorId: renamed,
      kind: "RENAME",
      primary: true,
      effectiveOn: d("2016-07-01"),
    });
    // Scope follows: the new committee reads the old one's records and its subtree.
    const scope = await readable(renamed);
    expect(scope.has(old) && scope.has(child)).toBe(true);
    expect((await db.$queryRaw<{ id: string }[]>`select id from conferences where id = ${record.id} and committee_id in (select readable_committee_ids(${renamed}))`).length).toBe(1);
    expect(await parentsOn("2016-06-30", [old, renamed, child])).toEqual({ [old]: parent, [renamed]: undefined, [child]: old });
    expect(await parentsOn("2016-07-01", [old, renamed, child])).toEqual({ [old]: undefined, [renamed]: parent, [child]: renamed });
    // The old committee has ended: it cannot be renamed again.
    await expectRefused(async () => renameCommitteeAction(old, emptyFormState, form({ ...fields, name: "Tên khác nữa", version: await version(old) })), { key: "committeeAdmin.errors.ended" });
  });
});

describe("moving", () => {
  it("closes the current link the day before and opens one from the date, leaving what came before", async () => {
    const a = await makeCommittee("MA", "PROVINCE", null);
    const b = await makeCommittee("MB", "PROVINCE", null);
    const c = await makeCommittee("MC", "DISTRICT", a);
    as(admin);
    await expectRedirect(async () => moveCommitteeAction(c, emptyFormState, form({ parentId: b, effectiveOn: "2014-01-01", version: await version(c) })));
    expect(await spans(c)).toEqual([
      [a, "2010-01-01", "2013-12-31"],
      [b, "2014-01-01", null],
    ]);
    expect(await parentsOn("2013-12-31", [c])).toEqual({ [c]: a });
    expect(await parentsOn("2014-01-01", [c])).toEqual({ [c]: b });
    expect(await readable(b)).toContain(c);
    expect(await readable(a)).not.toContain(c);
    expect(await db.auditEvent.count({ where: { entity: "committee", entityId: c, action: "move" } })).toBe(1);
    // A move dated before the latest one would rewrite history: refused.
    await expectRefused(async () => moveCommitteeAction(c, emptyFormState, form({ parentId: a, effectiveOn: "2013-06-01", version: await version(c) })), { field: "effectiveOn", key: "committeeAdmin.errors.laterChange" });
    await expectRefused(async () => moveCommitteeAction(c, emptyFormState, form({ parentId: b, effectiveOn: "2015-01-01", version: await version(c) })), { field: "parentId", key: "committeeAdmin.errors.sameParent" });
    await expectRefused(async () => moveCommitteeAction(c, emptyFormState, form({ parentId: a, effectiveOn: "2009-01-01", version: await version(c) })), { field: "effectiveOn", key: "committeeAdmin.errors.beforeStart" });
  });

  it("refuses a committee as its own ancestor on the date, and a parent that does not exist then", async () => {
    const top = await makeCommittee("YT", "PROVINCE", null);
    const mid = await makeCommittee("YM", "DISTRICT", top);
    const low = await makeCommittee("YL", "COMMUNE", mid);
    const later = await makeCommittee("YN", "PROVINCE", null, "2018-01-01");
    as(admin);
    const move = async (id: string, parentId: string, effectiveOn: string) => moveCommitteeAction(id, emptyFormState, form({ parentId, effectiveOn, version: await version(id) }));
    await expectRefused(async () => move(top, low, "2015-01-01"), { field: "parentId", key: "committeeAdmin.errors.cycle" });
    await expectRefused(async () => move(top, top, "2015-01-01"), { field: "parentId", key: "committeeAdmin.errors.cycle" });
    await expectRefused(async () => move(low, later, "2015-01-01"), { field: "parentId", key: "committeeAdmin.errors.parentNotOnDate" });
    await expectRefused(async () => move(low, "khong-co", "2015-01-01"), { field: "parentId", key: "validation.committee" });
    // Once low has left mid's subtree (from 2016), mid may go under it from then on, not before.
    await expectRedirect(async () => move(low, top, "2016-01-01"));
    await expectRefused(async () => move(mid, low, "2015-06-01"), { field: "parentId", key: "committeeAdmin.errors.cycle" });
    await expectRedirect(async () => move(mid, low, "2016-01-01"));
    expect(await parentsOn("2016-01-01", [low, mid])).toEqual({ [low]: top, [mid]: low });
  });

  it("is enforced by the database too: a committee's parent links cannot overlap", async () => {
    const p = await makeCommittee("XP", "PROVINCE", null);
    const q = await makeCommittee("XQ", "PROVINCE", null);
    const c = await makeCommittee("XC", "DISTRICT", p);
    await expect(db.committeeParent.create({ data: { committeeId: c, parentId: q, validFrom: d("2019-01-01") } })).rejects.toThrow(/committee_parents_no_overlap/);
    await expect(db.committeeParent.create({ data: { committeeId: c, parentId: q, validFrom: d("2005-01-01"), validTo: d("2010-01-01") } })).rejects.toThrow(/committee_parents_no_overlap/);
    // Adjacent spans are fine.
    await db.committeeParent.create({ data: { committeeId: c, parentId: q, validFrom: d("2005-01-01"), validTo: d("2009-12-31") } });
  });
});

describe("ending", () => {
  it("sets the last day, closes the parent link and, with a successor, records a primary transfer", async () => {
    const parent = await makeCommittee("EP", "PROVINCE", null);
    const ended = await makeCommittee("EE", "DISTRICT", parent);
    as(admin);
    await expectRefused(async () => endCommitteeAction(ended, emptyFormState, form({ validTo: "2009-12-31", version: 1 })), { field: "validTo", key: "committeeAdmin.errors.endBeforeStart" });
    await expectRefused(async () => endCommitteeAction(ended, emptyFormState, form({ validTo: "2017-12-31", successorId: ended, version: 1 })), { field: "successorId", key: "committeeAdmin.errors.self" });
    const gone = await makeCommittee("EG", "PROVINCE", null);
    await db.committee.update({ where: { id: gone }, data: { validTo: d("2012-12-31") } });
    await expectRefused(async () => endCommitteeAction(ended, emptyFormState, form({ validTo: "2017-12-31", successorId: gone, version: 1 })), { field: "successorId", key: "committeeAdmin.errors.ended" });
    await expectRedirect(async () => endCommitteeAction(ended, emptyFormState, form({ validTo: "2017-12-31", successorId: parent, version: 1 })));
    expect(await db.committee.findUniqueOrThrow({ where: { id: ended }, select: { validTo: true } })).toEqual({ validTo: d("2017-12-31") });
    expect(await spans(ended)).toEqual([[parent, "2010-01-01", "2017-12-31"]]);
    expect(await db.committeeSuccession.findFirstOrThrow({ where: { predecessorId: ended }, select: { successorId: true, kind: true, primary: true, effectiveOn: true } })).toEqual({
      successorId: parent,
      kind: "TRANSFER",
      primary: true,
      effectiveOn: d("2018-01-01"),
    });
    expect(await db.auditEvent.count({ where: { entity: "committee", entityId: ended, action: "end" } })).toBe(1);
    await expectRefused(async () => endCommitteeAction(ended, emptyFormState, form({ validTo: "2018-12-31", version: 2 })), { field: "validTo", key: "committeeAdmin.errors.ended" });
  });

  it("refuses while committees still sit under it after its last day", async () => {
    const parent = await makeCommittee("HP", "DISTRICT", null);
    await makeCommittee("HC", "COMMUNE", parent);
    as(admin);
    await expectRefused(async () => endCommitteeAction(parent, emptyFormState, form({ validTo: "2017-12-31", version: 1 })), { field: "validTo", key: "committeeAdmin.errors.hasChildren" });
  });
});

describe("merging", () => {
  it("merges several committees into a new one that succeeds each as primary and takes their children", async () => {
    const top = await makeCommittee("GT", "PROVINCE", null);
    const one = await makeCommittee("G1", "DISTRICT", top);
    const two = await makeCommittee("G2", "DISTRICT", top);
    const kid = await makeCommittee("GK", "COMMUNE", two);
    as(admin);
    const to = await expectRedirect(async () =>
      mergeCommitteesAction(one, emptyFormState, form({ "others.0": two, effectiveOn: "2015-07-01", target: "new", name: `T-${tag} Ban hợp nhất G`, shortName: "Ban HN G", kind: "DAN_VAN", parentId: top, version: await version(one) })),
    );
    const merged = idFrom(to);
    expect(to).toMatch(/\?xong=hop-nhat$/);
    for (const source of [one, two]) {
      expect(await db.committee.findUniqueOrThrow({ where: { id: source }, select: { validTo: true } })).toEqual({ validTo: d("2015-06-30") });
      expect(await db.committeeSuccession.findFirstOrThrow({ where: { predecessorId: source }, select: { successorId: true, kind: true, primary: true } })).toEqual({ successorId: merged, kind: "MERGE", primary: true });
    }
    expect(await spans(merged)).toEqual([[top, "2015-07-01", null]]);
    expect(await spans(kid)).toEqual([
      [two, "2010-01-01", "2015-06-30"],
      [merged, "2015-07-01", null],
    ]);
    const scope = await readable(merged);
    expect([one, two, kid, merged].every((id) => scope.has(id))).toBe(true);
    expect(await parentsOn("2015-06-30", [one, two, kid])).toEqual({ [one]: top, [two]: top, [kid]: two });
    expect(await parentsOn("2015-07-01", [one, two, kid, merged])).toEqual({ [one]: undefined, [two]: undefined, [kid]: merged, [merged]: top });
  });

  it("merges into an existing committee; refuses one that has ended, a date before a predecessor's start, a repeated row", async () => {
    const top = await makeCommittee("JT", "PROVINCE", null);
    const source = await makeCommittee("JS", "DISTRICT", top);
    const young = await makeCommittee("JY", "DISTRICT", top, "2016-01-01");
    const target = await makeCommittee("JG", "DISTRICT", top);
    const ended = await makeCommittee("JE", "DISTRICT", null);
    await db.committee.update({ where: { id: ended }, data: { validTo: d("2014-12-31") } });
    as(admin);
    const merge = async (fields: Record<string, string>) =>
      mergeCommitteesAction(source, emptyFormState, form({ effectiveOn: "2017-01-01", target: "existing", version: await version(source), ...fields }));
    await expectRefused(async () => merge({ targetId: ended }), { field: "targetId", key: "committeeAdmin.errors.mergeIntoEnded" });
    await expectRefused(async () => merge({ targetId: target, "others.0": young, effectiveOn: "2016-01-01" }), { field: "effectiveOn", key: "committeeAdmin.errors.successionBeforeStart" });
    await expectRefused(async () => merge({ targetId: target, "others.0": young, "others.1": young }), { field: "others.1", key: "committeeAdmin.errors.repeated" });
    await expectRefused(async () => merge({ targetId: source }), { field: "targetId", key: "committeeAdmin.errors.self" });
    await expectRefused(async () => merge({ target: "new", name: "Một mình", shortName: "MM", kind: "DAN_VAN", parentId: top }), { field: "others.0", key: "committeeAdmin.errors.mergeNeedsOther" });
    await expectRefused(async () => merge({ target: "new", "others.0": young, shortName: "MM", kind: "DAN_VAN", parentId: top }), { field: "name", key: "validation.required" });
    const to = await expectRedirect(async () => merge({ targetId: target, "others.0": young }));
    expect(idFrom(to)).toBe(target);
    expect(await db.committeeSuccession.count({ where: { successorId: target, primary: true, kind: "MERGE" } })).toBe(2);
  });

  it("refuses merging a committee into one below it (a cycle)", async () => {
    const top = await makeCommittee("KT", "PROVINCE", null);
    const district = await makeCommittee("KD", "DISTRICT", top);
    const commune = await makeCommittee("KC", "COMMUNE", district);
    as(admin);
    await expectRefused(
      () => mergeCommitteesAction(district, emptyFormState, form({ effectiveOn: "2017-01-01", target: "existing", targetId: commune, version: 1 })),
      { field: "targetId", key: "committeeAdmin.errors.cycle" },
    );
  });
});

describe("splitting", () => {
  it("splits one committee among a new and an existing successor, exactly one of them primary", async () => {
    const top = await makeCommittee("ST", "PROVINCE", null);
    const source = await makeCommittee("SS", "DISTRICT", top);
    const neighbour = await makeCommittee("SN", "DISTRICT", top);
    as(admin);
    const fields = {
      effectiveOn: "2016-01-01",
      "successors.0.name": `T-${tag} Ban Dân vận mới tách`,
      "successors.0.shortName": "BDV tách",
      "successors.1.committeeId": neighbour,
      version: 1,
    };
    await expectRefused(async () => splitCommitteeAction(source, emptyFormState, form(fields)), { field: "primary", key: "committeeAdmin.errors.onePrimary" });
    await expectRefused(async () => splitCommitteeAction(source, emptyFormState, form({ ...fields, primary: "2" })), { field: "primary", key: "committeeAdmin.errors.onePrimary" });
    await expectRefused(async () => splitCommitteeAction(source, emptyFormState, form({ effectiveOn: "2016-01-01", "successors.1.committeeId": neighbour, primary: "1", version: 1 })), {
      field: "successors",
      key: "committeeAdmin.errors.splitNeedsTwo",
    });
    await expectRefused(async () => splitCommitteeAction(source, emptyFormState, form({ ...fields, "successors.1.committeeId": source, primary: "1" })), { field: "successors.1.committeeId", key: "committeeAdmin.errors.self" });
    await expectRefused(async () => splitCommitteeAction(source, emptyFormState, form({ ...fields, primary: "0", effectiveOn: "2010-01-01" })), { field: "effectiveOn", key: "committeeAdmin.errors.successionBeforeStart" });
    // Two primary successors, as a caller other than the form could ask: refused, nothing written.
    const before = await snapshot();
    const twoPrimaries = splitCommittee(admin, source, {
      effectiveOn: d("2016-01-01"),
      version: 1,
      successors: [
        { row: 0, new: { name: `T-${tag} Ban A`, shortName: "A" }, primary: true },
        { row: 1, existing: neighbour, primary: true },
      ],
    });
    await expect(twoPrimaries).rejects.toBeInstanceOf(RuleViolation);
    await expect(twoPrimaries).rejects.toMatchObject({ code: "committeeAdmin.errors.onePrimary", field: "primary" });
    expect(await snapshot()).toEqual(before);

    await expectRedirect(async () => splitCommitteeAction(source, emptyFormState, form({ ...fields, primary: "1" })));
    const successions = await db.committeeSuccession.findMany({ where: { predecessorId: source }, select: { successorId: true, primary: true, kind: true }, orderBy: { primary: "desc" } });
    expect(successions).toHaveLength(2);
    expect(successions[0]).toEqual({ successorId: neighbour, primary: true, kind: "SPLIT" });
    const created = successions[1]!.successorId;
    expect(await db.committee.findUniqueOrThrow({ where: { id: created }, select: { level: true, validFrom: true } })).toEqual({ level: "DISTRICT", validFrom: d("2016-01-01") });
    expect(await spans(created)).toEqual([[top, "2016-01-01", null]]);
    // The primary successor reads the whole predecessor; the other only its own records.
    expect(await readable(neighbour)).toContain(source);
    expect(await readable(created)).toContain(source);
    expect(await db.committeeSuccession.findFirst({ where: { predecessorId: source, successorId: created, primary: false } })).not.toBeNull();
  });
});

describe("people move with the tree", () => {
  it("lists the users of an ended committee with its active successor, and moves them with one confirmation, audited per user", async () => {
    const old = await makeCommittee("PO", "DISTRICT", null);
    const middle = await makeCommittee("PM", "DISTRICT", null);
    const today = await makeCommittee("PN", "DISTRICT", null);
    const lost = await makeCommittee("PL", "DISTRICT", null);
    const first = await makeUser("move-1", "STAFF", old);
    const second = await makeUser("move-2", "LEADER", old);
    const nowhere = await makeUser("move-3", "STAFF", lost);
    as(admin);
    await expectRedirect(async () => endCommitteeAction(old, emptyFormState, form({ validTo: "2014-12-31", successorId: middle, version: 1 })));
    await expectRedirect(async () => endCommitteeAction(middle, emptyFormState, form({ validTo: "2016-12-31", successorId: today, version: 1 })));
    await expectRedirect(async () => endCommitteeAction(lost, emptyFormState, form({ validTo: "2016-12-31", version: 1 })));
    const pending = (await listPendingUserMoves(admin)).filter((move) => move.email.endsWith(`-${tag}@test.vn`));
    expect(pending.map((move) => [move.userId, move.fromId, move.toId]).sort()).toEqual(
      [
        [first.id, old, today],
        [second.id, old, today],
        [nowhere.id, lost, null],
      ].sort(),
    );
    expect(await countPendingUserMoves(admin)).toBeGreaterThanOrEqual(3);
    expect(await countPendingUserMoves({ ...second, committeeLevel: "PROVINCE" })).toBe(0);

    const pairs = pending.filter((move) => move.toId).map((move) => `${move.userId}:${move.version}`).join(",");
    // Someone changed in between: the whole confirmation is refused.
    await db.user.update({ where: { id: first.id }, data: { version: { increment: 1 } } });
    await expectRefused(async () => confirmUserMovesAction(emptyFormState, form({ users: pairs })), { key: "validation.stale" });
    const fresh = (await listPendingUserMoves(admin)).filter((move) => move.toId && move.email.endsWith(`-${tag}@test.vn`));
    const epochs = await db.user.findMany({ where: { id: { in: [first.id, second.id] } }, select: { id: true, sessionEpoch: true } });
    const to = await expectRedirect(async () => confirmUserMovesAction(emptyFormState, form({ users: fresh.map((move) => `${move.userId}:${move.version}`).join(",") })));
    expect(to).toBe("/quan-tri/nguoi-dung/cho-chuyen?da_chuyen=2");
    for (const user of [first, second]) {
      const after = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { committeeId: true, sessionEpoch: true } });
      expect(after.committeeId).toBe(today);
      expect(after.sessionEpoch).toBe(epochs.find((e) => e.id === user.id)!.sessionEpoch + 1);
      expect(await db.auditEvent.findFirstOrThrow({ where: { entity: "user", entityId: user.id, action: "move" }, select: { before: true, after: true } })).toEqual({ before: { committeeId: old }, after: { committeeId: today } });
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: nowhere.id } })).committeeId).toBe(lost);
    expect((await listPendingUserMoves(admin)).filter((move) => move.email.endsWith(`-${tag}@test.vn`)).map((move) => move.userId)).toEqual([nowhere.id]);
  });

  it("is the admins' alone", async () => {
    const leader = await makeUser("move-leader", "LEADER", await makeCommittee("PQ", "PROVINCE", null));
    as({ ...leader, committeeLevel: "PROVINCE" });
    expect((await outcome(() => confirmUserMovesAction(emptyFormState, form({ users: `${leader.id}:1` })))).kind).toBe("notFound");
  });
});

describe("accounts run by each province", () => {
  let province: string;
  let district: string;
  let commune: string;
  let otherProvince: string;
  let leader: Viewer;
  let inCommune: Viewer;
  let outside: Viewer;
  let adminBelow: Viewer;

  beforeAll(async () => {
    province = await makeCommittee("AP", "PROVINCE", null);
    district = await makeCommittee("AD", "DISTRICT", province);
    commune = await makeCommittee("AC", "COMMUNE", district);
    otherProvince = await makeCommittee("AX", "PROVINCE", null);
    leader = { ...(await makeUser("acc-leader", "LEADER", province)), committeeLevel: "PROVINCE" };
    inCommune = await makeUser("acc-commune", "STAFF", commune);
    outside = await makeUser("acc-outside", "STAFF", otherProvince);
    adminBelow = await makeUser("acc-admin", "ADMIN", district);
  });

  const create = (committeeId: string, role: Role = "STAFF") =>
    createUserAction(emptyFormState, form({ email: `new-${committeeId.slice(-6)}-${role}-${tag}@test.vn`.toLowerCase(), name: "Cán bộ mới", role, committeeId, password: "Mot-mat-khau-dai" }));

  it("lets a province leader create accounts in their subtree, never above or beside it, never an admin", async () => {
    as(leader);
    const to = await expectRedirect(async () => create(commune));
    expect(to).toMatch(/^\/quan-tri\/nguoi-dung\/.+\?saved=1$/);
    await expectRefused(async () => create(otherProvince), { field: "committeeId", key: "accounts.outsideSubtree" });
    await expectRefused(async () => create(commune, "ADMIN"), { field: "role", key: "accounts.roleNotAllowed" });
    const choices = (await listCommitteeChoices(leader)).map((c) => c.id);
    expect(choices.sort()).toEqual([province, district, commune].sort());
  });

  it("refuses leaders of other levels and other roles of the province", async () => {
    const districtLeader: Viewer = { ...(await makeUser("acc-dl", "LEADER", district)), committeeLevel: "DISTRICT" };
    const provinceStaff: Viewer = { ...(await makeUser("acc-ps", "STAFF", province)), committeeLevel: "PROVINCE" };
    for (const who of [districtLeader, provinceStaff, { ...leader, committeeLevel: undefined }]) {
      as(who);
      const before = await snapshot();
      expect((await outcome(() => create(commune))).kind).toBe("notFound");
      expect(await snapshot()).toEqual(before);
    }
  });

  it("scopes the leader's user list and pages to the subtree, without admin accounts", async () => {
    const list = await listUsers(leader, userListSchema.parse({ q: tag }));
    const ids = list.rows.map((row) => row.id);
    expect(ids).toContain(inCommune.id);
    expect(ids).toContain(leader.id);
    expect(ids).not.toContain(outside.id);
    expect(ids).not.toContain(adminBelow.id);
    expect(Number(list.totals.ADMIN)).toBe(0);
    await expect(getUser(leader, outside.id)).rejects.toMatchObject({ message: "user not found" });
    await expect(getUser(leader, adminBelow.id)).rejects.toMatchObject({ message: "user not found" });
    expect((await getUser(leader, inCommune.id)).id).toBe(inCommune.id);
  });

  it("lets the leader disable and reset accounts of the subtree: a one-time password, to be changed at sign-in", async () => {
    as(leader);
    const read = () => db.user.findUniqueOrThrow({ where: { id: inCommune.id }, select: { version: true, disabledAt: true, passwordHash: true, mustChangePassword: true, sessionEpoch: true } });
    const start = await read();
    await expectRedirect(async () => setUserDisabledAction(inCommune.id, emptyFormState, form({ disabled: "true", version: start.version })));
    const disabled = await read();
    expect(disabled.disabledAt).toBeInstanceOf(Date);
    await expectRedirect(async () => setUserDisabledAction(inCommune.id, emptyFormState, form({ disabled: "false", version: disabled.version })));
    const enabled = await read();
    const reset = await outcome(() => resetPasswordAction(inCommune.id, emptyFormState, form({ version: enabled.version })));
    expect(reset.kind).toBe("state");
    const password = (reset as { state: FormState }).state.shownOnce?.password ?? "";
    expect(password).toMatch(/^[A-Za-z2-9]{4}-[A-Za-z2-9]{4}-[A-Za-z2-9]{4}$/);
    const after = await read();
    expect(after.mustChangePassword).toBe(true);
    expect(after.sessionEpoch).toBe(enabled.sessionEpoch + 1);
    expect(await verifyPassword(after.passwordHash, password)).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: inCommune.id, action: "reset_password" }, orderBy: { id: "desc" }, select: { actorId: true, after: true } });
    expect(audit.actorId).toBe(leader.id);
    expect(JSON.stringify(audit.after)).not.toContain(password);
    // The user signs in with it and must choose their own: that clears the flag.
    as({ ...inCommune, email: inCommune.email });
    await expectRedirect(async () => changeOwnPasswordAction(emptyFormState, form({ currentPassword: password, password: "Mat-khau-cua-toi-2026", confirm: "Mat-khau-cua-toi-2026" })));
    expect((await read()).mustChangePassword).toBe(false);
  });

  it("never lets the leader touch accounts outside the subtree or an admin's", async () => {
    as(leader);
    for (const target of [outside, adminBelow]) {
      const { version: v } = await db.user.findUniqueOrThrow({ where: { id: target.id }, select: { version: true } });
      const before = await snapshot();
      for (const run of [
        () => setUserDisabledAction(target.id, emptyFormState, form({ disabled: "true", version: v })),
        () => resetPasswordAction(target.id, emptyFormState, form({ version: v })),
        () => updateUserAction(target.id, emptyFormState, form({ name: "Đổi tên", role: "STAFF", committeeId: commune, version: v })),
      ]) {
        expect((await outcome(run)).kind).toBe("notFound");
      }
      expect(await snapshot()).toEqual(before);
    }
    // Moving an account of the subtree out of it, or raising it to admin, is refused at the field.
    const { version: v } = await db.user.findUniqueOrThrow({ where: { id: inCommune.id }, select: { version: true } });
    await expectRefused(async () => updateUserAction(inCommune.id, emptyFormState, form({ name: inCommune.name, role: "STAFF", committeeId: otherProvince, version: v })), { field: "committeeId", key: "accounts.outsideSubtree" });
    await expectRefused(async () => updateUserAction(inCommune.id, emptyFormState, form({ name: inCommune.name, role: "ADMIN", committeeId: commune, version: v })), { field: "role", key: "accounts.roleNotAllowed" });
  });

  it("keeps an admin's reset the same: a one-time password, never for the admin's own account", async () => {
    as(admin);
    const { version: v } = await db.user.findUniqueOrThrow({ where: { id: outside.id }, select: { version: true } });
    const reset = await outcome(() => resetPasswordAction(outside.id, emptyFormState, form({ version: v })));
    expect((reset as { state: FormState }).state.shownOnce?.password).toBeTruthy();
    const own = await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { version: true } });
    await expectRefused(async () => resetPasswordAction(admin.id, emptyFormState, form({ version: own.version })), { field: "password", key: "validation.resetOwnPassword" });
  });
});
