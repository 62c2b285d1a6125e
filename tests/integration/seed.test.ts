// The demo seed against a real PostgreSQL: idempotent, and faithful to the
// figures the articles state. Figures are computed in SQL.
import { sanitizeArticleHtml } from "@/lib/text/article-html";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { createPrismaClient, type PrismaClient } from "@/lib/db";
import { viTranslator } from "@/lib/i18n/vietnamese";
import { periodLabelValues, periodRange } from "@/lib/periods";
import {
  AGREEMENT_ID,
  ARTICLES,
  COMPLAINT_DIALOGUES_H1_2022,
  DEMO_COMMITTEE_SLUGS,
  DEMO_PASSWORD,
  DEMO_USERS,
  HOUSE_COUNT_2022,
  HOUSE_TOTAL_2022,
  HOUSING_PROGRAMMES,
  isDatabaseEmpty,
  seedDemo,
} from "@/prisma/seed";

let db: PrismaClient;

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

async function committeeId(slug: string): Promise<string> {
  return (await db.committee.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
}

/** Row counts of every table the seed writes. */
async function counts() {
  return {
    committees: await db.committee.count(),
    successions: await db.committeeSuccession.count(),
    partners: await db.partner.count(),
    agreements: await db.agreement.count(),
    agreementParties: await db.agreementParty.count(),
    agreementTasks: await db.agreementTask.count(),
    conferences: await db.conference.count(),
    coHosts: await db.conferenceCoHost.count(),
    campaigns: await db.campaign.count(),
    phases: await db.campaignPhase.count(),
    models: await db.exemplaryModel.count(),
    programmes: await db.housingProgramme.count(),
    houses: await db.houseHandover.count(),
    fundings: await db.houseFunding.count(),
    indicators: await db.indicator.count(),
    activities: await db.activity.count(),
    activityPartners: await db.activityPartner.count(),
    periods: await db.reportingPeriod.count(),
    targets: await db.target.count(),
    articles: await db.article.count(),
    users: await db.user.count(),
  };
}

beforeAll(async () => {
  db = createPrismaClient(process.env.DATABASE_URL!);
  await seedDemo(db);
});

afterAll(async () => {
  await db?.$disconnect();
});

describe("seedDemo", () => {
  it("is idempotent: seeding again adds and changes nothing", async () => {
    const before = await counts();
    const hashes = await db.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } }, select: { email: true, passwordHash: true }, orderBy: { email: "asc" } });
    await seedDemo(db);
    expect(await counts()).toEqual(before);
    expect(await isDatabaseEmpty(db)).toBe(false);
    // Existing accounts keep their password hash.
    expect(await db.user.findMany({ where: { email: { in: DEMO_USERS.map((u) => u.email) } }, select: { email: true, passwordHash: true }, orderBy: { email: "asc" } })).toEqual(hashes);
    expect(before.committees).toBeGreaterThanOrEqual(21); // xã Thạnh An is one committee over the reorganisation
    expect(before.articles).toBeGreaterThanOrEqual(5);
  });

  it("runs safely when two seeds start at once", async () => {
    const before = await counts();
    await Promise.all([seedDemo(db), seedDemo(db)]);
    expect(await counts()).toEqual(before);
  });

  it("offers the five housing programmes of the former house type, once each, and files the 19 houses for poor households", async () => {
    const programmes = await db.housingProgramme.findMany({ where: { slug: { in: HOUSING_PROGRAMMES.map((p) => p.slug) } }, select: { slug: true, active: true } });
    expect(programmes.map((p) => p.slug).sort()).toEqual(HOUSING_PROGRAMMES.map((p) => p.slug).sort());
    expect(programmes.every((p) => p.active)).toBe(true);
    const categories = await db.houseHandover.groupBy({ by: ["householdCategory"], where: { agreementId: AGREEMENT_ID }, _count: { _all: true } });
    expect(categories).toEqual([{ householdCategory: "POOR", _count: { _all: 19 } }]);
  });

  it("hands over 19 houses “Nghĩa tình Dân vận” in An Giang in 2022, worth exactly 950.000.000 đ", async () => {
    const anGiang = await committeeId(DEMO_COMMITTEE_SLUGS.anGiang);
    const where = {
      committeeId: anGiang,
      programme: { slug: "nghia-tinh-dan-van" },
      status: "HANDED_OVER",
      agreementId: AGREEMENT_ID,
      handedOverOn: { gte: d("2022-01-01"), lte: d("2022-12-31") },
    } as const;
    const totals = await db.houseHandover.aggregate({ where, _count: { _all: true }, _sum: { valueVnd: true } });
    expect(totals._count._all).toBe(HOUSE_COUNT_2022);
    expect(totals._count._all).toBe(19);
    expect(totals._sum.valueVnd).toBe(HOUSE_TOTAL_2022);
    expect(totals._sum.valueVnd).toBe(950_000_000n);

    // Funding: every house is paid for in full, by Ban Dân vận Thành ủy TP. HCM or its Quận ủy committees.
    const byContributor = await db.houseFunding.groupBy({
      by: ["contributorCommitteeId"],
      where: { house: where },
      _sum: { amountVnd: true },
    });
    const funded = byContributor.reduce((sum, row) => sum + (row._sum.amountVnd ?? 0n), 0n);
    expect(funded).toBe(950_000_000n);
    const hcm = await committeeId(DEMO_COMMITTEE_SLUGS.hoChiMinhCity);
    const contributors = await db.committee.findMany({
      where: { id: { in: byContributor.map((row) => row.contributorCommitteeId).filter((id): id is string => id !== null) } },
      select: { id: true, parentLinks: { select: { parentId: true, validFrom: true, validTo: true } } },
    });
    expect(contributors.length).toBe(byContributor.length);
    // The city's committee or one under it then (2022, before the reorganisation).
    const in2022 = (link: { validFrom: Date; validTo: Date | null }) => link.validFrom <= d("2022-12-31") && (link.validTo === null || link.validTo >= d("2022-01-01"));
    for (const c of contributors) expect(c.id === hcm || c.parentLinks.some((link) => in2022(link) && link.parentId === hcm)).toBe(true);

    const unbalanced = await db.$queryRaw<{ n: bigint }[]>`
      select count(*) as n from house_handovers h
      where h.agreement_id = ${AGREEMENT_ID}
        and h.value_vnd <> (select coalesce(sum(f.amount_vnd), 0) from house_fundings f where f.house_id = h.id)`;
    expect(Number(unbalanced[0]?.n)).toBe(0);

    // The year's target, for the dashboard: 19 of 20 houses.
    const year2022 = await db.reportingPeriod.findFirstOrThrow({ where: { calendar: "CALENDAR", kind: "YEAR", year: 2022, sequence: 1, committeeId: null } });
    const target = await db.target.findFirstOrThrow({ where: { committeeId: anGiang, periodId: year2022.id, indicator: { code: "HOUSES" } } });
    expect(target.plannedValue.toString()).toBe("20");
  });

  it("records the 9 complaint dialogues of An Giang in the first half of 2022, with UBND tỉnh", async () => {
    const anGiang = await committeeId(DEMO_COMMITTEE_SLUGS.anGiang);
    const h1 = periodRange("CALENDAR", "HALF_YEAR", 2022, 1);
    const where = {
      committeeId: anGiang,
      indicator: { code: "COMPLAINT_DIALOGUES" },
      occurredOn: { gte: h1.startsOn, lte: h1.endsOn },
      id: { startsWith: "seed-" },
    };
    const totals = await db.activity.aggregate({ where, _count: { _all: true }, _sum: { quantity: true } });
    expect(totals._count._all).toBe(COMPLAINT_DIALOGUES_H1_2022);
    expect(totals._count._all).toBe(9);
    expect(totals._sum.quantity?.toString()).toBe("9");
    const withUbnd = await db.activity.count({ where: { ...where, partners: { some: { partner: { name: "Ủy ban nhân dân tỉnh An Giang" } } } } });
    expect(withUbnd).toBe(9);

    const period = await db.reportingPeriod.findFirstOrThrow({ where: { calendar: "CALENDAR", kind: "HALF_YEAR", year: 2022, sequence: 1, committeeId: null } });
    expect(period.label).toBe("6 tháng đầu năm 2022");
    expect(period.startsOn).toEqual(d("2022-01-01"));
    expect(period.endsOn).toEqual(d("2022-06-30"));
    const target = await db.target.findFirstOrThrow({ where: { committeeId: anGiang, periodId: period.id, indicator: { code: "COMPLAINT_DIALOGUES" } } });
    expect(target.plannedValue.toString()).toBe("8");
  });

  it("keeps the made-up household names visibly made up", async () => {
    expect(await db.houseHandover.count({ where: { agreementId: AGREEMENT_ID, NOT: { householdName: { contains: "minh hoạ" } } } })).toBe(0);
  });

  it("publishes the five articles with their dates, linked to their conferences", async () => {
    const expected: Record<string, { publishedAt: string; committee: string; byline: string | null; heldOn: string }> = {
      "an-giang-tp-hcm-phoi-hop-dan-van-2023": { publishedAt: "2023-02-24T00:00:00+07:00", committee: "an-giang", byline: null, heldOn: "2023-02-24" },
      "an-giang-giao-ban-tong-ket-dan-van-2023": { publishedAt: "2023-11-23T11:47:00+07:00", committee: "an-giang", byline: "HẠNH CHÂU", heldOn: "2023-11-23" },
      "phat-huy-suc-manh-tong-hop-trong-cong-tac-dan-van-2022": { publishedAt: "2022-07-05T19:13:00+07:00", committee: "an-giang", byline: "THI PHONG", heldOn: "2022-07-05" },
      "can-gio-nang-cao-chat-luong-khoi-dan-van-2024": { publishedAt: "2024-07-13T00:00:00+07:00", committee: "can-gio", byline: "Thanh Tâm (Thanhuytphcm.vn)", heldOn: "2024-06-06" },
      "hiep-ninh-trien-khai-dan-van-dot-1-2023": { publishedAt: "2023-07-12T11:46:00+07:00", committee: "hiep-ninh", byline: "Quỳnh Yên", heldOn: "2023-07-12" },
    };
    expect(ARTICLES.map((a) => a.slug).sort()).toEqual(Object.keys(expected).sort());
    const articles = await db.article.findMany({
      where: { slug: { in: Object.keys(expected) } },
      include: { committee: { select: { slug: true } }, conference: { select: { heldOn: true } } },
    });
    expect(articles).toHaveLength(5);
    for (const article of articles) {
      const want = expected[article.slug]!;
      expect(article.status).toBe("PUBLISHED");
      expect(article.publishedAt).toEqual(new Date(want.publishedAt));
      expect(article.committee.slug).toBe(want.committee);
      expect(article.byline).toBe(want.byline);
      expect(article.conference?.heldOn).toEqual(d(want.heldOn));
      expect(article.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);

      const text = readFileSync(new URL(`../../prisma/seed/articles/${article.slug}.txt`, import.meta.url), "utf8");
      expect(text).toContain(article.title);
      expect(article.summary.length).toBeGreaterThan(50);
      expect(article.summary.length).toBeLessThanOrEqual(300);
      // Bodies are HTML paragraphs, clean by the newsroom's allowlist.
      expect(article.body.match(/<p>/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
      expect(sanitizeArticleHtml(article.body)).toBe(article.body);
      for (const chrome of ["In bài này", "Scroll to Top", "Ý kiến bạn đọc", "lượt truy cập", "Tổng số điểm", "[GMT+7]", "Tác giả bài viết", "\n\n.\n\n"]) {
        expect(article.body).not.toContain(chrome);
      }
      expect(article.body).not.toContain(article.title);
      expect(article.body).not.toMatch(/\n/);
    }
    const bySlug = new Map(articles.map((a) => [a.slug, a]));
    expect(bySlug.get("can-gio-nang-cao-chat-luong-khoi-dan-van-2024")?.title).toBe(
      "Cần Giờ: Nâng cao chất lượng hoạt động khối Dân vận xã, thị trấn và tổ Dân vận ấp, khu phố",
    );
    expect(bySlug.get("an-giang-tp-hcm-phoi-hop-dan-van-2023")?.body).toContain("19 căn nhà “Nghĩa tình Dân vận”");
    expect(bySlug.get("phat-huy-suc-manh-tong-hop-trong-cong-tac-dan-van-2022")?.body).toContain("đối thoại 9 vụ khiếu nại");
  });

  it("holds the conferences with their chairs, places and reviewed periods", async () => {
    const conferences = await db.conference.findMany({
      where: { id: { startsWith: "seed-" } },
      include: { committee: { select: { slug: true } }, period: { select: { label: true } }, coHosts: true },
      orderBy: { heldOn: "asc" },
    });
    expect(conferences.map((c) => [c.heldOn.toISOString().slice(0, 10), c.committee.slug, c.kind, c.chairName, c.place, c.period?.label])).toEqual([
      ["2022-07-05", "an-giang", "INTERIM_REVIEW", "Huỳnh Văn Danh", null, "6 tháng đầu năm 2022"],
      ["2023-02-24", "an-giang", "INTERIM_REVIEW", null, null, "Năm 2022"],
      ["2023-07-12", "hiep-ninh", "LAUNCH", "Lê Hoàng Linh", "Phòng họp Ban Chấp hành Đảng bộ phường Hiệp Ninh", "Đợt 1 năm 2023"],
      ["2023-11-23", "an-giang", "YEAR_END_REVIEW", "Võ Nguyên Nam", null, "Năm 2023"],
      ["2024-06-06", "can-gio", "BRIEFING", "Lê Thị Hồng Phượng", "Xã đảo Thạnh An, huyện Cần Giờ", "Quý II/2024"],
    ]);
    for (const c of conferences) expect(c.coHosts.length).toBeGreaterThan(0);
    expect(conferences[1]?.agreementId).toBe(AGREEMENT_ID);

    const phase = await db.campaignPhase.findFirstOrThrow({ where: { committee: { slug: "hiep-ninh" } }, include: { periods: true } });
    expect([phase.name, phase.startsOn, phase.endsOn]).toEqual(["Đợt 1 năm 2023", d("2023-07-17"), d("2023-07-31")]);
    expect(phase.periods).toHaveLength(1);
    expect(phase.periods[0]).toMatchObject({ kind: "PHASE", year: 2023, sequence: 1, startsOn: d("2023-07-17"), endsOn: d("2023-07-31") });
  });

  it("seeds the shared calendar periods of 2022–2025 with lib/periods dates, once each", async () => {
    const periods = await db.reportingPeriod.findMany({
      where: { calendar: "CALENDAR", committeeId: null, year: { gte: 2022, lte: 2025 }, kind: { in: ["YEAR", "HALF_YEAR", "QUARTER"] } },
    });
    expect(periods).toHaveLength(4 * (1 + 2 + 4));
    for (const p of periods) {
      const range = periodRange("CALENDAR", p.kind as "YEAR" | "HALF_YEAR" | "QUARTER", p.year, p.sequence);
      expect([p.startsOn, p.endsOn, p.label]).toEqual([range.startsOn, range.endsOn, viTranslator("periods.label", periodLabelValues(p.kind as "YEAR", p.year, p.sequence))]);
    }
  });

  it("links the committees of before 1/7/2025 to their successors", async () => {
    const rows = await db.committeeSuccession.findMany({
      include: { predecessor: { select: { slug: true } }, successor: { select: { slug: true } } },
    });
    const links = new Set(rows.map((r) => `${r.predecessor.slug} ${r.kind} ${r.successor.slug}`));
    for (const link of [
      "an-giang MERGE tuyen-giao-dan-van-an-giang",
      "kien-giang MERGE tuyen-giao-dan-van-an-giang",
      "tp-ho-chi-minh MERGE tuyen-giao-dan-van-tp-ho-chi-minh",
      "binh-duong MERGE tuyen-giao-dan-van-tp-ho-chi-minh",
      "ba-ria-vung-tau MERGE tuyen-giao-dan-van-tp-ho-chi-minh",
      "tay-ninh MERGE tuyen-giao-dan-van-tay-ninh",
      "long-an MERGE tuyen-giao-dan-van-tay-ninh",
      "can-gio TRANSFER tuyen-giao-dan-van-tp-ho-chi-minh",
      "can-gio TRANSFER xa-can-gio",
      "quan-1 TRANSFER tuyen-giao-dan-van-tp-ho-chi-minh",
      "thanh-pho-tay-ninh TRANSFER tuyen-giao-dan-van-tay-ninh",
      "hiep-ninh MERGE phuong-tan-ninh",
    ]) {
      expect(links).toContain(link);
    }
    for (const r of rows.filter((r) => r.id.startsWith("seed-"))) expect(r.effectiveOn).toEqual(d("2025-07-01"));

    const seeded = await db.committee.findMany({
      where: { id: { startsWith: "seed-" } },
      include: { successors: true, parentLinks: { include: { parent: { select: { validFrom: true, validTo: true } } } } },
    });
    const bySlug = new Map(seeded.map((c) => [c.slug, c]));
    expect(bySlug.get("an-giang")).toMatchObject({ level: "PROVINCE", kind: "DAN_VAN", validTo: d("2025-06-30"), headName: "Võ Nguyên Nam" });
    expect(bySlug.get("can-gio")).toMatchObject({ level: "DISTRICT", validTo: d("2025-06-30"), headName: "Lê Thị Hồng Phượng" });
    expect(bySlug.get("hiep-ninh")).toMatchObject({ level: "COMMUNE", kind: "STEERING_BOARD" });
    expect(bySlug.get("trung-uong")).toMatchObject({ level: "CENTRAL", validTo: null });
    expect(bySlug.get("trung-uong")?.parentLinks).toEqual([]);
    // Xã Thạnh An only moved: one committee, two dated parents.
    expect(bySlug.has("xa-thanh-an")).toBe(false);
    expect(bySlug.get("thanh-an")).toMatchObject({ validFrom: d("2020-01-01"), validTo: null });
    for (const slug of ["tuyen-giao-dan-van-an-giang", "tuyen-giao-dan-van-tp-ho-chi-minh", "tuyen-giao-dan-van-tay-ninh"]) {
      expect(bySlug.get(slug)).toMatchObject({ level: "PROVINCE", kind: "TUYEN_GIAO_DAN_VAN", validFrom: d("2025-07-01"), validTo: null });
    }
    for (const c of seeded) {
      // Every district ended with the reorganisation; every ended committee has a successor.
      if (c.level === "DISTRICT") expect(c.validTo).toEqual(d("2025-06-30"));
      if (c.validTo) expect(c.successors.length, c.slug).toBeGreaterThan(0);
      // Ended committees with successors have exactly one primary successor.
      if (c.successors.length > 0) expect(c.successors.filter((s) => s.primary).length, c.slug).toBe(1);
      // Parent spans lie within the committee's life and its parent's, and cover its life without gaps.
      const links = [...c.parentLinks].sort((a, b) => a.validFrom.getTime() - b.validFrom.getTime());
      for (const [index, link] of links.entries()) {
        expect(link.validFrom.getTime(), c.slug).toBeGreaterThanOrEqual(Math.max(c.validFrom.getTime(), link.parent.validFrom.getTime()));
        const end = link.validTo?.getTime() ?? Infinity;
        expect(end, c.slug).toBeLessThanOrEqual(Math.min(c.validTo?.getTime() ?? Infinity, link.parent.validTo?.getTime() ?? Infinity));
        const next = links[index + 1];
        if (next) expect(next.validFrom.getTime() - end, c.slug).toBe(86_400_000);
      }
      if (c.slug !== "trung-uong") {
        expect(links[0]?.validFrom, c.slug).toEqual(c.validFrom);
        expect(links.at(-1)?.validTo ?? null, c.slug).toEqual(c.validTo);
      }
    }
  });

  it("creates the demo accounts, whose password verifies", async () => {
    for (const demo of DEMO_USERS) {
      const user = await db.user.findUniqueOrThrow({ where: { email: demo.email }, include: { committee: { select: { slug: true } } } });
      expect(user.email).toBe(demo.email.toLowerCase());
      expect(user.role).toBe(demo.role);
      expect(user.committee?.slug).toBe(demo.committee);
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
      expect(await verifyPassword(user.passwordHash, "sai-mat-khau")).toBe(false);
    }
    // Every demo account sits on a committee that exists today.
    expect(DEMO_USERS.find((u) => u.email === "canbo.cangio@danvan.demo")?.committee).toBe(DEMO_COMMITTEE_SLUGS.communeCanGio);
    for (const email of ["lanhdao.angiang@danvan.demo", "canbo.angiang@danvan.demo", "bientap@danvan.demo"]) {
      expect(DEMO_USERS.find((u) => u.email === email)?.committee).toBe(DEMO_COMMITTEE_SLUGS.anGiangMerged);
    }
  });
});

