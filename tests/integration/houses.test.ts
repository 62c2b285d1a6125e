// House handovers (/ho-so/nha) against a real PostgreSQL, through the server
// actions: a valid house saved once with its contributions and photo; each
// kind of bad input refused with its message and nothing written; locked
// periods, stale versions and other committees' houses; the database's own
// refusals (CHECKs and the deferred trigger); the household as personal data
// (funders read the house without it, exports leave it out unless a leader
// asks, a leader erases it); the list's scope, filters and SQL totals; the
// programmes admins keep.
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as photoRoute } from "@/app/(workspace)/ho-so/nha/[id]/anh/[photoId]/route";
import { GET as exportRoute } from "@/app/api/xuat/nha/route";
import type { Viewer } from "@/lib/auth/policy";
import { emptyFormState, type FormState } from "@/lib/actions/form-state";
import { createHouseAction, eraseHouseholdAction, updateHouseAction } from "@/lib/actions/houses";
import { createHousingProgrammeAction, updateHousingProgrammeAction } from "@/lib/actions/housing-programmes";
import { deleteRecordAction } from "@/lib/actions/records";
import { exportHouses, listHouses } from "@/lib/data/house-list";
import { getHouse, houseFormChoices, readHousePhoto } from "@/lib/data/houses";
import { listHousingProgrammes } from "@/lib/data/housing-programmes";
import { lockReportPeriod } from "@/lib/data/records/period-locks";
import { recordHistory } from "@/lib/data/records/history";
import { viTranslator as t } from "@/lib/i18n/vietnamese";
import { houseExportSchema, houseListSchema } from "@/lib/validation/house-list";
import { PASSWORD, makeTree, outcome, testDb, type Tree, type Users } from "./support/fixtures";
import { session } from "./support/next-mocks";
import { hashPassword } from "@/lib/auth/password";

vi.mock("@/lib/auth/viewer", async () => (await import("./support/next-mocks")).viewerModule);
vi.mock("next-intl/server", async () => (await import("./support/next-mocks")).i18nModule);
vi.mock("next/cache", async () => (await import("./support/next-mocks")).cacheModule);
vi.mock("next/headers", async () => (await import("./support/next-mocks")).headersModule);

const db = testDb();
let tree: Tree;
let users: Users;
let tag: string;
/** Staff of the other province X. */
let otherStaff: Viewer;
let partnerId: string;
let jpeg: Uint8Array;

const PROGRAMME = "programme-nghia-tinh-dan-van";
const as = (viewer: Viewer | null) => {
  session.viewer = viewer;
};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

beforeAll(async () => {
  ({ tree, users, tag } = await makeTree(db));
  const created = await db.user.create({
    data: { email: `xstaff-${tag}@test.vn`, name: `xstaff ${tag}`, role: "STAFF", committeeId: tree.X, passwordHash: await hashPassword(PASSWORD) },
    select: { id: true, email: true, name: true },
  });
  otherStaff = { ...created, role: "STAFF", committeeId: tree.X };
  partnerId = (await db.partner.create({ data: { committeeId: tree.P, name: `Hội Nông dân tỉnh ${tag}`, shortName: "HND", kind: "FARMERS_UNION" }, select: { id: true } })).id;
  jpeg = new Uint8Array(await sharp({ create: { width: 640, height: 480, channels: 3, background: "#b91c1c" } }).jpeg().toBuffer());
  // Tháng 3/2025 of province P: approved and locked.
  const period = await db.reportingPeriod.create({
    data: { kind: "MONTH", year: 2025, sequence: 3, label: "Tháng 3/2025", startsOn: day("2025-03-01"), endsOn: day("2025-03-31"), committeeId: tree.P },
    select: { id: true },
  });
  const report = await db.periodReport.create({
    data: { committeeId: tree.P, periodId: period.id, status: "APPROVED", submittedAt: new Date("2000-01-03T03:00:00Z"), approvedAt: new Date("2025-04-02T03:00:00Z"), approvedBy: users.leader.id },
    select: { id: true },
  });
  await db.$transaction((tx) => lockReportPeriod(tx, report.id));
});
afterAll(() => db.$disconnect());

