// Campaigns and their phases: launched through the server actions (messages
// at the field, nothing written on bad input, other committees refused,
// nationwide ones for admins only, stale versions refused naming the first
// editor); each phase is a reporting period of its own, numbered per
// committee and year, kept within the campaign's days, frozen once its report
// is approved, deleted only while it holds nothing; the list's totals in SQL;
// soft delete and restore.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/policy";
import { addPhaseAction, createCampaignAction, deletePhaseAction, updateCampaignAction, updatePhaseAction } from "@/lib/actions/campaigns";
import { emptyFormState, type FormState } from "@/lib/actions/form-state";
import { deleteRecordAction, restoreRecordAction } from "@/lib/actions/records";
import { listCampaigns } from "@/lib/data/campaign-list";
import { getCampaign } from "@/lib/data/campaigns";
import { viTranslator as t } from "@/lib/i18n/vietnamese";
import { campaignListSchema } from "@/lib/validation/campaign-list";
import { form, makeTree, outcome, testDb, type Outcome, type Tree, type Users } from "./support/fixtures";
import { session } from "./support/next-mocks";

vi.mock("@/lib/auth/viewer", async () => (await import("./support/next-mocks")).viewerModule);
vi.mock("next-intl/server", async () => (await import("./support/next-mocks")).i18nModule);
vi.mock("next/cache", async () => (await import("./support/next-mocks")).cacheModule);
vi.mock("next/headers", async () => (await import("./support/next-mocks")).headersModule);

const db = testDb();
let tree: Tree;
let users: Users;
let tag: string;

const as = (viewer: Viewer | null) => {
  session.viewer = viewer;
};
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

const valid = (committeeId: string, overrides: Record<string, string | number> = {}): Record<string, string | number> => ({
  committeeId,
  name: `Phong trào “Dân vận khéo” ${tag}`,
  startsOn: "2026-01-01",
  endsOn: "2026-12-31",
  description: "Xây dựng và nhân rộng mô hình.",
  ...overrides,
});

function stateOf(result: Outcome<FormState>): FormState {
  if (result.kind !== "state") throw new Error(`expected a form state, got ${JSON.stringify(result)}`);
  return result.state;
}

async function campaign(name: string, committeeId: string | null = tree.P) {
  return db.campaign.create({
    data: { slug: `${tag}-${name.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${Math.random().toString(36).slice(2, 8)}`, name: `${name} ${tag}`, committeeId, startsOn: day("2026-01-01"), endsOn: day("2026-12-31") },
    select: { id: true, version: true },
  });
}

beforeAll(async () => {
  ({ tree, users, tag } = await makeTree(db));
});
afterAll(() => db.$disconnect());

