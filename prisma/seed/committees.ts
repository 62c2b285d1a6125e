// The committee tree of the demo, before and after the reorganisation of
// 1 July 2025 (districts abolished, provinces merged, Ban Dân vận merged with
// Ban Tuyên giáo), with the successions that link the old units to the new.
// Parents are dated: a committee that only moves (xã Thạnh An: under Cần Giờ
// district until 30/6/2025, under the city from 1/7/2025) keeps its row.
//
// Heads are named only where the articles name them. Committees that existed
// before the records begin carry `validFrom` = RECORDS_FROM: they are much
// older, but the portal holds nothing earlier (an assumption of the demo).
import { CommitteeKind, CommitteeLevel, SuccessionKind } from "@/lib/generated/prisma/client";
import { day, must, seedId, type Tx } from "./util";

const RECORDS_FROM = "2020-01-01";
/** Last day of the old tree, first day of the new one. */
export const REORGANISED_UNTIL = "2025-06-30";
export const REORGANISED_ON = "2025-07-01";

type ParentSeed = { parent: string; from: string; to: string | null };

type CommitteeSeed = {
  slug: string;
  name: string;
  shortName: string;
  level: CommitteeLevel;
  kind: CommitteeKind;
  locality: string;
  /** Its parents over time, oldest first; the first starts with the committee. */
  parents: readonly ParentSeed[];
  validFrom: string;
  validTo: string | null;
  headName: string | null;
  headTitle: string | null;
};

const { CENTRAL, PROVINCE, DISTRICT, COMMUNE } = CommitteeLevel;
const { DAN_VAN, TUYEN_GIAO_DAN_VAN, STEERING_BOARD } = CommitteeKind;

function province(slug: string, locality: string, shortPlace: string): CommitteeSeed {
  return {
    slug,
    name: `Ban Dân vận ${locality}`,
    shortName: `BDV ${shortPlace}`,
    level: PROVINCE,
    kind: DAN_VAN,
    locality,
    parents: [{ parent: "trung-uong", from: RECORDS_FROM, to: REORGANISED_UNTIL }],
    validFrom: RECORDS_FROM,
    validTo: REORGANISED_UNTIL,
    headName: null,
    headTitle: null,
  };
}

function district(slug: string, parent: string, locality: string, shortPlace: string): CommitteeSeed {
  return {
    slug,
    name: `Ban Dân vận ${locality}`,
    shortName: `BDV ${shortPlace}`,
    level: DISTRICT,
    kind: DAN_VAN,
    locality,
    parents: [{ parent, from: RECORDS_FROM, to: REORGANISED_UNTIL }],
    validFrom: RECORDS_FROM,
    validTo: REORGANISED_UNTIL,
    headName: null,
    headTitle: null,
  };
}

function merged(slug: string, locality: string, shortPlace: string): CommitteeSeed {
  return {
    slug,
    name: `Ban Tuyên giáo và Dân vận ${locality}`,
    shortName: `Ban TG-DV ${shortPlace}`,
    level: PROVINCE,
    kind: TUYEN_GIAO_DAN_VAN,
    locality,
    parents: [{ parent: "trung-uong", from: REORGANISED_ON, to: null }],
    validFrom: REORGANISED_ON,
    validTo: null,
    headName: null,
    headTitle: null,
  };
}

function commune(slug: string, parent: string, name: string, shortName: string, locality: string, validFrom: string, validTo: string | null): CommitteeSeed {
  return { slug, name, shortName, level: COMMUNE, kind: DAN_VAN, locality, parents: [{ parent, from: validFrom, to: validTo }], validFrom, validTo, headName: null, headTitle: null };
}