/** The form as a phone sends it: 950 triệu, two contributions, handed over. */
function houseForm(values: Record<string, string> = {}, photos: File[] = []): FormData {
  const fields: Record<string, string> = {
    committeeId: tree.P,
    programmeId: PROGRAMME,
    work: "NEW",
    householdName: `Hộ bà Néang ${tag}`,
    householdCategory: "ETHNIC_MINORITY",
    commune: `Xã Lương Phi ${tag}`,
    address: "Ấp Phước Lộc",
    value: "950 triệu",
    status: "HANDED_OVER",
    startedOn: "2024-05-02",
    handedOverOn: "2024-06-20",
    "fundings.0.contributor": `committee:${tree.P}`,
    "fundings.0.name": "",
    "fundings.0.amount": "500tr",
    "fundings.1.contributor": "other",
    "fundings.1.name": `Doanh nghiệp Phúc An ${tag}`,
    "fundings.1.amount": "450.000.000",
    "fundings.2.contributor": "",
    "fundings.2.name": "",
    "fundings.2.amount": "",
    ...values,
  };
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  for (const photo of photos) data.append("photos", photo);
  return data;
}

const photo = (bytes: Uint8Array = jpeg, name = "nha.jpg", type = "image/jpeg") => new File([new Uint8Array(bytes)], name, { type });

async function countsFor(commune: string) {
  const houses = await db.houseHandover.findMany({ where: { commune }, select: { id: true } });
  const ids = houses.map((h) => h.id);
  return {
    houses: houses.length,
    fundings: await db.houseFunding.count({ where: { houseId: { in: ids } } }),
    photos: await db.recordPhoto.count({ where: { houseId: { in: ids } } }),
  };
}

/** Creates a house through the action; returns its id. */
async function created(viewer: Viewer, values: Record<string, string> = {}, photos: File[] = []): Promise<string> {
  as(viewer);
  const result = await outcome(() => createHouseAction(emptyFormState, houseForm(values, photos)));
  if (result.kind !== "redirect") throw new Error(`expected a redirect, got ${JSON.stringify(result)}`);
  return /\/ho-so\/nha\/([^?]+)\?saved=1$/.exec(result.to)![1]!;
}

async function refused(run: () => Promise<FormState>): Promise<FormState> {
  const result = await outcome(run);
  if (result.kind !== "state") throw new Error(`expected a refusal, got ${JSON.stringify(result)}`);
  return result.state;
}

