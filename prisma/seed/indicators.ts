// What the committees count (chỉ số) and how the delivered figure is computed.
import { HouseAttribution, IndicatorSource } from "@/lib/generated/prisma/client";
import type { HousingProgrammeIds, HousingProgrammeSlug } from "./housing-programmes";
import { seedId, type Tx } from "./util";

type IndicatorSeed = { code: string; name: string; unit: string; source: IndicatorSource; programme?: HousingProgrammeSlug; attribution?: HouseAttribution };

export const INDICATORS = [
  { code: "HOUSES", name: "Nhà được xây tặng, sửa chữa và bàn giao", unit: "căn", source: IndicatorSource.HOUSE_COUNT },
  { code: "HOUSE_VALUE", name: "Giá trị nhà được bàn giao", unit: "đồng", source: IndicatorSource.HOUSE_VALUE },
  { code: "COMPLAINT_DIALOGUES", name: "Đối thoại giải quyết khiếu nại", unit: "cuộc", source: IndicatorSource.ACTIVITY_QUANTITY },
  { code: "CONFERENCES", name: "Hội nghị", unit: "hội nghị", source: IndicatorSource.CONFERENCE_COUNT },
  { code: "GIFTS", name: "Quà tặng", unit: "suất", source: IndicatorSource.ACTIVITY_QUANTITY },
  { code: "MEDICAL_CHECKUPS", name: "Khám chữa bệnh, cấp thuốc miễn phí", unit: "người", source: IndicatorSource.ACTIVITY_QUANTITY },
  { code: "SCHOLARSHIPS", name: "Học bổng", unit: "suất", source: IndicatorSource.ACTIVITY_QUANTITY },
  { code: "RURAL_ROADS", name: "Đường giao thông nông thôn làm mới, sửa chữa", unit: "km", source: IndicatorSource.ACTIVITY_QUANTITY },
  { code: "MODELS", name: "Mô hình “Dân vận khéo”", unit: "mô hình", source: IndicatorSource.MODEL_REGISTERED },
  // Article 000: the houses "Nghĩa tình Dân vận" handed over in An Giang, and the city's committees' contributions to them.
  { code: "NTDV_HOUSES", name: "Nhà “Nghĩa tình Dân vận” bàn giao", unit: "căn", source: IndicatorSource.HOUSE_COUNT, programme: "nghia-tinh-dan-van" },
  { code: "NTDV_HOUSE_VALUE", name: "Giá trị nhà “Nghĩa tình Dân vận” bàn giao", unit: "đồng", source: IndicatorSource.HOUSE_VALUE, programme: "nghia-tinh-dan-van" },
  {
    code: "NTDV_FUNDED_HOUSES",
    name: "Nhà “Nghĩa tình Dân vận” đơn vị góp kinh phí xây tặng",
    unit: "căn",
    source: IndicatorSource.HOUSE_COUNT,
    programme: "nghia-tinh-dan-van",
    attribution: HouseAttribution.FUNDED_BY,
  },
  {
    code: "NTDV_FUNDED_VALUE",
    name: "Kinh phí đơn vị đóng góp xây nhà “Nghĩa tình Dân vận”",
    unit: "đồng",
    source: IndicatorSource.HOUSE_VALUE,
    programme: "nghia-tinh-dan-van",
    attribution: HouseAttribution.FUNDED_BY,
  },
] as const satisfies readonly IndicatorSeed[];

export type IndicatorCode = (typeof INDICATORS)[number]["code"];
export type IndicatorIds = Record<IndicatorCode, string>;

export async function seedIndicators(tx: Tx, programmes: HousingProgrammeIds): Promise<IndicatorIds> {
  const ids = {} as IndicatorIds;
  for (const [position, i] of (INDICATORS as readonly IndicatorSeed[]).entries()) {
    const data = {
      name: i.name,
      unit: i.unit,
      source: i.source,
      housingProgrammeId: i.programme ? programmes[i.programme] : null,
      houseAttribution: i.attribution ?? HouseAttribution.HANDED_OVER_BY,
      conferenceKind: null,
      position: position + 1,
      active: true,
    };
    const row = await tx.indicator.upsert({
      where: { code: i.code },
      create: { id: seedId("indicator", i.code.toLowerCase().replaceAll("_", "-")), code: i.code, ...data },
      update: data,
      select: { id: true },
    });
    ids[i.code as IndicatorCode] = row.id;
  }
  return ids;
}