export const COMMITTEES: readonly CommitteeSeed[] = [
  {
    slug: "trung-uong",
    name: "Ban Dân vận Trung ương",
    shortName: "BDV Trung ương",
    level: CENTRAL,
    kind: DAN_VAN,
    locality: "Ban Chấp hành Trung ương Đảng",
    parents: [],
    // 15/10/1930: the founding of the Ban Dân vận (Ngày truyền thống công tác dân vận).
    // Simplification: the 2025 merger at central level is not modelled; the
    // root stays the one node every committee hangs from.
    validFrom: "1930-10-15",
    validTo: null,
    headName: null,
    headTitle: null,
  },

  // ── Provinces until 30/6/2025 ──
  {
    ...province("an-giang", "Tỉnh ủy An Giang", "Tỉnh ủy An Giang"),
    // Huỳnh Văn Danh chaired the 5/7/2022 conference; Võ Nguyên Nam is the
    // head named in the latest article (23/11/2023).
    headName: "Võ Nguyên Nam",
    headTitle: "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Dân vận Tỉnh ủy",
  },
  province("kien-giang", "Tỉnh ủy Kiên Giang", "Tỉnh ủy Kiên Giang"),
  province("tp-ho-chi-minh", "Thành ủy TP. Hồ Chí Minh", "Thành ủy TP.HCM"),
  province("binh-duong", "Tỉnh ủy Bình Dương", "Tỉnh ủy Bình Dương"),
  province("ba-ria-vung-tau", "Tỉnh ủy Bà Rịa – Vũng Tàu", "Tỉnh ủy BR-VT"),
  province("tay-ninh", "Tỉnh ủy Tây Ninh", "Tỉnh ủy Tây Ninh"),
  province("long-an", "Tỉnh ủy Long An", "Tỉnh ủy Long An"),

  // ── Districts until 30/6/2025 ── (article 000: "Ban Dân vận các Quận ủy TP. Hồ Chí Minh")
  district("quan-1", "tp-ho-chi-minh", "Quận ủy Quận 1", "Quận 1"),
  district("quan-3", "tp-ho-chi-minh", "Quận ủy Quận 3", "Quận 3"),
  district("quan-5", "tp-ho-chi-minh", "Quận ủy Quận 5", "Quận 5"),
  district("binh-thanh", "tp-ho-chi-minh", "Quận ủy Bình Thạnh", "Bình Thạnh"),
  {
    ...district("can-gio", "tp-ho-chi-minh", "Huyện ủy Cần Giờ", "Cần Giờ"),
    headName: "Lê Thị Hồng Phượng",
    headTitle: "Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Dân vận Huyện ủy",
  },
  // The party committee of Tây Ninh city is itself called "Thành ủy Tây Ninh".
  district("thanh-pho-tay-ninh", "tay-ninh", "Thành ủy Tây Ninh", "TP. Tây Ninh"),

  // ── Communes and wards until 30/6/2025 ──
  // Xã Thạnh An keeps its name and area (an island commune, the one commune
  // of Cần Giờ not merged): one committee, whose parent changes on 1/7/2025.
  {
    ...commune("thanh-an", "can-gio", "Khối Dân vận xã Thạnh An", "Khối DV xã Thạnh An", "Đảng ủy xã Thạnh An", RECORDS_FROM, null),
    parents: [
      { parent: "can-gio", from: RECORDS_FROM, to: REORGANISED_UNTIL },
      { parent: "tuyen-giao-dan-van-tp-ho-chi-minh", from: REORGANISED_ON, to: null },
    ],
  },
  {
    slug: "hiep-ninh",
    name: "Ban Chỉ đạo công tác vận động quần chúng phường Hiệp Ninh",
    shortName: "BCĐ VĐQC phường Hiệp Ninh",
    level: COMMUNE,
    kind: STEERING_BOARD,
    locality: "Đảng ủy phường Hiệp Ninh",
    parents: [{ parent: "thanh-pho-tay-ninh", from: RECORDS_FROM, to: REORGANISED_UNTIL }],
    validFrom: RECORDS_FROM,
    validTo: REORGANISED_UNTIL,
    headName: "Lê Hoàng Linh",
    headTitle: "Phó Bí thư Thường trực Đảng ủy phường, Trưởng Ban Chỉ đạo",
  },

  // ── From 1/7/2025: merged provinces, Ban Tuyên giáo và Dân vận ──
  merged("tuyen-giao-dan-van-an-giang", "Tỉnh ủy An Giang", "Tỉnh ủy An Giang"),
  merged("tuyen-giao-dan-van-tp-ho-chi-minh", "Thành ủy TP. Hồ Chí Minh", "Thành ủy TP.HCM"),
  merged("tuyen-giao-dan-van-tay-ninh", "Tỉnh ủy Tây Ninh", "Tỉnh ủy Tây Ninh"),

  // ── From 1/7/2025: communes and wards directly under the province ──
  commune("xa-can-gio", "tuyen-giao-dan-van-tp-ho-chi-minh", "Khối Dân vận xã Cần Giờ", "Khối DV xã Cần Giờ", "Đảng ủy xã Cần Giờ", REORGANISED_ON, null),
  // Phường Tân Ninh: Phường 1, 2, 3, 4 and Hiệp Ninh of Tây Ninh city merged.
  commune("phuong-tan-ninh", "tuyen-giao-dan-van-tay-ninh", "Khối Dân vận phường Tân Ninh", "Khối DV phường Tân Ninh", "Đảng ủy phường Tân Ninh", REORGANISED_ON, null),
];