describe("createHouseAction", () => {
  it("saves a valid house once, with its two contributions, its photo (re-encoded, thumbnail) and an audit event", async () => {
    const commune = `Xã Lương Phi ${tag} A`;
    const id = await created(users.staff, { commune }, [photo()]);
    expect(await countsFor(commune)).toEqual({ houses: 1, fundings: 2, photos: 1 });
    const house = await getHouse(users.staff, id);
    expect(house).toMatchObject({ valueVnd: 950_000_000n, status: "HANDED_OVER", committeeId: tree.P, shared: false, canUpdate: true, canCorrectHousehold: false });
    expect(house.household).toMatchObject({ name: `Hộ bà Néang ${tag}`, category: "ETHNIC_MINORITY", address: "Ấp Phước Lộc" });
    expect(house.fundings.map((f) => [f.kind, f.amountVnd])).toEqual([
      ["committee", 500_000_000n],
      ["other", 450_000_000n],
    ]);
    const stored = await db.recordPhoto.findFirstOrThrow({ where: { houseId: id }, select: { file: { select: { contentType: true, width: true, thumbnail: true } } } });
    expect(stored.file.contentType).toBe("image/webp");
    expect(stored.file.thumbnail?.byteLength).toBeGreaterThan(0);
    expect(await db.auditEvent.count({ where: { entity: "house", entityId: id, action: "create", actorId: users.staff.id } })).toBe(1);
    const row = await db.houseHandover.findUniqueOrThrow({ where: { id }, select: { createdById: true, updatedById: true } });
    expect(row).toEqual({ createdById: users.staff.id, updatedById: users.staff.id });
  });

  it("refuses missing fields with their messages, keeps what was typed (funding rows too) and writes nothing", async () => {
    const commune = `Xã thiếu ${tag}`;
    as(users.staff);
    const state = await refused(() =>
      createHouseAction(emptyFormState, houseForm({ commune, householdName: "", programmeId: "", value: "", "fundings.1.name": "" })),
    );
    expect(state.fieldErrors).toMatchObject({
      householdName: t("validation.required"),
      programmeId: t("validation.houseProgramme"),
      value: t("validation.required"),
      "fundings.1.name": t("validation.houseFundingName"),
    });
    expect(state.values).toMatchObject({ commune, "fundings.0.amount": "500tr", "fundings.1.contributor": "other" });
    expect(await countsFor(commune)).toEqual({ houses: 0, fundings: 0, photos: 0 });
  });

  it("refuses negative and non-numeric money in the value and the contributions", async () => {
    const commune = `Xã tiền ${tag}`;
    as(users.staff);
    const state = await refused(() => createHouseAction(emptyFormState, houseForm({ commune, value: "-950 triệu", "fundings.0.amount": "năm trăm" })));
    expect(state.fieldErrors).toMatchObject({ value: t("validation.moneyNegative"), "fundings.0.amount": t("validation.money") });
    expect(await countsFor(commune)).toEqual({ houses: 0, fundings: 0, photos: 0 });
  });

  it("refuses contributions that do not add up to the value once handed over, and a handed-over house without its date", async () => {
    const commune = `Xã cộng ${tag}`;
    as(users.staff);
    const sum = await refused(() => createHouseAction(emptyFormState, houseForm({ commune, "fundings.1.amount": "400tr" })));
    expect(sum.fieldErrors).toEqual({ fundings: t("validation.houseFundingsSum") });
    const undated = await refused(() => createHouseAction(emptyFormState, houseForm({ commune, handedOverOn: "" })));
    expect(undated.fieldErrors).toEqual({ handedOverOn: t("validation.houseHandedOverOn") });
    expect(await countsFor(commune)).toEqual({ houses: 0, fundings: 0, photos: 0 });
    // Still being built: contributions so far need not add up, and no date of handover is kept.
    const id = await created(users.staff, { commune, status: "BUILDING", "fundings.1.amount": "100tr" });
    expect(await db.houseHandover.findUniqueOrThrow({ where: { id }, select: { handedOverOn: true, status: true } })).toEqual({ handedOverOn: null, status: "BUILDING" });
  });

  it("refuses a date in a locked period, naming the report and its approver", async () => {
    const commune = `Xã khóa ${tag}`;
    as(users.staff);
    const state = await refused(() => createHouseAction(emptyFormState, houseForm({ commune, handedOverOn: "2025-03-15", startedOn: "" })));
    expect(state.fieldErrors.handedOverOn).toContain(users.leader.name);
    expect(state.fieldErrors.handedOverOn).toContain("Tháng 3/2025");
    expect(await countsFor(commune)).toEqual({ houses: 0, fundings: 0, photos: 0 });
  });

  it("refuses an oversized photo and a file that is not an image, writing nothing", async () => {
    const commune = `Xã ảnh ${tag}`;
    as(users.staff);
    const fake = await refused(() => createHouseAction(emptyFormState, houseForm({ commune }, [photo(new TextEncoder().encode("<html>không phải ảnh</html>"), "nha.jpg")])));
    expect(fake.fieldErrors.photos).toBe(t("validation.photoNotImage"));
    const big = await refused(() => createHouseAction(emptyFormState, houseForm({ commune }, [photo(new Uint8Array(10 * 1024 * 1024 + 1), "lon.jpg")])));
    expect(big.fieldErrors.photos).toBe(t("validation.photoTooLarge"));
    expect(await countsFor(commune)).toEqual({ houses: 0, fundings: 0, photos: 0 });
    expect(await db.storedFile.count({ where: { originalName: { in: ["nha.jpg", "lon.jpg"] }, createdById: users.staff.id, photo: null } })).toBe(0);
  });

  it("refuses another province's committee, a child committee, and a programme no longer in use", async () => {
    const commune = `Xã khác ${tag}`;
    as(users.staff);
    expect((await refused(() => createHouseAction(emptyFormState, houseForm({ commune, committeeId: tree.X })))).fieldErrors.committeeId).toBe(t("validation.recordCommittee"));
    expect((await refused(() => createHouseAction(emptyFormState, houseForm({ commune, committeeId: tree.D })))).fieldErrors.committeeId).toBe(t("validation.recordCommittee"));
    const retired = await db.housingProgramme.create({ data: { name: `Nhà cũ ${tag}`, slug: `nha-cu-${tag}`, active: false }, select: { id: true } });
    expect((await refused(() => createHouseAction(emptyFormState, houseForm({ commune, programmeId: retired.id })))).fieldErrors.programmeId).toBe(t("validation.houseProgramme"));
    expect((await refused(() => createHouseAction(emptyFormState, houseForm({ commune, "fundings.0.contributor": "committee:no-such-committee" })))).fieldErrors["fundings.0.contributor"]).toBe(
      t("validation.houseFundingContributor"),
    );
    expect(await countsFor(commune)).toEqual({ houses: 0, fundings: 0, photos: 0 });
  });
});

