// The values of a period's label. The wording is the catalogs' ICU message
// `periods.label` ("Tháng 3/2023", "Quý II/2024", "6 tháng đầu năm 2022",
// "9 tháng năm 2023", "Năm 2023", "Đợt 1 năm 2023"; "Q2/2024" in English):
//   t("periods.label", periodLabelValues("QUARTER", 2024, 2))
import type { CalendarPeriodKind } from "./types";

const ROMAN = ["I", "II", "III", "IV"] as const;

/** A calendar period, or a campaign phase (đợt). */
export type LabelledPeriodKind = CalendarPeriodKind | "PHASE";

/** Years and sequences travel as strings, so a locale never groups them ("2.023"). */
export type PeriodLabelValues = { kind: LabelledPeriodKind; year: string; sequence: string; roman: string };

export function periodLabelValues(kind: LabelledPeriodKind, year: number, sequence: number): PeriodLabelValues {
  return { kind, year: String(year), sequence: String(sequence), roman: ROMAN[sequence - 1] ?? String(sequence) };
}