/** `primary`: the one successor that carries the predecessor's history and acts for it. */
type SuccessionSeed = { from: string; to: string; kind: SuccessionKind; primary: boolean; note: string };

const { MERGE, TRANSFER } = SuccessionKind;
const DISTRICTS_ABOLISHED = "Bỏ cấp huyện từ 01/7/2025: nhiệm vụ chuyển về cấp tỉnh và cấp xã.";

export const SUCCESSIONS: readonly SuccessionSeed[] = [
  { from: "an-giang", to: "tuyen-giao-dan-van-an-giang", kind: MERGE, primary: true, note: "Hợp nhất tỉnh An Giang và tỉnh Kiên Giang; hợp nhất Ban Tuyên giáo và Ban Dân vận." },
  { from: "kien-giang", to: "tuyen-giao-dan-van-an-giang", kind: MERGE, primary: true, note: "Hợp nhất tỉnh An Giang và tỉnh Kiên Giang; hợp nhất Ban Tuyên giáo và Ban Dân vận." },
  { from: "tp-ho-chi-minh", to: "tuyen-giao-dan-van-tp-ho-chi-minh", kind: MERGE, primary: true, note: "Hợp nhất TP. Hồ Chí Minh, tỉnh Bình Dương và tỉnh Bà Rịa – Vũng Tàu; hợp nhất Ban Tuyên giáo và Ban Dân vận." },
  { from: "binh-duong", to: "tuyen-giao-dan-van-tp-ho-chi-minh", kind: MERGE, primary: true, note: "Hợp nhất TP. Hồ Chí Minh, tỉnh Bình Dương và tỉnh Bà Rịa – Vũng Tàu; hợp nhất Ban Tuyên giáo và Ban Dân vận." },
  { from: "ba-ria-vung-tau", to: "tuyen-giao-dan-van-tp-ho-chi-minh", kind: MERGE, primary: true, note: "Hợp nhất TP. Hồ Chí Minh, tỉnh Bình Dương và tỉnh Bà Rịa – Vũng Tàu; hợp nhất Ban Tuyên giáo và Ban Dân vận." },
  { from: "tay-ninh", to: "tuyen-giao-dan-van-tay-ninh", kind: MERGE, primary: true, note: "Hợp nhất tỉnh Tây Ninh và tỉnh Long An; hợp nhất Ban Tuyên giáo và Ban Dân vận." },
  { from: "long-an", to: "tuyen-giao-dan-van-tay-ninh", kind: MERGE, primary: true, note: "Hợp nhất tỉnh Tây Ninh và tỉnh Long An; hợp nhất Ban Tuyên giáo và Ban Dân vận." },
  { from: "quan-1", to: "tuyen-giao-dan-van-tp-ho-chi-minh", kind: TRANSFER, primary: true, note: DISTRICTS_ABOLISHED },
  { from: "quan-3", to: "tuyen-giao-dan-van-tp-ho-chi-minh", kind: TRANSFER, primary: true, note: DISTRICTS_ABOLISHED },
  { from: "quan-5", to: "tuyen-giao-dan-van-tp-ho-chi-minh", kind: TRANSFER, primary: true, note: DISTRICTS_ABOLISHED },
  { from: "binh-thanh", to: "tuyen-giao-dan-van-tp-ho-chi-minh", kind: TRANSFER, primary: true, note: DISTRICTS_ABOLISHED },
  // Cần Giờ district's duties went to the city's committee (primary); the
  // commune of Cần Giờ took over the grassroots work on its old ground.
  { from: "can-gio", to: "tuyen-giao-dan-van-tp-ho-chi-minh", kind: TRANSFER, primary: true, note: DISTRICTS_ABOLISHED },
  { from: "can-gio", to: "xa-can-gio", kind: TRANSFER, primary: false, note: "Địa bàn huyện Cần Giờ cũ: công tác dân vận ở cơ sở do Đảng ủy xã Cần Giờ tiếp nhận." },
  { from: "thanh-pho-tay-ninh", to: "tuyen-giao-dan-van-tay-ninh", kind: TRANSFER, primary: true, note: DISTRICTS_ABOLISHED },
  { from: "hiep-ninh", to: "phuong-tan-ninh", kind: MERGE, primary: true, note: "Sáp nhập Phường 1, Phường 2, Phường 3, Phường 4 và phường Hiệp Ninh thành phường Tân Ninh." },
];