describe("updateHouseAction", () => {
  it("saves an edit: contributions replaced, a photo added, another removed, the change audited without touching the household", async () => {
    const commune = `Xã sửa ${tag}`;
    const id = await created(users.staff, { commune }, [photo()]);
    const before = await getHouse(users.staff, id);
    as(users.staff);
    const result = await outcome(() =>
      updateHouseAction(
        id,
        emptyFormState,
        (() => {
          const data = houseForm({
            commune,
            version: String(before.version),
            value: "1 tỷ",
            "fundings.0.amount": "600tr",
            "fundings.1.contributor": `partner:${partnerId}`,
            "fundings.1.amount": "400tr",
            [`removePhoto.${before.photos[0]!.id}`]: "1",
          }, [photo()]);
          // Staff do not correct the household: the edit form leaves it out.
          data.delete("householdName");
          data.delete("householdCategory");
          data.delete("address");
          return data;
        })(),
      ),
    );
    expect(result).toEqual({ kind: "redirect", to: `/ho-so/nha/${id}?saved=1` });
    const after = await getHouse(users.staff, id);
    expect(after.valueVnd).toBe(1_000_000_000n);
    expect(after.version).toBe(before.version + 1);
    expect(after.household).toMatchObject({ name: `Hộ bà Néang ${tag}`, address: "Ấp Phước Lộc" });
    expect(after.fundings.map((f) => [f.kind, f.amountVnd])).toEqual([
      ["committee", 600_000_000n],
      ["partner", 400_000_000n],
    ]);
    expect(after.photos.map((p) => p.id)).not.toContain(before.photos[0]!.id);
    expect(after.photos).toHaveLength(1);
    const [change] = await recordHistory("house", id);
    expect(change).toMatchObject({ action: "update", before: { valueVnd: "950000000" }, after: { valueVnd: "1000000000", photosAdded: "1", photosRemoved: "1" } });
    expect(Object.keys(change!.after!)).not.toContain("householdName");
  });

  it("refuses a stale version naming who saved first, and keeps both versions' texts apart", async () => {
    const commune = `Xã cũ ${tag}`;
    const id = await created(users.staff, { commune });
    const { version } = await getHouse(users.staff, id);
    as(users.leader);
    expect(await outcome(() => updateHouseAction(id, emptyFormState, houseForm({ commune, version: String(version), value: "950 triệu", address: "Ấp mới" })))).toMatchObject({ kind: "redirect" });
    as(users.staff);
    const state = await refused(() => updateHouseAction(id, emptyFormState, houseForm({ commune, version: String(version), "fundings.1.amount": "450tr" })));
    expect(state.formError).toContain(users.leader.name);
    expect(state.values["fundings.1.amount"]).toBe("450tr");
    expect((await getHouse(users.staff, id)).household?.address).toBe("Ấp mới");
  });

  it("lets only a leader correct the household; staff who send it anyway are refused", async () => {
    const commune = `Xã hộ ${tag}`;
    const id = await created(users.staff, { commune });
    const { version } = await getHouse(users.staff, id);
    as(users.staff);
    const state = await refused(() => updateHouseAction(id, emptyFormState, houseForm({ commune, version: String(version), householdName: "Tên khác" })));
    expect(state.fieldErrors.householdName).toBe(t("validation.householdNotAllowed"));
    as(users.leader);
    expect(await outcome(() => updateHouseAction(id, emptyFormState, houseForm({ commune, version: String(version), householdName: `Hộ ông Chau ${tag}` })))).toMatchObject({ kind: "redirect" });
    expect((await getHouse(users.leader, id)).household?.name).toBe(`Hộ ông Chau ${tag}`);
  });

  it("refuses moving a house into a locked period, and editing one that lies in it", async () => {
    const commune = `Xã sổ ${tag}`;
    const id = await created(users.staff, { commune });
    const { version } = await getHouse(users.staff, id);
    as(users.staff);
    const into = await refused(() => updateHouseAction(id, emptyFormState, houseForm({ commune, version: String(version), handedOverOn: "2025-03-10" })));
    expect(into.fieldErrors.handedOverOn).toContain(users.leader.name);
    // A house already in the locked month (written straight to the database).
    const locked = await db.houseHandover.create({
      data: {
        committeeId: tree.P,
        programmeId: PROGRAMME,
        householdName: "Hộ A",
        commune,
        valueVnd: 950_000_000n,
        status: "HANDED_OVER",
        handedOverOn: day("2025-03-05"),
        fundings: { create: [{ contributorName: "A", amountVnd: 950_000_000n }] },
      },
      select: { id: true, version: true },
    });
    const edit = await refused(() => updateHouseAction(locked.id, emptyFormState, houseForm({ commune, version: String(locked.version), handedOverOn: "2025-04-05", startedOn: "" })));
    expect(edit.fieldErrors.handedOverOn).toContain(users.leader.name);
    expect((await db.houseHandover.findUniqueOrThrow({ where: { id: locked.id }, select: { version: true } })).version).toBe(locked.version);
  });

  it("answers 404 for a house of another province, also to a committee that only funds it", async () => {
    const commune = `Xã tỉnh khác ${tag}`;
    const id = await created(users.admin, { committeeId: tree.X, commune, "fundings.0.contributor": `committee:${tree.P}` });
    const { version } = await getHouse(users.admin, id);
    as(users.childStaff);
    expect(await outcome(() => updateHouseAction(id, emptyFormState, houseForm({ commune, version: String(version) })))).toEqual({ kind: "notFound" });
    // P funded it: P's staff read it (below) but cannot change it.
    as(users.staff);
    expect(await outcome(() => updateHouseAction(id, emptyFormState, houseForm({ commune, committeeId: tree.X, version: String(version) })))).toEqual({ kind: "notFound" });
    expect(await outcome(() => deleteRecordAction("house", id, emptyFormState, (() => { const d = new FormData(); d.set("version", String(version)); return d; })()))).toEqual({ kind: "notFound" });
    expect((await db.houseHandover.findUniqueOrThrow({ where: { id }, select: { version: true, deletedAt: true } }))).toEqual({ version, deletedAt: null });
  });
});