describe("campaigns", () => {
  it("launches a campaign for the viewer's committee once, with a unique slug, audited", async () => {
    as(users.staff);
    const name = `Phong trào thi đua ${tag}`;
    const first = await outcome(() => createCampaignAction(emptyFormState, form(valid(tree.P, { name }))));
    await outcome(() => createCampaignAction(emptyFormState, form(valid(tree.P, { name }))));
    const rows = await db.campaign.findMany({ where: { name }, orderBy: { createdAt: "asc" }, select: { id: true, slug: true, committeeId: true, startsOn: true, endsOn: true, createdById: true } });
    expect(rows).toHaveLength(2);
    expect(first).toEqual({ kind: "redirect", to: `/ho-so/phong-trao/${rows[0]!.id}?saved=1` });
    expect(rows[0]).toMatchObject({ committeeId: tree.P, startsOn: day("2026-01-01"), endsOn: day("2026-12-31"), createdById: users.staff.id });
    expect(rows[1]!.slug).toBe(`${rows[0]!.slug}-2`);
    expect(await db.auditEvent.count({ where: { entity: "campaign", entityId: rows[0]!.id, action: "create" } })).toBe(1);
  });

  const refusals: [string, Record<string, string>, Record<string, string>][] = [
    ["a missing name and start", { name: "", startsOn: "" }, { name: t("validation.required"), startsOn: t("validation.required") }],
    ["an end before the start", { endsOn: "2025-12-31" }, { endsOn: t("validation.endsBeforeStart") }],
    ["a malformed end", { endsOn: "32/01/2026" }, { endsOn: t("validation.date") }],
  ];
  for (const [what, overrides, errors] of refusals) {
    it(`refuses ${what} at the field and writes nothing`, async () => {
      as(users.staff);
      const before = await db.campaign.count();
      const state = stateOf(await outcome(() => createCampaignAction(emptyFormState, form(valid(tree.P, overrides)))));
      expect(state.fieldErrors).toEqual(errors);
      expect(state.values.description).toBe("Xây dựng và nhân rộng mô hình.");
      expect(await db.campaign.count()).toBe(before);
    });
  }

  it("refuses another province's committee and a nationwide campaign from staff; an admin launches a nationwide one", async () => {
    as(users.staff);
    const before = await db.campaign.count();
    expect(stateOf(await outcome(() => createCampaignAction(emptyFormState, form(valid(tree.X))))).fieldErrors).toEqual({ committeeId: t("validation.recordCommittee") });
    expect(stateOf(await outcome(() => createCampaignAction(emptyFormState, form(valid(""))))).fieldErrors).toEqual({ committeeId: t("validation.committee") });
    expect(await db.campaign.count()).toBe(before);
    as(users.admin);
    const name = `Cuộc vận động toàn quốc ${tag}`;
    await outcome(() => createCampaignAction(emptyFormState, form(valid("", { name }))));
    expect(await db.campaign.findFirstOrThrow({ where: { name }, select: { committeeId: true } })).toEqual({ committeeId: null });
  });

  it("saves the version the form saw once; a second save of that version is refused naming the first editor", async () => {
    const { id, version } = await campaign("Phong trào sửa hai lần");
    as(users.leader);
    expect(await outcome(() => updateCampaignAction(id, emptyFormState, form(valid(tree.P, { version, name: `Tên mới ${tag}` }))))).toEqual({ kind: "redirect", to: `/ho-so/phong-trao/${id}?saved=1` });
    as(users.staff);
    const second = stateOf(await outcome(() => updateCampaignAction(id, emptyFormState, form(valid(tree.P, { version, name: `Tên của người thứ hai ${tag}` })))));
    expect(second.formError?.startsWith(`${users.leader.name} đã sửa bản ghi này lúc `)).toBe(true);
    expect(await db.campaign.findUniqueOrThrow({ where: { id }, select: { name: true, version: true } })).toEqual({ name: `Tên mới ${tag}`, version: version + 1 });
  });

  it("answers 404 for another province's campaign, lets everyone read a nationwide one, and only admins change it", async () => {
    const other = await campaign("Phong trào tỉnh khác", tree.X);
    const nationwide = await campaign("Phong trào toàn quốc", null);
    as(users.staff);
    expect(await outcome(() => updateCampaignAction(other.id, emptyFormState, form(valid(tree.X, { version: other.version }))))).toEqual({ kind: "notFound" });
    const read = await getCampaign(users.staff, nationwide.id);
    expect(read).toMatchObject({ canUpdate: false, canDelete: false });
    expect(stateOf(await outcome(() => updateCampaignAction(nationwide.id, emptyFormState, form(valid(tree.P, { version: nationwide.version }))))).fieldErrors).toEqual({
      committeeId: t("validation.recordUpdateNotAllowed"),
    });
    expect((await getCampaign(users.admin, nationwide.id)).canUpdate).toBe(true);
  });
});

