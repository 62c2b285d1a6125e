// Partners: scope per role in SQL, create and edit through the server actions
// (messages at the field, nothing written on bad input, stale edits refused),
// merging duplicates (every link moves, audited), search without diacritics.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/policy";
import { emptyFormState } from "@/lib/actions/form-state";
import { createPartnerAction, mergePartnerAction, updatePartnerAction } from "@/lib/actions/partners";
import { exportPartners, listPartners } from "@/lib/data/partner-list";
import { viTranslator as t } from "@/lib/i18n/vietnamese";
import { partnerListSchema } from "@/lib/validation/partner-list";
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
const ids: Record<"P" | "D" | "X", string> = { P: "", D: "", X: "" };

const as = (viewer: Viewer | null) => {
  session.viewer = viewer;
};

async function partner(committeeId: string, name: string, kind: "FATHERLAND_FRONT" | "WOMEN_UNION" = "FATHERLAND_FRONT") {
  return (await db.partner.create({ data: { committeeId, name, shortName: name.slice(0, 20), kind }, select: { id: true } })).id;
}

beforeAll(async () => {
  ({ tree, users, tag } = await makeTree(db));
  ids.P = await partner(tree.P, `Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh ${tag}`);
  ids.D = await partner(tree.D, `Hội Liên hiệp Phụ nữ huyện ${tag}`, "WOMEN_UNION");
  ids.X = await partner(tree.X, `Ủy ban Mặt trận Tổ quốc tỉnh khác ${tag}`);
});
afterAll(() => db.$disconnect());

const valid = (committeeId: string, name = `Đoàn Thanh niên ${tag}`) => ({
  name,
  shortName: "Đoàn TN",
  kind: "YOUTH_UNION",
  committeeId,
  address: "Số 1 đường Lê Lợi",
  phone: "0296 3852 000",
  email: "doan@example.vn",
});

describe("listPartners", () => {
  it("shows each role the partners of the committees it may read, in SQL", async () => {
    const seen = async (viewer: Viewer) => (await listPartners(viewer, partnerListSchema.parse({ q: tag }))).rows.map((r) => r.id).sort();
    expect(await seen(users.leader)).toEqual([ids.P, ids.D].sort());
    expect(await seen(users.staff)).toEqual([ids.P, ids.D].sort());
    expect(await seen(users.childStaff)).toEqual([ids.D]);
    expect(await seen(users.editor)).toEqual([]);
    expect(await seen(users.admin)).toEqual([ids.P, ids.D, ids.X].sort());
    const exported = await exportPartners(users.childStaff, partnerListSchema.parse({ q: tag }));
    expect(exported.totals.partners).toBe(1n);
  });

  it("finds names whatever their diacritics and case, and counts per kind", async () => {
    for (const q of ["mat tran", "MAT TRAN to quoc", "Mặt trận", "hoi lien hiep phu nu"]) {
      const list = await listPartners(users.admin, partnerListSchema.parse({ q: `${q}` }));
      const names = list.rows.map((r) => r.name);
      expect(names.some((name) => name.includes(tag)), q).toBe(true);
    }
    const front = await listPartners(users.admin, partnerListSchema.parse({ q: `mat tran to quoc viet nam tinh ${tag}` }));
    expect(front.rows.map((r) => r.id)).toEqual([ids.P]);
    const all = await listPartners(users.admin, partnerListSchema.parse({ q: tag }));
    expect(all.totals).toMatchObject({ partners: 3n, FATHERLAND_FRONT: 2n, WOMEN_UNION: 1n, POLICE: 0n });
    const byKind = await listPartners(users.admin, partnerListSchema.parse({ q: tag, loai: "WOMEN_UNION", ban: tree.D }));
    expect(byKind.rows.map((r) => r.id)).toEqual([ids.D]);
  });
});

