import type { Catalog } from "@/lib/i18n/messages/catalog";
import { HOUSE_STATUSES, HOUSE_WORKS, HOUSEHOLD_CATEGORIES } from "@/lib/validation/house";
import type { ImportTemplate } from "./template";
import type { ImportColumn } from "./types";

// The house handovers' import template: headers are the form's labels (so a
// file reads back in any catalog's wording), drop-down lists of programmes,
// works, household categories, statuses, the committees the user records for
// and the known contributors, and up to three contributions per house.

export const HOUSE_IMPORT_FUNDINGS = 3;

export type HouseImportColumn =
  | "programme"
  | "work"
  | "householdName"
  | "householdCategory"
  | "commune"
  | "address"
  | "value"
  | "status"
  | "startedOn"
  | "handedOverOn"
  | "committee"
  | `contributor${1 | 2 | 3}`
  | `amount${1 | 2 | 3}`;

/** Most rows one file may hold. */
export const HOUSE_IMPORT_MAX_ROWS = 2000;
export const HOUSE_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export function houseImportColumns(m: Catalog): ImportColumn<HouseImportColumn>[] {
  const f = m.houses.fields;
  const h = m.houses.importHints;
  const c = m.houses.importColumns;
  const fundings = ([1, 2, 3] as const).flatMap((n): ImportColumn<HouseImportColumn>[] => [
    { key: `contributor${n}`, header: c[`contributor${n}`], hint: h.contributor, width: 36, list: "contributors" },
    { key: `amount${n}`, header: c[`amount${n}`], hint: h.amount, width: 18, type: "money" },
  ]);
  return [
    { key: "programme", header: f.programme, hint: h.programme, required: true, width: 28, list: "programmes" },
    { key: "work", header: f.work, hint: h.work, required: true, width: 14, list: "works" },
    { key: "householdName", header: f.householdName, hint: h.householdName, required: true, width: 28 },
    { key: "householdCategory", header: f.householdCategory, hint: h.householdCategory, required: true, width: 26, list: "categories" },
    { key: "commune", header: f.commune, hint: m.houses.hints.commune, required: true, width: 30 },
    { key: "address", header: m.committee.fields.address, hint: m.activities.importHints.optional, width: 30 },
    { key: "value", header: f.value, hint: h.value, required: true, width: 18, type: "money" },
    { key: "status", header: m.admin.fields.status, hint: h.status, required: true, width: 16, list: "statuses" },
    { key: "startedOn", header: f.startedOn, hint: h.optionalDay, width: 14, type: "date" },
    { key: "handedOverOn", header: f.handedOverOn, hint: m.houses.hints.handedOverOn, width: 14, type: "date" },
    { key: "committee", header: f.committee, hint: h.committee, width: 40, list: "committees" },
    ...fundings,
  ];
}

/** The column of the form's field a refusal names: fundings.<i>.x at the contribution's columns, their sum at the value. */
export function houseImportColumnOf(field: string): string {
  const funding = /^fundings\.(\d+)\.(contributor|name|amount)$/.exec(field);
  if (funding) return `${funding[2] === "amount" ? "amount" : "contributor"}${Number(funding[1]) + 1}`;
  if (field === "fundings") return "value";
  if (field === "committeeId") return "committee";
  if (field === "programmeId") return "programme";
  return field;
}

export function houseImportTemplate(
  m: Catalog,
  lists: { programmes: readonly { name: string }[]; committees: readonly { name: string }[]; contributors: readonly { name: string }[] },
): ImportTemplate {
  const h = m.houses;
  const steps = h.importSteps;
  return {
    sheetName: m.nav.houses,
    columns: houseImportColumns(m),
    rows: HOUSE_IMPORT_MAX_ROWS,
    moneyFormat: m.list.excelMoneyFormat,
    requiredMark: "*",
    lists: {
      sheetName: m.imports.listsSheet,
      tables: [
        { key: "programmes", headers: [h.fields.programme], rows: lists.programmes.map((p) => [p.name]) },
        { key: "works", headers: [h.fields.work], rows: HOUSE_WORKS.map((w) => [h.works[w]]) },
        { key: "categories", headers: [h.fields.householdCategory], rows: HOUSEHOLD_CATEGORIES.map((c) => [h.categories[c]]) },
        { key: "statuses", headers: [m.admin.fields.status], rows: HOUSE_STATUSES.map((s) => [h.statuses[s]]) },
        { key: "committees", headers: [h.fields.committee], rows: lists.committees.map((c) => [c.name]) },
        { key: "contributors", headers: [h.funding.contributor], rows: lists.contributors.map((c) => [c.name]) },
      ],
    },
    instructions: { sheetName: m.imports.instructionsSheet, lines: [steps.title, `1. ${steps.fill}`, `2. ${steps.codes}`, `3. ${m.activities.importSteps.check}`, `4. ${m.activities.importSteps.commit}`] },
  };
}