describe("phases", () => {
  it("adds phases, each a reporting period numbered per committee and year, within the campaign's days", async () => {
    const { id } = await campaign("Phong trào có đợt");
    as(users.staff);
    const phase = (name: string, startsOn: string, endsOn: string, committeeId = tree.P) => form({ committeeId, name: `${name} ${tag}`, startsOn, endsOn });
    expect(await outcome(() => addPhaseAction(id, emptyFormState, phase("Đợt 1", "2026-03-01", "2026-05-31")))).toEqual({ kind: "redirect", to: `/ho-so/phong-trao/${id}?dot=them` });
    await outcome(() => addPhaseAction(id, emptyFormState, phase("Đợt 2", "2026-09-01", "2026-11-30")));
    const periods = await db.reportingPeriod.findMany({
      where: { campaignPhase: { campaignId: id } },
      orderBy: { startsOn: "asc" },
      select: { kind: true, year: true, sequence: true, committeeId: true, startsOn: true, endsOn: true, label: true },
    });
    expect(periods).toEqual([
      { kind: "PHASE", year: 2026, sequence: 1, committeeId: tree.P, startsOn: day("2026-03-01"), endsOn: day("2026-05-31"), label: `Đợt 1 ${tag}` },
      { kind: "PHASE", year: 2026, sequence: 2, committeeId: tree.P, startsOn: day("2026-09-01"), endsOn: day("2026-11-30"), label: `Đợt 2 ${tag}` },
    ]);
    const before = await db.campaignPhase.count({ where: { campaignId: id } });
    expect(stateOf(await outcome(() => addPhaseAction(id, emptyFormState, phase("Đợt ngoài", "2025-12-01", "2026-01-31")))).fieldErrors).toEqual({ startsOn: t("validation.phaseOutsideCampaign") });
    expect(stateOf(await outcome(() => addPhaseAction(id, emptyFormState, phase("Đợt ngược", "2026-06-30", "2026-06-01")))).fieldErrors).toEqual({ endsOn: t("validation.endsBeforeStart") });
    expect(stateOf(await outcome(() => addPhaseAction(id, emptyFormState, phase("Đợt tỉnh khác", "2026-06-01", "2026-06-30", tree.X)))).fieldErrors).toEqual({ committeeId: t("validation.recordCommittee") });
    expect(await db.campaignPhase.count({ where: { campaignId: id } })).toBe(before);
    // The campaign cannot shrink past its phases.
    const { version } = await db.campaign.findUniqueOrThrow({ where: { id }, select: { version: true } });
    expect(stateOf(await outcome(() => updateCampaignAction(id, emptyFormState, form(valid(tree.P, { version, endsOn: "2026-10-31" }))))).fieldErrors).toEqual({ startsOn: t("validation.campaignPhasesOutside") });
    // The campaign's page lists them with their period codes, and the history names them.
    const page = await getCampaign(users.staff, id);
    expect(page.phases.map((p) => [p.name, p.code.startsWith("dot-"), p.canUpdate])).toEqual([
      [`Đợt 1 ${tag}`, true, true],
      [`Đợt 2 ${tag}`, true, true],
    ]);
    const events = await db.auditEvent.findMany({ where: { entity: "campaign", entityId: id }, select: { after: true } });
    expect(events.map((e) => (e.after as { phase?: string }).phase)).toContain(`Đợt 1 ${tag}: 01/03/2026 – 31/05/2026, Ban Dân vận P ${tag}`);
  });

  it("moves a phase with its period, refuses a stale save, freezes it once its report is approved, and deletes only an empty one", async () => {
    const { id } = await campaign("Phong trào đợt sửa");
    as(users.staff);
    await outcome(() => addPhaseAction(id, emptyFormState, form({ committeeId: tree.P, name: `Đợt A ${tag}`, startsOn: "2026-02-01", endsOn: "2026-02-28" })));
    const phase = await db.campaignPhase.findFirstOrThrow({ where: { campaignId: id }, select: { id: true, version: true } });
    const edit = (version: number, overrides: Record<string, string> = {}) =>
      form({ committeeId: tree.P, name: `Đợt A ${tag}`, startsOn: "2026-04-01", endsOn: "2026-04-30", version, ...overrides });
    expect(await outcome(() => updatePhaseAction(id, phase.id, emptyFormState, edit(phase.version)))).toEqual({ kind: "redirect", to: `/ho-so/phong-trao/${id}?dot=sua` });
    expect(await db.reportingPeriod.findUniqueOrThrow({ where: { campaignPhaseId: phase.id }, select: { startsOn: true, endsOn: true } })).toEqual({ startsOn: day("2026-04-01"), endsOn: day("2026-04-30") });
    expect(stateOf(await outcome(() => updatePhaseAction(id, phase.id, emptyFormState, edit(phase.version, { name: `Cũ ${tag}` })))).formError).toBe(t("validation.stale"));

    // A target on the phase's period: the phase can no longer be deleted.
    const period = await db.reportingPeriod.findUniqueOrThrow({ where: { campaignPhaseId: phase.id }, select: { id: true } });
    const indicator = await db.indicator.create({ data: { code: `pt-${tag}`, name: `Chỉ số đợt ${tag}`, unit: "cuộc", source: "ACTIVITY_QUANTITY" }, select: { id: true } });
    await db.target.create({ data: { committeeId: tree.P, periodId: period.id, indicatorId: indicator.id, plannedValue: 5 } });
    const current = await db.campaignPhase.findUniqueOrThrow({ where: { id: phase.id }, select: { version: true } });
    expect(stateOf(await outcome(() => deletePhaseAction(id, phase.id, emptyFormState, form({ version: current.version })))).formError).toBe(t("validation.phaseInUse"));

    // Its report approved: the phase is locked.
    await db.periodReport.create({ data: { committeeId: tree.P, periodId: period.id, status: "APPROVED", submittedAt: new Date("2026-05-02T03:00:00Z"), approvedAt: new Date("2026-05-03T03:00:00Z"), approvedBy: users.leader.id } });
    expect(stateOf(await outcome(() => updatePhaseAction(id, phase.id, emptyFormState, edit(current.version, { endsOn: "2026-05-15" })))).formError).toBe(t("validation.phaseLocked"));
    expect((await getCampaign(users.staff, id)).phases[0]).toMatchObject({ locked: true, canUpdate: false });

    // An empty phase goes, with its period.
    await outcome(() => addPhaseAction(id, emptyFormState, form({ committeeId: tree.P, name: `Đợt B ${tag}`, startsOn: "2026-06-01", endsOn: "2026-06-30" })));
    const empty = await db.campaignPhase.findFirstOrThrow({ where: { campaignId: id, name: `Đợt B ${tag}` }, select: { id: true, version: true } });
    expect(await outcome(() => deletePhaseAction(id, empty.id, emptyFormState, form({ version: empty.version })))).toEqual({ kind: "redirect", to: `/ho-so/phong-trao/${id}?dot=xoa` });
    expect(await db.reportingPeriod.count({ where: { campaignPhaseId: empty.id } })).toBe(0);
  });
});