describe("createPartnerAction and updatePartnerAction", () => {
  it("lets a leader create a partner of their committee, audited", async () => {
    as(users.leader);
    const result = await outcome(() => createPartnerAction(emptyFormState, form(valid(tree.P))));
    expect(result.kind).toBe("redirect");
    const created = await db.partner.findFirstOrThrow({ where: { name: `Đoàn Thanh niên ${tag}` }, select: { id: true, committeeId: true, phone: true, email: true } });
    expect(created).toMatchObject({ committeeId: tree.P, phone: "0296 3852 000", email: "doan@example.vn" });
    expect(await db.auditEvent.count({ where: { entity: "partner", entityId: created.id, action: "create", actorId: users.leader.id } })).toBe(1);
  });

  it("answers bad input at its field in Vietnamese, keeps the values and writes nothing", async () => {
    as(users.staff);
    const before = await db.partner.count();
    const bad = { ...valid(tree.P, ""), kind: "NOPE", email: "khong-phai-email", phone: "abc" };
    const result = await outcome(() => createPartnerAction(emptyFormState, form(bad)));
    expect(result).toMatchObject({
      kind: "state",
      state: {
        fieldErrors: { name: t("validation.required"), kind: t("validation.partnerKind"), email: t("auth.errors.emailInvalid"), phone: t("validation.phone") },
        values: { email: "khong-phai-email", shortName: "Đoàn TN" },
      },
    });
    // Another committee (one the staff member may not act for) is refused at its field.
    const other = await outcome(() => createPartnerAction(emptyFormState, form(valid(tree.X, `Khác ${tag}`))));
    expect(other).toMatchObject({ kind: "state", state: { fieldErrors: { committeeId: t("validation.committee") } } });
    // A name the committee already has.
    const twice = await outcome(() => createPartnerAction(emptyFormState, form(valid(tree.P))));
    expect(twice).toMatchObject({ kind: "state", state: { fieldErrors: { name: t("validation.partnerNameTaken") } } });
    expect(await db.partner.count()).toBe(before);
  });

  it("edits with the version the form saw and refuses a stale edit", async () => {
    as(users.staff);
    const { version } = await db.partner.findUniqueOrThrow({ where: { id: ids.P }, select: { version: true } });
    const input = { ...valid(tree.P, `Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh ${tag}`), kind: "FATHERLAND_FRONT", version };
    const first = await outcome(() => updatePartnerAction(ids.P, emptyFormState, form({ ...input, address: "Số 2 đường Trần Hưng Đạo" })));
    expect(first).toEqual({ kind: "redirect", to: `/doi-tac/${ids.P}?saved=1` });
    const stale = await outcome(() => updatePartnerAction(ids.P, emptyFormState, form({ ...input, address: "Cũ" })));
    expect(stale).toMatchObject({ kind: "state", state: { formError: t("validation.stale") } });
    expect(await db.partner.findUniqueOrThrow({ where: { id: ids.P }, select: { address: true, version: true } })).toEqual({ address: "Số 2 đường Trần Hưng Đạo", version: version + 1 });
    expect(await db.auditEvent.count({ where: { entity: "partner", entityId: ids.P, action: "update" } })).toBe(1);
  });

  it("refuses edits outside the viewer's own committee: 404 when unreadable, a message when only readable", async () => {
    as(users.leader);
    const { version } = await db.partner.findUniqueOrThrow({ where: { id: ids.X }, select: { version: true } });
    expect(await outcome(() => updatePartnerAction(ids.X, emptyFormState, form({ ...valid(tree.X, "x"), version })))).toEqual({ kind: "notFound" });
    const child = await db.partner.findUniqueOrThrow({ where: { id: ids.D }, select: { version: true, name: true } });
    const refused = await outcome(() => updatePartnerAction(ids.D, emptyFormState, form({ ...valid(tree.D, "Đổi tên"), version: child.version })));
    expect(refused).toMatchObject({ kind: "state", state: { formError: t("validation.partnerNotYours") } });
    expect(await db.partner.findUniqueOrThrow({ where: { id: ids.D }, select: { version: true, name: true } })).toEqual(child);
  });
});