/** Committee id by slug. */
export type CommitteeIds = Map<string, string>;

/** Rows of earlier versions of the seed that the reorganised demo no longer has. */
const OBSOLETE_COMMITTEES = ["xa-thanh-an"]; // xã Thạnh An is one committee now

export async function seedCommittees(tx: Tx): Promise<CommitteeIds> {
  await tx.committee.deleteMany({ where: { slug: { in: OBSOLETE_COMMITTEES }, id: { startsWith: "seed-" } } });
  const ids: CommitteeIds = new Map();
  for (const c of COMMITTEES) {
    const data = {
      name: c.name,
      shortName: c.shortName,
      level: c.level,
      kind: c.kind,
      locality: c.locality,
      validFrom: day(c.validFrom),
      validTo: c.validTo === null ? null : day(c.validTo),
      headName: c.headName,
      headTitle: c.headTitle,
    };
    const row = await tx.committee.upsert({
      where: { slug: c.slug },
      create: { id: seedId("committee", c.slug), slug: c.slug, ...data },
      update: data,
      select: { id: true },
    });
    ids.set(c.slug, row.id);
  }
  for (const c of COMMITTEES) await seedParents(tx, ids, c);
  return ids;
}

/** A committee's dated parents: exactly the seed's, replacing any others. */
async function seedParents(tx: Tx, ids: CommitteeIds, c: CommitteeSeed): Promise<void> {
  const committeeId = must(ids, c.slug, "committee");
  const keep: string[] = [];
  for (const link of c.parents) {
    const id = seedId("parent", c.slug, link.from);
    const data = { parentId: must(ids, link.parent, "parent committee"), validFrom: day(link.from), validTo: link.to === null ? null : day(link.to) };
    await tx.committeeParent.upsert({ where: { id }, create: { id, committeeId, ...data }, update: data, select: { id: true } });
    keep.push(id);
  }
  await tx.committeeParent.deleteMany({ where: { committeeId, id: { notIn: keep } } });
}

export async function seedSuccessions(tx: Tx, committees: CommitteeIds): Promise<number> {
  // Primary flags first cleared, then set: the partial unique index allows one per predecessor at any moment.
  await tx.committeeSuccession.updateMany({ where: { id: { startsWith: "seed-" } }, data: { primary: false } });
  for (const s of SUCCESSIONS) {
    const predecessorId = must(committees, s.from, "committee");
    const successorId = must(committees, s.to, "committee");
    const data = { kind: s.kind, effectiveOn: day(REORGANISED_ON), primary: s.primary, note: s.note };
    await tx.committeeSuccession.upsert({
      where: { predecessorId_successorId: { predecessorId, successorId } },
      create: { id: seedId("succession", s.from, s.to), predecessorId, successorId, ...data },
      update: data,
    });
  }
  return SUCCESSIONS.length;
}

/** Slugs the demo accounts and tests rely on. */
export const DEMO_COMMITTEE_SLUGS = {
  central: "trung-uong",
  anGiang: "an-giang",
  hoChiMinhCity: "tp-ho-chi-minh",
  canGio: "can-gio",
  thanhAn: "thanh-an",
  communeCanGio: "xa-can-gio",
  kienGiang: "kien-giang",
  hiepNinh: "hiep-ninh",
  anGiangMerged: "tuyen-giao-dan-van-an-giang",
  hoChiMinhCityMerged: "tuyen-giao-dan-van-tp-ho-chi-minh",
  tayNinhMerged: "tuyen-giao-dan-van-tay-ninh",
} as const;