// Honest demo data: every seeded record says, in its `illustrative_note`
// column, what of it the five articles do not state. Per record kind, the
// table below lists what the articles state and, per record, the fields the
// seed had to invent: the note must name each of them; a record whose every
// fact is stated has no note. A seeded record no rule covers fails the test,
// so a new seed record needs a decision here.
type SeededRow = { id: string; key: string; note: string | null; value: boolean; beneficiaries: boolean };
type RecordKind = {
  table: string;
  /** What the articles state for this kind (documentation for the reader). */
  fromArticles: string;
  /** SQL giving every seeded row: id, key (what the rules match), note, and flags. */
  rows: string;
  /** The invented fields of a row (each must be named in its note); [] when all is stated; undefined when no rule covers it. */
  invented: (row: SeededRow) => string[] | undefined;
};

const rule = (rules: [RegExp, string[]][]) => (row: SeededRow) => rules.find(([pattern]) => pattern.test(row.key))?.[1];
const select = (from: string, key = "t.id", where = "t.id like 'seed-%'") =>
  `select t.id, ${key} as key, t.illustrative_note as note, false as value, false as beneficiaries from ${from} where ${where}`;

const RECORD_KINDS: RecordKind[] = [
  {
    table: "agreements",
    fromArticles: "title, parties, tasks (article 000)",
    rows: select("agreements t"),
    invented: rule([[/^seed-agreement-an-giang-tp-hcm$/, ["Ngày ký", "ngày hiệu lực", "thời hạn", "bên chủ trì", "bên phụ trách"]]]),
  },
  {
    table: "partners",
    fromArticles: "MTTQ, LHPN, LĐLĐ of An Giang (001); MTTQ of Cần Giờ (003) and Hiệp Ninh (004); the armed forces, police, UBND 'tỉnh' (002)",
    rows: select("partners t"),
    invented: rule([
      [/^seed-partner-(ag-mttq|ag-lhpn|ag-ldld|cg-mttq|hn-mttq)$/, []],
      [/^seed-partner-(ag-chqs|ag-bdbp|ag-ca|ag-ubnd)$/, ["Tỉnh An Giang"]],
      [/^seed-partner-(ag-doan|ag-hnd|ag-ccb)$/, ["Tên tổ chức"]],
    ]),
  },
  {
    table: "conferences",
    fromArticles: "kind, title, date, place, chair, period, conclusions and directions of the five articles",
    rows: select("conferences t"),
    invented: rule([
      [/-an-giang-2022-07-05$/, ["Tỉnh An Giang"]],
      [/-(an-giang-tp-hcm-2023-02-24|can-gio-2024-06-06|hiep-ninh-2023-07-12|an-giang-2023-11-23)$/, []],
    ]),
  },
  {
    table: "conference_co_hosts",
    fromArticles: "the parties each article names (TP. Hồ Chí Minh, MTTQ, LLVT, police, LHPN, LĐLĐ)",
    rows: select("conference_co_hosts t left join committees c on c.id = t.committee_id", "t.conference_id || ':' || coalesce(c.slug, t.partner_id)"),
    invented: rule([
      [/:thanh-an$/, ["Xã Thạnh An"]],
      [/-2022-07-05:seed-partner-(ag-lhpn|ag-ldld|ag-doan|ag-hnd|ag-ccb)$/, ["Tổ chức đồng tổ chức"]],
      [/-2023-11-23:seed-partner-(ag-doan|ag-hnd|ag-ccb)$/, ["Tổ chức đồng tổ chức"]],
      [/:(tp-ho-chi-minh|seed-partner-(ag-mttq|ag-lhpn|ag-ldld|ag-chqs|ag-bdbp|ag-ca|cg-mttq|hn-mttq))$/, []],
    ]),
  },
  {
    table: "campaigns",
    fromArticles: "the movements' names (000, 002, 004)",
    rows: select("campaigns t", "t.slug"),
    invented: rule([
      [/^dan-van-kheo-ket-noi-bien-cuong$/, ["Đơn vị phát động"]],
      [/^(dan-van-kheo|ca-nuoc-chung-suc-xay-dung-nong-thon-moi-do-thi-van-minh|chung-tay-vi-nguoi-ngheo)$/, []],
    ]),
  },
  {
    table: "campaign_phases",
    fromArticles: "Hiệp Ninh's đợt 1 năm 2023, 17/7–31/7/2023 (004)",
    rows: select("campaign_phases t"),
    invented: rule([[/^seed-phase-hiep-ninh-2023-1$/, []]]),
  },
  {
    table: "exemplary_models",
    fromArticles: "only the call to build such models (001, 002)",
    rows: select("exemplary_models t"),
    invented: rule([[/^seed-model-/, ["Tên", "lĩnh vực", "cấp công nhận", "ngày đăng ký", "ngày công nhận", "nội dung"]]]),
  },
  {
    table: "house_handovers",
    fromArticles: "19 houses, 950.000.000 đ in all, type, An Giang, 2022 (000)",
    rows: select("house_handovers t"),
    invented: rule([[/^seed-house-\d+$/, ["Tên hộ", "địa bàn", "ngày bàn giao", "giá trị từng căn"]]]),
  },
  {
    table: "house_fundings",
    fromArticles: "the city's Ban Dân vận and 'Ban Dân vận các Quận ủy' as funders (000)",
    rows: select("house_fundings t left join committees c on c.id = t.contributor_committee_id", "coalesce(c.slug, t.id)"),
    invented: rule([
      [/^tp-ho-chi-minh$/, ["Số tiền"]],
      [/^(quan-1|quan-3|quan-5|binh-thanh)$/, ["Quận ủy", "số tiền"]],
    ]),
  },
  {
    table: "activities",
    fromArticles: "the kinds of deeds, and 9 complaint dialogues in the first half of 2022 (002)",
    rows: "select t.id, t.id as key, t.illustrative_note as note, t.value_vnd is not null as value, t.beneficiaries is not null as beneficiaries from activities t where t.id like 'seed-%'",
    invented: (row) => {
      if (/^seed-activity-an-giang-doi-thoai-2022-\d$/.test(row.key)) return ["Ngày đối thoại"];
      if (!row.key.startsWith("seed-activity-")) return undefined;
      return ["Số lượng", ...(row.value ? ["giá trị"] : []), ...(row.beneficiaries ? ["số người hưởng"] : []), "ngày"];
    },
  },
  {
    table: "targets",
    fromArticles: "Hiệp Ninh's 'từ 01 căn trở lên' for đợt 1 năm 2023 (004)",
    rows: select("targets t"),
    invented: rule([
      [/^seed-target-hiep-ninh-phase-houses$/, []],
      [/^seed-target-/, ["Chỉ tiêu"]],
    ]),
  },
];

