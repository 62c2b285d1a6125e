// The committee tree of the demo, before and after the reorganisation of
// 1 July 2025 (districts abolished, provinces merged, Ban Dân vận merged with
// Ban Tuyên giáo), with the successions that link the old units to the new.
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

type CommitteeSeed = {
  slug: string;
  name: string;
  shortName: string;
  level: CommitteeLevel;
  kind: CommitteeKind;
  locality: string;
  parent: string | null;
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
    parent: "trung-uong",
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
    parent,
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
    parent: "trung-uong",
    validFrom: REORGANISED_ON,
    validTo: null,
    headName: null,
    headTitle: null,
  };
}

function commune(slug: string, parent: string, name: string, shortName: string, locality: string, validFrom: string, validTo: string | null): CommitteeSeed {
  return { slug, name, shortName, level: COMMUNE, kind: DAN_VAN, locality, parent, validFrom, validTo, headName: null, headTitle: null };
}

// Parents come before their children.
export const COMMITTEES: readonly CommitteeSeed[] = [
  {
    slug: "trung-uong",
    name: "Ban Dân vận Trung ương",
    shortName: "BDV Trung ương",
    level: CENTRAL,
    kind: DAN_VAN,
    locality: "Ban Chấp hành Trung ương Đảng",
    parent: null,
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
  commune("thanh-an", "can-gio", "Khối Dân vận xã Thạnh An", "Khối DV xã Thạnh An", "Đảng ủy xã Thạnh An", RECORDS_FROM, REORGANISED_UNTIL),
  {
    slug: "hiep-ninh",
    name: "Ban Chỉ đạo công tác vận động quần chúng phường Hiệp Ninh",
    shortName: "BCĐ VĐQC phường Hiệp Ninh",
    level: COMMUNE,
    kind: STEERING_BOARD,
    locality: "Đảng ủy phường Hiệp Ninh",
    parent: "thanh-pho-tay-ninh",
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
  commune("xa-thanh-an", "tuyen-giao-dan-van-tp-ho-chi-minh", "Khối Dân vận xã Thạnh An", "Khối DV xã Thạnh An", "Đảng ủy xã Thạnh An", REORGANISED_ON, null),
  // Phường Tân Ninh: Phường 1, 2, 3, 4 and Hiệp Ninh of Tây Ninh city merged.
  commune("phuong-tan-ninh", "tuyen-giao-dan-van-tay-ninh", "Khối Dân vận phường Tân Ninh", "Khối DV phường Tân Ninh", "Đảng ủy phường Tân Ninh", REORGANISED_ON, null),
];

type SuccessionSeed = { from: string; to: string; kind: SuccessionKind; note: string };

const { MERGE, TRANSFER, RENAME } = SuccessionKind;
const DISTRICTS_ABOLISHED = "Bỏ cấp huyện từ 01/7/2025: nhiệm vụ chuyển về cấp tỉnh và cấp xã.";

export const SUCCESSIONS: readonly SuccessionSeed[] = [
  { from: "an-giang", to: "tuyen-giao-dan-van-an-giang", kind: MERGE, note: "Hợp nhất tỉnh An Giang và tỉnh Kiên Giang; hợp nhất Ban Tuyên giáo và Ban Dân vận." },
  { from: "kien-giang", to: "tuyen-giao-dan-van-an-giang", kind: MERGE, note: "Hợp nhất tỉnh An Giang và tỉnh Kiên Giang; hợp nhất Ban Tuyên giáo và Ban Dân vận." },
  { from: "tp-ho-chi-minh", to: "tuyen-giao-dan-van-tp-ho-chi-minh", kind: MERGE, note: "Hợp nhất TP. Hồ Chí Minh, tỉnh Bình Dương và tỉnh Bà Rịa – Vũng Tàu; hợp nhất Ban Tuyên giáo và Ban Dân vận." },
  { from: "binh-duong", to: "tuyen-giao-dan-van-tp-ho-chi-minh", kind: MERGE, note: "Hợp nhất TP. Hồ Chí Minh, tỉnh Bình Dương và tỉnh Bà Rịa – Vũng Tàu; hợp nhất Ban Tuyên giáo và Ban Dân vận." },
  { from: "ba-ria-vung-tau", to: "tuyen-giao-dan-van-tp-ho-chi-minh", kind: MERGE, note: "Hợp nhất TP. Hồ Chí Minh, tỉnh Bình Dương và tỉnh Bà Rịa – Vũng Tàu; hợp nhất Ban Tuyên giáo và Ban Dân vận." },
  { from: "tay-ninh", to: "tuyen-giao-dan-van-tay-ninh", kind: MERGE, note: "Hợp nhất tỉnh Tây Ninh và tỉnh Long An; hợp nhất Ban Tuyên giáo và Ban Dân vận." },
  { from: "long-an", to: "tuyen-giao-dan-van-tay-ninh", kind: MERGE, note: "Hợp nhất tỉnh Tây Ninh và tỉnh Long An; hợp nhất Ban Tuyên giáo và Ban Dân vận." },
  { from: "quan-1", to: "tuyen-giao-dan-van-tp-ho-chi-minh", kind: TRANSFER, note: DISTRICTS_ABOLISHED },
  { from: "quan-3", to: "tuyen-giao-dan-van-tp-ho-chi-minh", kind: TRANSFER, note: DISTRICTS_ABOLISHED },
  { from: "quan-5", to: "tuyen-giao-dan-van-tp-ho-chi-minh", kind: TRANSFER, note: DISTRICTS_ABOLISHED },
  { from: "binh-thanh", to: "tuyen-giao-dan-van-tp-ho-chi-minh", kind: TRANSFER, note: DISTRICTS_ABOLISHED },
  { from: "can-gio", to: "tuyen-giao-dan-van-tp-ho-chi-minh", kind: TRANSFER, note: DISTRICTS_ABOLISHED },
  { from: "can-gio", to: "xa-can-gio", kind: TRANSFER, note: "Địa bàn huyện Cần Giờ cũ: công tác dân vận ở cơ sở do Đảng ủy xã Cần Giờ tiếp nhận." },
  { from: "thanh-pho-tay-ninh", to: "tuyen-giao-dan-van-tay-ninh", kind: TRANSFER, note: DISTRICTS_ABOLISHED },
  // Xã Thạnh An keeps its area; only its place in the tree changes (no district above it).
  { from: "thanh-an", to: "xa-thanh-an", kind: RENAME, note: "Xã Thạnh An giữ nguyên địa giới, từ 01/7/2025 trực thuộc Thành ủy TP. Hồ Chí Minh." },
  { from: "hiep-ninh", to: "phuong-tan-ninh", kind: MERGE, note: "Sáp nhập Phường 1, Phường 2, Phường 3, Phường 4 và phường Hiệp Ninh thành phường Tân Ninh." },
];

/** Committee id by slug. */
export type CommitteeIds = Map<string, string>;

export async function seedCommittees(tx: Tx): Promise<CommitteeIds> {
  const ids: CommitteeIds = new Map();
  for (const c of COMMITTEES) {
    const data = {
      name: c.name,
      shortName: c.shortName,
      level: c.level,
      kind: c.kind,
      locality: c.locality,
      parentId: c.parent === null ? null : must(ids, c.parent, "parent committee"),
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
  return ids;
}

export async function seedSuccessions(tx: Tx, committees: CommitteeIds): Promise<number> {
  for (const s of SUCCESSIONS) {
    const predecessorId = must(committees, s.from, "committee");
    const successorId = must(committees, s.to, "committee");
    const data = { kind: s.kind, effectiveOn: day(REORGANISED_ON), note: s.note };
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
  hiepNinh: "hiep-ninh",
  anGiangMerged: "tuyen-giao-dan-van-an-giang",
  hoChiMinhCityMerged: "tuyen-giao-dan-van-tp-ho-chi-minh",
  tayNinhMerged: "tuyen-giao-dan-van-tay-ninh",
} as const;