describe("the list, delete and restore", () => {
  it("counts campaigns and phases in SQL, keeps to a committee's subtree, deletes softly and lets an admin restore", async () => {
    const a = await campaign("Phong trào A");
    const b = await campaign("Phong trào B", tree.D);
    await db.campaignPhase.create({ data: { campaignId: b.id, committeeId: tree.D, name: `Đợt ${tag}`, startsOn: day("2026-03-01"), endsOn: day("2026-03-31") } });
    as(users.leader);
    const all = await listCampaigns(users.leader, campaignListSchema.parse({ q: tag }));
    expect(all.rows.map((r) => r.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(all.totals.campaigns).toBe(BigInt(all.count.count));
    expect(Number(all.totals.phases)).toBe(all.rows.reduce((sum, row) => sum + row.phases, 0));
    const child = await listCampaigns(users.leader, campaignListSchema.parse({ q: tag, ban: tree.D }));
    expect(child.rows.map((r) => r.id)).toContain(b.id);
    expect(child.rows.map((r) => r.id)).not.toContain(a.id);

    expect(await outcome(() => deleteRecordAction("campaign", a.id, emptyFormState, form({ version: a.version })))).toEqual({ kind: "redirect", to: "/ho-so/phong-trao?deleted=1" });
    await expect(getCampaign(users.leader, a.id)).rejects.toThrow(/not found/);
    as(users.admin);
    expect(await outcome(() => restoreRecordAction(emptyFormState, form({ kind: "campaign", id: a.id })))).toEqual({ kind: "redirect", to: "/quan-tri/da-xoa?restored=1" });
    expect((await getCampaign(users.leader, a.id)).name).toBe(`Phong trào A ${tag}`);
  });
});

describe("the database", () => {
  it("refuses a campaign or a phase that ends before it starts, and a phase of a committee that does not exist", async () => {
    await expect(db.campaign.create({ data: { slug: `nguoc-${tag}`, name: `Ngược ${tag}`, committeeId: tree.P, startsOn: day("2026-05-01"), endsOn: day("2026-04-01") } })).rejects.toThrow(
      /campaigns_ends_on_after_starts_on/,
    );
    const { id } = await campaign("Phong trào ràng buộc");
    await expect(db.campaignPhase.create({ data: { campaignId: id, committeeId: tree.P, name: "Đợt ngược", startsOn: day("2026-05-01"), endsOn: day("2026-04-01") } })).rejects.toThrow(
      /campaign_phases_ends_on_after_starts_on/,
    );
    await expect(db.campaignPhase.create({ data: { campaignId: id, committeeId: "khong-co-ban-nay", name: "Đợt", startsOn: day("2026-05-01"), endsOn: day("2026-05-02") } })).rejects.toThrow(
      /Foreign key|campaign_phases_committee_id_fkey/,
    );
  });
});
