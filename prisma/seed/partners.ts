// Partner organisations named in the articles, attached to the committee in
// whose area they work.
import { PartnerKind } from "@/lib/generated/prisma/client";
import type { CommitteeIds } from "./committees";
import { illustrative, must, seedId, type Tx } from "./util";

type PartnerSeed = { key: string; committee: string; name: string; shortName: string; kind: PartnerKind };

// Article 002 names these bodies "tỉnh" without naming the province.
const UNNAMED_PROVINCE = illustrative("Tỉnh An Giang (bài viết không nêu tên tỉnh)");
// The articles speak of "các tổ chức chính trị - xã hội" without naming these.
const UNNAMED_ORGANISATION = illustrative("Tên tổ chức (bài viết chỉ nêu “các tổ chức chính trị - xã hội”)");

/** What of each partner the articles do not state; absent: all of it is stated. */
export const PARTNER_ILLUSTRATIVE: Partial<Record<PartnerKey, string>> = {
  "ag-doan": UNNAMED_ORGANISATION,
  "ag-hnd": UNNAMED_ORGANISATION,
  "ag-ccb": UNNAMED_ORGANISATION,
  "ag-chqs": UNNAMED_PROVINCE,
  "ag-bdbp": UNNAMED_PROVINCE,
  "ag-ca": UNNAMED_PROVINCE,
  "ag-ubnd": UNNAMED_PROVINCE,
};

export const PARTNERS = [
  // An Giang: MTTQ and the socio-political organisations (articles 001, 002).
  { key: "ag-mttq", committee: "an-giang", name: "Ủy ban MTTQ Việt Nam tỉnh An Giang", shortName: "UBMTTQVN tỉnh", kind: PartnerKind.FATHERLAND_FRONT },
  // Chủ tịch: Lê Bích Phượng (article 001).
  { key: "ag-lhpn", committee: "an-giang", name: "Hội Liên hiệp Phụ nữ tỉnh An Giang", shortName: "Hội LHPN tỉnh", kind: PartnerKind.WOMEN_UNION },
  // Phó Chủ tịch: Nguyễn Hữu Giang (article 001).
  { key: "ag-ldld", committee: "an-giang", name: "Liên đoàn Lao động tỉnh An Giang", shortName: "LĐLĐ tỉnh", kind: PartnerKind.LABOUR_FEDERATION },
  { key: "ag-doan", committee: "an-giang", name: "Tỉnh Đoàn An Giang", shortName: "Tỉnh Đoàn", kind: PartnerKind.YOUTH_UNION },
  { key: "ag-hnd", committee: "an-giang", name: "Hội Nông dân tỉnh An Giang", shortName: "Hội ND tỉnh", kind: PartnerKind.FARMERS_UNION },
  { key: "ag-ccb", committee: "an-giang", name: "Hội Cựu chiến binh tỉnh An Giang", shortName: "Hội CCB tỉnh", kind: PartnerKind.VETERANS_ASSOCIATION },
  // Armed forces, police and government (article 002).
  { key: "ag-chqs", committee: "an-giang", name: "Bộ Chỉ huy Quân sự tỉnh An Giang", shortName: "Bộ CHQS tỉnh", kind: PartnerKind.MILITARY },
  { key: "ag-bdbp", committee: "an-giang", name: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang", shortName: "Bộ Chỉ huy BĐBP tỉnh", kind: PartnerKind.BORDER_GUARD },
  { key: "ag-ca", committee: "an-giang", name: "Công an tỉnh An Giang", shortName: "Công an tỉnh", kind: PartnerKind.POLICE },
  { key: "ag-ubnd", committee: "an-giang", name: "Ủy ban nhân dân tỉnh An Giang", shortName: "UBND tỉnh", kind: PartnerKind.GOVERNMENT },
  // Cần Giờ (article 003) and Hiệp Ninh (article 004).
  { key: "cg-mttq", committee: "can-gio", name: "Ủy ban MTTQ Việt Nam huyện Cần Giờ", shortName: "UBMTTQVN huyện", kind: PartnerKind.FATHERLAND_FRONT },
  { key: "hn-mttq", committee: "hiep-ninh", name: "Ủy ban MTTQ Việt Nam phường Hiệp Ninh", shortName: "UBMTTQVN phường", kind: PartnerKind.FATHERLAND_FRONT },
] as const satisfies readonly PartnerSeed[];

export type PartnerKey = (typeof PARTNERS)[number]["key"];
export type PartnerIds = Record<PartnerKey, string>;

export async function seedPartners(tx: Tx, committees: CommitteeIds): Promise<PartnerIds> {
  const ids = {} as PartnerIds;
  for (const p of PARTNERS) {
    const committeeId = must(committees, p.committee, "committee");
    const data = { shortName: p.shortName, kind: p.kind, illustrativeNote: PARTNER_ILLUSTRATIVE[p.key] ?? null };
    const row = await tx.partner.upsert({
      where: { committeeId_name: { committeeId, name: p.name } },
      create: { id: seedId("partner", p.key), committeeId, name: p.name, ...data },
      update: data,
      select: { id: true },
    });
    ids[p.key] = row.id;
  }
  return ids;
}