describe("the household is personal data", () => {
  let funded: string;
  beforeAll(async () => {
    funded = await created(users.admin, { committeeId: tree.X, commune: `Xã đóng góp ${tag}`, "fundings.0.contributor": `committee:${tree.P}` }, [photo()]);
  });

  it("a funder reads the house, its contributions and photos, without the household", async () => {
    const house = await getHouse(users.staff, funded);
    expect(house).toMatchObject({ shared: true, household: null, canUpdate: false, canDelete: false, canCorrectHousehold: false });
    expect(house.fundings).toHaveLength(2);
    const bytes = await readHousePhoto(users.staff, funded, house.photos[0]!.id, "thumbnail");
    expect(bytes.contentType).toBe("image/webp");
    // A committee that neither keeps nor funds it does not read it, nor its photo.
    await expect(getHouse(users.childStaff, funded)).rejects.toThrow(/not found/);
    await expect(readHousePhoto(users.childStaff, funded, house.photos[0]!.id, "full")).rejects.toThrow(/not found/);
    // Editors read what their committee reads, never the household.
    expect(await getHouse(users.editor, funded)).toMatchObject({ household: null, canUpdate: false });

    // Served at /ho-so/nha/[id]/anh/[photoId] after the same check, cached by the viewer's browser only.
    const serve = (headers: HeadersInit = {}, thumbnail = false) =>
      photoRoute(new Request(`http://portal.test/ho-so/nha/${funded}/anh/${house.photos[0]!.id}${thumbnail ? "?co=nho" : ""}`, { headers }), {
        params: Promise.resolve({ id: funded, photoId: house.photos[0]!.id }),
      });
    as(users.staff);
    const served = await serve();
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/webp");
    expect(served.headers.get("cache-control")).toBe("private, max-age=3600");
    expect((await serve({ "if-none-match": served.headers.get("etag")! })).status).toBe(304);
    expect((await serve({}, true)).status).toBe(200);
    as(users.childStaff);
    expect((await serve()).status).toBe(404);
    as(null);
    expect((await serve()).status).toBe(401);
  });

  it("the list shows a funder the house with no household column, and never finds it by the household's name", async () => {
    const list = await listHouses(users.staff, houseListSchema.parse({ q: `đóng góp ${tag}` }));
    expect(list.rows).toHaveLength(1);
    expect(list.rows[0]).toMatchObject({ id: funded, shared: true, household: null });
    expect((await listHouses(users.staff, houseListSchema.parse({ q: `Néang ${tag}`, ban: tree.X }))).rows).toEqual([]);
    expect((await listHouses(otherStaff, houseListSchema.parse({ q: `Néang ${tag}`, ban: tree.X }))).rows.map((r) => r.id)).toContain(funded);
  });

  it("exports leave the household out by default; a leader who ticks it gets it for the houses in scope only, audited", async () => {
    const params = { q: tag };
    as(users.staff);
    const staffCsv = await (await exportRoute(new Request(`http://portal.test/api/xuat/nha?dinh_dang=csv&q=${encodeURIComponent(tag)}&ho_gia_dinh=1`))).text();
    expect(staffCsv).toContain(`Xã đóng góp ${tag}`);
    expect(staffCsv).not.toContain("Néang");
    expect(staffCsv).not.toContain(t("houses.fields.householdName"));
    as(users.leader);
    const plain = await (await exportRoute(new Request(`http://portal.test/api/xuat/nha?dinh_dang=csv&q=${encodeURIComponent(tag)}`))).text();
    expect(plain).not.toContain("Néang");
    const auditsBefore = await db.auditEvent.count({ where: { action: "export", actorId: users.leader.id } });
    const withHousehold = await (await exportRoute(new Request(`http://portal.test/api/xuat/nha?dinh_dang=csv&q=${encodeURIComponent(tag)}&ho_gia_dinh=1`))).text();
    expect(withHousehold).toContain(t("houses.fields.householdName"));
    expect(withHousehold).toContain(`Hộ bà Néang ${tag}`);
    expect(await db.auditEvent.count({ where: { action: "export", actorId: users.leader.id } })).toBe(auditsBefore + 1);
    // The funded house of province X: listed, its household blank even for the leader.
    const exported = await exportHouses(users.leader, houseExportSchema.parse({ ...params, ho_gia_dinh: "1" }));
    const rows = [];
    for await (const batch of exported.batches) rows.push(...batch);
    expect(rows.find((r) => r.id === funded)?.household).toBeNull();
    expect(rows.filter((r) => r.household !== null).length).toBeGreaterThan(0);
  });

  it("a leader erases the household: placeholder name, no address, audited, and the trail forgets it", async () => {
    const commune = `Xã xóa ${tag}`;
    const id = await created(users.staff, { commune });
    const house = await getHouse(users.leader, id);
    expect(house.canCorrectHousehold).toBe(true);
    const form = new FormData();
    form.set("version", String(house.version));
    as(users.staff);
    expect((await refused(() => eraseHouseholdAction(id, emptyFormState, form))).formError).toBe(t("validation.householdNotAllowed"));
    as(users.leader);
    expect(await outcome(() => eraseHouseholdAction(id, emptyFormState, form))).toEqual({ kind: "redirect", to: `/ho-so/nha/${id}?erased=1` });
    const row = await db.houseHandover.findUniqueOrThrow({ where: { id }, select: { householdName: true, address: true, householdCategory: true, householdErasedAt: true } });
    expect(row).toMatchObject({ householdName: t("houses.household.erased"), address: null, householdCategory: "OTHER" });
    expect(row.householdErasedAt).not.toBeNull();
    expect(await db.auditEvent.count({ where: { entity: "house", entityId: id, action: "erase_personal_data", actorId: users.leader.id } })).toBe(1);
    const trail = JSON.stringify(await db.auditEvent.findMany({ where: { entity: "house", entityId: id }, select: { before: true, after: true } }));
    expect(trail).not.toContain("Néang");
    expect(trail).not.toContain("Ấp Phước Lộc");
  });
});