describe("illustrative notes of the demo data", () => {
  it("covers every table that has an illustrative_note column", async () => {
    const tables = await db.$queryRaw<{ table_name: string }[]>`
      select table_name from information_schema.columns
      where table_schema = current_schema() and column_name = 'illustrative_note' order by table_name`;
    expect(tables.map((t) => t.table_name)).toEqual(RECORD_KINDS.map((k) => k.table).sort());
  });

  for (const kind of RECORD_KINDS) {
    it(`marks what the articles do not state on every seeded row of ${kind.table}`, async () => {
      const rows = await db.$queryRawUnsafe<SeededRow[]>(kind.rows);
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        const invented = kind.invented(row);
        expect(invented, `${kind.table} ${row.key}: no rule says what of it the articles state; add one to RECORD_KINDS`).toBeDefined();
        if (invented!.length === 0) {
          expect(row.note, `${kind.table} ${row.key} is stated in full by the articles`).toBeNull();
          continue;
        }
        expect(row.note, `${kind.table} ${row.key} goes beyond the articles`).toMatch(/^\S.*: số liệu minh hoạ\.$/u);
        for (const field of invented!) {
          expect(row.note!.toLocaleLowerCase("vi"), `${kind.table} ${row.key}`).toContain(field.toLocaleLowerCase("vi"));
        }
      }
    });
  }
});
