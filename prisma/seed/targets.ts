// Planned values (chỉ tiêu) for the seeded periods. Only Hiệp Ninh's house
// target ("từ 01 căn trở lên", article 004) comes from an article; the other
// targets are illustrative, chosen so that dashboards show plan against the
// delivered figures of the seed, and their notes say so.
import type { PhaseRefs } from "./campaigns";
import type { CommitteeIds } from "./committees";
import type { IndicatorCode, IndicatorIds } from "./indicators";
import { periodId, type PeriodIds, type PeriodRef } from "./periods";
import { illustrative, must, seedId, type Tx } from "./util";

type TargetSeed = { committee: string; period: PeriodRef | "phase"; indicator: IndicatorCode; planned: string; note: string | null; illustrativeNote: string | null };

const INVENTED = { note: null, illustrativeNote: illustrative("Chỉ tiêu (bài viết không nêu)") };
const YEAR_2022: PeriodRef = { kind: "YEAR", year: 2022, sequence: 1 };
const H1_2022: PeriodRef = { kind: "HALF_YEAR", year: 2022, sequence: 1 };
const YEAR_2023: PeriodRef = { kind: "YEAR", year: 2023, sequence: 1 };
const Q2_2024: PeriodRef = { kind: "QUARTER", year: 2024, sequence: 2 };

export const TARGETS: readonly TargetSeed[] = [
  // An Giang, year 2022: delivered 19 houses, 950.000.000 đ.
  { committee: "an-giang", period: YEAR_2022, indicator: "HOUSES", planned: "20", ...INVENTED },
  { committee: "an-giang", period: YEAR_2022, indicator: "HOUSE_VALUE", planned: "1000000000", ...INVENTED },
  { committee: "an-giang", period: YEAR_2022, indicator: "NTDV_HOUSES", planned: "20", ...INVENTED },
  { committee: "an-giang", period: YEAR_2022, indicator: "NTDV_HOUSE_VALUE", planned: "1000000000", ...INVENTED },
  // An Giang, first half of 2022: delivered 9 dialogues.
  { committee: "an-giang", period: H1_2022, indicator: "COMPLAINT_DIALOGUES", planned: "8", ...INVENTED },
  { committee: "an-giang", period: H1_2022, indicator: "GIFTS", planned: "300", ...INVENTED },
  { committee: "an-giang", period: H1_2022, indicator: "MEDICAL_CHECKUPS", planned: "500", ...INVENTED },
  { committee: "an-giang", period: H1_2022, indicator: "SCHOLARSHIPS", planned: "50", ...INVENTED },
  // An Giang, year 2023: two conferences seeded (24/2 and 23/11).
  { committee: "an-giang", period: YEAR_2023, indicator: "CONFERENCES", planned: "4", ...INVENTED },
  { committee: "an-giang", period: YEAR_2023, indicator: "MODELS", planned: "2", ...INVENTED },
  // Cần Giờ, second quarter of 2024: the quarterly briefing of 6/6/2024.
  { committee: "can-gio", period: Q2_2024, indicator: "CONFERENCES", planned: "1", ...INVENTED },
  { committee: "can-gio", period: Q2_2024, indicator: "COMPLAINT_DIALOGUES", planned: "2", ...INVENTED },
  // Hiệp Ninh, đợt 1 năm 2023.
  {
    committee: "hiep-ninh",
    period: "phase",
    indicator: "HOUSES",
    planned: "1",
    note: "Xây tặng, sửa chữa nhà tình nghĩa, nhà đại đoàn kết, nhà tình thương, nhà tình nghĩa Quân - Dân từ 01 căn trở lên (Kế hoạch đợt 1 năm 2023).",
    illustrativeNote: null,
  },
  { committee: "hiep-ninh", period: "phase", indicator: "MEDICAL_CHECKUPS", planned: "100", ...INVENTED },
  { committee: "hiep-ninh", period: "phase", indicator: "GIFTS", planned: "50", ...INVENTED },
  { committee: "hiep-ninh", period: "phase", indicator: "RURAL_ROADS", planned: "1", ...INVENTED },
];

export async function seedTargets(
  tx: Tx,
  refs: { committees: CommitteeIds; periods: PeriodIds; phase: PhaseRefs; indicators: IndicatorIds },
): Promise<number> {
  for (const t of TARGETS) {
    const committeeId = must(refs.committees, t.committee, "committee");
    const indicatorId = refs.indicators[t.indicator];
    const period = t.period === "phase" ? refs.phase.periodId : periodId(refs.periods, t.period);
    const data = { plannedValue: t.planned, note: t.note, illustrativeNote: t.illustrativeNote };
    const periodPart = t.period === "phase" ? "phase" : `${t.period.kind.toLowerCase()}-${t.period.year}-${t.period.sequence}`;
    await tx.target.upsert({
      where: { committeeId_periodId_indicatorId: { committeeId, periodId: period, indicatorId } },
      create: { id: seedId("target", t.committee, periodPart, t.indicator.toLowerCase()), committeeId, periodId: period, indicatorId, ...data },
      update: data,
    });
  }
  return TARGETS.length;
}