describe("listHouses", () => {
  it("keeps to the viewer's scope, filters by committee subtree, period, programme and status, and totals in SQL", async () => {
    const commune = `Xã danh sách ${tag}`;
    await created(users.admin, { committeeId: tree.C, commune, handedOverOn: "2024-08-01", value: "100tr", "fundings.0.amount": "100tr", "fundings.1.contributor": "", "fundings.1.name": "", "fundings.1.amount": "" });
    await created(users.admin, { committeeId: tree.C, commune, status: "PLANNED", value: "200tr", programmeId: "programme-dai-doan-ket" });
    await created(users.staff, { commune, handedOverOn: "2023-02-01", startedOn: "", value: "300tr", "fundings.0.amount": "300tr", "fundings.1.contributor": "", "fundings.1.name": "", "fundings.1.amount": "" });
    const list = (viewer: Viewer, params: Record<string, string> = {}) => listHouses(viewer, houseListSchema.parse({ q: `danh sách ${tag}`, ...params }));

    const all = await list(users.staff);
    expect(all.totals).toEqual({ houses: 3n, valueVnd: 600_000_000n, handedOver: 2n, handedOverValueVnd: 400_000_000n });
    expect(all.rows.every((r) => r.household !== null)).toBe(true);
    // Planned houses (no date yet) first when the newest handovers come first.
    expect(all.rows.map((r) => r.handedOverOn?.toISOString().slice(0, 10) ?? null)).toEqual([null, "2024-08-01", "2023-02-01"]);
    expect((await list(users.staff, { sap_xep: "ngay" })).rows.map((r) => r.valueVnd)).toEqual([300_000_000n, 100_000_000n, 200_000_000n]);
    expect((await list(users.staff, { sap_xep: "-gia_tri" })).rows.map((r) => r.valueVnd)).toEqual([300_000_000n, 200_000_000n, 100_000_000n]);
    expect((await list(users.staff, { ban: tree.D })).totals.houses).toBe(2n);
    expect((await list(users.staff, { ky: "2024" })).totals).toMatchObject({ houses: 1n, valueVnd: 100_000_000n });
    expect((await list(users.staff, { ky: "2023-H1" })).totals.houses).toBe(1n);
    expect((await list(users.staff, { chuong_trinh: "programme-dai-doan-ket" })).totals.houses).toBe(1n);
    expect((await list(users.staff, { trang_thai: "PLANNED" })).totals.houses).toBe(1n);
    expect((await list(users.childStaff)).totals.houses).toBe(2n);
    expect((await list(otherStaff)).totals.houses).toBe(0n);
    const editors = await list(users.editor);
    expect(editors.totals.houses).toBe(3n);
    expect(editors.rows.every((r) => r.household === null)).toBe(true);
    // Bad filters are no filters, never an error.
    expect((await list(users.staff, { ky: "2024-Q9", trang_thai: "XYZ", sap_xep: "drop table" })).totals.houses).toBe(3n);
  });

  it("pages with keyset cursors: every house once, in order", async () => {
    const commune = `Xã trang ${tag}`;
    for (let i = 0; i < 23; i++) {
      await db.houseHandover.create({
        data: { committeeId: tree.D, programmeId: PROGRAMME, householdName: `Hộ ${i}`, commune, valueVnd: BigInt(i % 5) * 1_000_000n, status: "PLANNED" },
      });
    }
    const seen: string[] = [];
    let params: Record<string, string> = { q: `trang ${tag}`, sap_xep: "gia_tri" };
    for (let page = 0; page < 3; page++) {
      const list = await listHouses(users.staff, houseListSchema.parse(params));
      seen.push(...list.rows.map((r) => r.id));
      if (!list.hasNext) break;
      params = { ...params, trang: String(list.page + 1), sau: list.lastCursor! };
    }
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
  });

  it("leaves out deleted houses", async () => {
    const commune = `Xã đã xóa ${tag}`;
    const id = await created(users.staff, { commune });
    const { version } = await getHouse(users.staff, id);
    as(users.staff);
    const form = new FormData();
    form.set("version", String(version));
    expect(await outcome(() => deleteRecordAction("house", id, emptyFormState, form))).toEqual({ kind: "redirect", to: "/ho-so/nha?deleted=1" });
    expect((await listHouses(users.staff, houseListSchema.parse({ q: `đã xóa ${tag}` }))).totals.houses).toBe(0n);
    await expect(getHouse(users.staff, id)).rejects.toThrow(/not found/);
  });
});

