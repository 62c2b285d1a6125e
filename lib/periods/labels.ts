// Vietnamese labels of reporting periods: "Tháng 3/2023", "Quý II/2024",
// "6 tháng đầu năm 2022", "9 tháng năm 2023", "Năm 2023".
import type { CalendarPeriodKind } from "./types";

const ROMAN = ["I", "II", "III", "IV"] as const;

export function periodLabel(kind: CalendarPeriodKind, year: number, sequence: number): string {
  switch (kind) {
    case "MONTH":
      return `Tháng ${sequence}/${year}`;
    case "QUARTER":
      return `Quý ${ROMAN[sequence - 1] ?? sequence}/${year}`;
    case "HALF_YEAR":
      return `6 tháng ${sequence === 1 ? "đầu" : "cuối"} năm ${year}`;
    case "NINE_MONTHS":
      return `9 tháng năm ${year}`;
    case "YEAR":
      return `Năm ${year}`;
  }
}

/** "Đợt 1 năm 2023": the label of a campaign phase period. */
export function phaseLabel(year: number, sequence: number): string {
  return `Đợt ${sequence} năm ${year}`;
}
