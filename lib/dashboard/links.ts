// The record list behind a dashboard figure: the list of the indicator's
// record kind with the same committee (ban), period (ky), regrouping (gop),
// the indicator (chi_so: the list then shows exactly the records of
// figure_records, the one definition of delivered) and, for a row of the
// child table, its group (nhom). Pure: no database.
import { RECORD_PATHS } from "@/lib/records/paths";
import type { IndicatorSourceValue } from "@/lib/data/figures";

const LIST_OF: Record<IndicatorSourceValue, string | null> = {
  ACTIVITY_QUANTITY: RECORD_PATHS.activity,
  ACTIVITY_VALUE: RECORD_PATHS.activity,
  HOUSE_COUNT: RECORD_PATHS.house,
  HOUSE_VALUE: RECORD_PATHS.house,
  CONFERENCE_COUNT: RECORD_PATHS.conference,
  AGREEMENT_COUNT: RECORD_PATHS.agreement,
  MODEL_REGISTERED: RECORD_PATHS.model,
  MODEL_RECOGNISED: RECORD_PATHS.model,
};

export type FigureLink = { ban: string; ky: string; indicatorId: string; regroup: boolean; group?: string };

export function figureListHref(source: IndicatorSourceValue, link: FigureLink): string | null {
  const path = LIST_OF[source];
  if (!path) return null;
  const params = new URLSearchParams({ ban: link.ban, ky: link.ky, chi_so: link.indicatorId });
  if (link.regroup) params.set("gop", "hom-nay");
  if (link.group) params.set("nhom", link.group);
  return `${path}?${params.toString()}`;
}

/** Money indicators are shown in đồng. */
export function isMoneySource(source: IndicatorSourceValue): boolean {
  return source === "ACTIVITY_VALUE" || source === "HOUSE_VALUE";
}

/** A figure as the reporting pages write it: đồng for money indicators, a number otherwise, "–" when there is none. */
export function figureValueText(format: { vnd: (amount: bigint) => string; number: (value: number) => string }, source: IndicatorSourceValue, value: string | null | undefined): string {
  if (value === null || value === undefined) return "–";
  return isMoneySource(source) ? format.vnd(BigInt(value.split(".")[0] ?? "0")) : format.number(Number(value));
}
