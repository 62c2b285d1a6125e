import type { Catalog } from "@/lib/i18n/messages/catalog";
import type { ImportTemplate } from "./template";
import type { ImportColumn } from "./types";

// The activities' import template: its columns (headers are the form's
// labels, so a file reads back in any catalog's wording), drop-down lists of
// indicator codes and of the committees the user records for, and the steps.

export type ActivityImportColumn = "indicator" | "title" | "occurredOn" | "quantity" | "valueVnd" | "beneficiaries" | "place" | "description" | "committee";

/** Most rows one file may hold (and the template's drop-downs cover). */
export const ACTIVITY_IMPORT_MAX_ROWS = 5000;
/** Largest upload: a full template is far smaller. */
export const ACTIVITY_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export function activityImportColumns(m: Catalog): ImportColumn<ActivityImportColumn>[] {
  const f = m.activities.fields;
  const h = m.activities.importHints;
  return [
    { key: "indicator", header: f.indicator, aliases: [f.indicatorCode], hint: h.indicator, required: true, width: 24, list: "indicators" },
    { key: "title", header: f.title, hint: h.title, required: true, width: 44 },
    { key: "occurredOn", header: f.occurredOn, hint: h.occurredOn, required: true, width: 16, type: "date" },
    { key: "quantity", header: f.quantity, hint: h.quantity, required: true, width: 14, type: "number" },
    { key: "valueVnd", header: f.value, hint: h.value, width: 20, type: "money" },
    { key: "beneficiaries", header: f.beneficiaries, hint: h.beneficiaries, width: 16, type: "number" },
    { key: "place", header: f.place, hint: h.optional, width: 28 },
    { key: "description", header: f.description, hint: h.optional, width: 48 },
    { key: "committee", header: f.committee, hint: h.committee, width: 40, list: "committees" },
  ];
}

/** The field of the form each column fills; a refusal of that field is shown at the column. */
export function activityImportColumnOf(field: string): string {
  return field === "indicatorId" ? "indicator" : field === "committeeId" ? "committee" : field;
}

export function activityImportTemplate(
  m: Catalog,
  lists: { indicators: readonly { code: string; name: string; unit: string }[]; committees: readonly { name: string }[] },
): ImportTemplate {
  const f = m.activities.fields;
  const steps = m.activities.importSteps;
  return {
    sheetName: m.records.kinds.activity,
    columns: activityImportColumns(m),
    rows: ACTIVITY_IMPORT_MAX_ROWS,
    moneyFormat: m.list.excelMoneyFormat,
    requiredMark: "*",
    lists: {
      sheetName: m.imports.listsSheet,
      tables: [
        { key: "indicators", headers: [f.indicatorCode, f.indicator, f.unit], rows: lists.indicators.map((i) => [i.code, i.name, i.unit]) },
        { key: "committees", headers: [f.committee], rows: lists.committees.map((c) => [c.name]) },
      ],
    },
    instructions: { sheetName: m.imports.instructionsSheet, lines: [steps.title, `1. ${steps.fill}`, `2. ${steps.codes}`, `3. ${steps.check}`, `4. ${steps.commit}`] },
  };
}