describe("the database refuses what the forms refuse", () => {
  const house = (data: Record<string, unknown> = {}) =>
    db.houseHandover.create({ data: { committeeId: tree.P, programmeId: PROGRAMME, householdName: `Hộ ${tag}`, commune: `Xã DB ${tag}`, valueVnd: 50_000_000n, ...data }, select: { id: true } });

  it("a negative value or contribution, a handed-over house without its date, dates out of order, a contribution of two contributors or none", async () => {
    await expect(house({ valueVnd: -1n })).rejects.toThrow(/house_handovers_value_vnd_non_negative/);
    await expect(house({ status: "HANDED_OVER" })).rejects.toThrow(/house_handovers_handed_over_has_date/);
    await expect(house({ status: "PLANNED", handedOverOn: day("2024-01-01") })).rejects.toThrow(/house_handovers_handed_over_has_date/);
    await expect(house({ status: "HANDED_OVER", startedOn: day("2024-02-01"), handedOverOn: day("2024-01-01"), fundings: { create: [{ contributorName: "A", amountVnd: 50_000_000n }] } })).rejects.toThrow(
      /house_handovers_handed_over_on_after_started_on/,
    );
    const planned = await house();
    await expect(db.houseFunding.create({ data: { houseId: planned.id, contributorCommitteeId: tree.P, contributorName: "A", amountVnd: 1n } })).rejects.toThrow(/house_fundings_one_contributor/);
    await expect(db.houseFunding.create({ data: { houseId: planned.id, amountVnd: 1n } })).rejects.toThrow(/house_fundings_one_contributor/);
    await expect(db.houseFunding.create({ data: { houseId: planned.id, contributorName: "A", amountVnd: -1n } })).rejects.toThrow(/house_fundings_amount_vnd_non_negative/);
    await expect(db.houseFunding.create({ data: { houseId: planned.id, contributorName: "  ", amountVnd: 1n } })).rejects.toThrow(/house_fundings_contributor_name_not_blank/);
  });

  it("a handed-over house whose contributions do not add up, checked at commit whatever the order of the writes", async () => {
    await expect(house({ status: "HANDED_OVER", handedOverOn: day("2024-01-01"), fundings: { create: [{ contributorName: "A", amountVnd: 40_000_000n }] } })).rejects.toThrow(/house_fundings_add_up|fundings add up/);
    // Written in one transaction, house first then contributions: accepted.
    const ok = await db.$transaction(async (tx) => {
      const row = await tx.houseHandover.create({ data: { committeeId: tree.P, programmeId: PROGRAMME, householdName: "Hộ B", commune: `Xã DB ${tag}`, valueVnd: 50_000_000n, status: "HANDED_OVER", handedOverOn: day("2024-01-02") }, select: { id: true } });
      await tx.houseFunding.createMany({ data: [{ houseId: row.id, contributorName: "A", amountVnd: 20_000_000n }, { houseId: row.id, contributorCommitteeId: tree.P, amountVnd: 30_000_000n }] });
      return row.id;
    });
    // Removing a contribution, or changing the value alone, is refused.
    await expect(db.houseFunding.deleteMany({ where: { houseId: ok, contributorName: "A" } })).rejects.toThrow(/fundings add up/);
    await expect(db.houseHandover.update({ where: { id: ok }, data: { valueVnd: 60_000_000n } })).rejects.toThrow(/fundings add up/);
    // Handing over a house whose contributions fall short is refused too.
    const building = await house({ status: "BUILDING", fundings: { create: [{ contributorName: "A", amountVnd: 10_000_000n }] } });
    await expect(db.houseHandover.update({ where: { id: building.id }, data: { status: "HANDED_OVER", handedOverOn: day("2024-03-01") } })).rejects.toThrow(/fundings add up/);
  });
});