describe("mergePartnerAction", () => {
  it("moves every link to the survivor in one transaction, skips duplicate activity links, deletes the duplicate and audits both ids", async () => {
    const survivor = await partner(tree.P, `Hội Nông dân tỉnh ${tag}`);
    const duplicate = await partner(tree.P, `Hội Nông Dân Tỉnh (trùng) ${tag}`);
    const agreement = await db.agreement.create({
      data: { committeeId: tree.P, title: `Chương trình ${tag}`, signedOn: new Date("2024-01-02"), validFrom: new Date("2024-01-02"), parties: { create: [{ partnerId: duplicate }] } },
      select: { id: true },
    });
    const conference = await db.conference.create({
      data: { committeeId: tree.P, kind: "BRIEFING", title: `Giao ban ${tag}`, heldOn: new Date("2024-02-01"), coHosts: { create: [{ partnerId: duplicate }] } },
      select: { id: true },
    });
    const house = await db.houseHandover.create({
      data: { committeeId: tree.P, programmeId: "programme-dai-doan-ket", householdName: "Hộ ông A", commune: "Xã B", valueVnd: 60_000_000n, fundings: { create: [{ contributorPartnerId: duplicate, amountVnd: 10_000_000n }] } },
      select: { id: true },
    });
    const indicator = await db.indicator.create({ data: { code: `I-${tag}`, name: `Chỉ số ${tag}`, unit: "suất", source: "ACTIVITY_QUANTITY" }, select: { id: true } });
    const activity = (title: string, partners: string[]) =>
      db.activity.create({
        data: { committeeId: tree.P, indicatorId: indicator.id, title, occurredOn: new Date("2024-03-01"), quantity: 1, partners: { create: partners.map((partnerId) => ({ partnerId })) } },
        select: { id: true },
      });
    const both = await activity("Tặng quà", [survivor, duplicate]);
    const onlyDuplicate = await activity("Khám bệnh", [duplicate]);

    // Staff may not merge; a partner cannot be merged into itself.
    as(users.staff);
    const version = (await db.partner.findUniqueOrThrow({ where: { id: survivor }, select: { version: true } })).version;
    expect(await outcome(() => mergePartnerAction(survivor, emptyFormState, form({ duplicateId: duplicate, version })))).toMatchObject({
      kind: "state",
      state: { formError: t("validation.partnerMergeNotAllowed") },
    });
    as(users.leader);
    expect(await outcome(() => mergePartnerAction(survivor, emptyFormState, form({ duplicateId: survivor, version })))).toMatchObject({
      kind: "state",
      state: { fieldErrors: { duplicateId: t("validation.partnerMergeSelf") } },
    });
    // Nor one of another province, nor one the leader only reads (a child committee's).
    for (const other of [ids.X, ids.D]) {
      expect(await outcome(() => mergePartnerAction(survivor, emptyFormState, form({ duplicateId: other, version })))).toMatchObject({
        kind: "state",
        state: { fieldErrors: { duplicateId: t("validation.partnerDuplicate") } },
      });
    }
    expect(await db.partner.count({ where: { id: { in: [duplicate, ids.X, ids.D] } } })).toBe(3);

    const merged = await outcome(() => mergePartnerAction(survivor, emptyFormState, form({ duplicateId: duplicate, version })));
    expect(merged).toEqual({ kind: "redirect", to: `/doi-tac/${survivor}?merged=1` });
    expect(await db.partner.findUnique({ where: { id: duplicate } })).toBeNull();
    expect(await db.agreementParty.findMany({ where: { agreementId: agreement.id }, select: { partnerId: true } })).toEqual([{ partnerId: survivor }]);
    expect(await db.conferenceCoHost.findMany({ where: { conferenceId: conference.id }, select: { partnerId: true } })).toEqual([{ partnerId: survivor }]);
    expect(await db.houseFunding.findMany({ where: { houseId: house.id }, select: { contributorPartnerId: true } })).toEqual([{ contributorPartnerId: survivor }]);
    expect(await db.activityPartner.findMany({ where: { activityId: { in: [both.id, onlyDuplicate.id] } }, select: { activityId: true, partnerId: true }, orderBy: { activityId: "asc" } })).toEqual(
      [both.id, onlyDuplicate.id].sort().map((activityId) => ({ activityId, partnerId: survivor })),
    );
    const event = await db.auditEvent.findFirstOrThrow({ where: { entity: "partner", action: "merge", entityId: survivor }, select: { actorId: true, after: true } });
    expect(event).toMatchObject({ actorId: users.leader.id, after: { survivorId: survivor, mergedId: duplicate, moved: { agreementParties: 1, conferenceCoHosts: 1, houseFundings: 1, activityPartners: 1 } } });
    // The survivor's version moved on: the form that merged is now stale.
    expect(await outcome(() => mergePartnerAction(survivor, emptyFormState, form({ duplicateId: ids.P, version })))).toMatchObject({ kind: "state", state: { formError: t("validation.stale") } });
  });
});