describe("housing programmes", () => {
  it("admins add, rename and retire programmes; a retired one is no longer offered; others get 404", async () => {
    as(users.admin);
    const add = new FormData();
    add.set("name", `Nhà an cư ${tag}`);
    add.set("position", "9");
    expect(await outcome(() => createHousingProgrammeAction(emptyFormState, add))).toEqual({ kind: "redirect", to: "/quan-tri/chuong-trinh-nha?saved=1" });
    const programme = (await listHousingProgrammes(users.admin)).find((p) => p.name === `Nhà an cư ${tag}`)!;
    expect(programme).toMatchObject({ active: true, position: 9, houses: 0, slug: `nha-an-cu-${tag}` });
    expect((await refused(() => createHousingProgrammeAction(emptyFormState, add))).fieldErrors.name).toBe(t("validation.programmeNameTaken"));

    const rename = new FormData();
    rename.set("id", programme.id);
    rename.set("name", `Nhà an cư Kiên Giang ${tag}`);
    rename.set("position", "9");
    rename.set("version", String(programme.version));
    expect(await outcome(() => updateHousingProgrammeAction(emptyFormState, rename))).toMatchObject({ kind: "redirect" });
    expect((await refused(() => updateHousingProgrammeAction(emptyFormState, rename))).formError).toBe(t("validation.stale"));
    const renamed = (await listHousingProgrammes(users.admin)).find((p) => p.id === programme.id)!;
    expect(renamed).toMatchObject({ name: `Nhà an cư Kiên Giang ${tag}`, active: false });
    expect((await houseFormChoices(users.staff)).programmes.map((p) => p.id)).not.toContain(programme.id);
    expect(await db.auditEvent.count({ where: { entity: "housingProgramme", entityId: programme.id } })).toBe(2);

    as(users.leader);
    expect(await outcome(() => createHousingProgrammeAction(emptyFormState, add))).toEqual({ kind: "notFound" });
    await expect(listHousingProgrammes(users.leader)).rejects.toThrow(/not found/);
  });
});
