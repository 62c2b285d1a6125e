import type { Catalog } from "@/lib/i18n/messages/catalog";
import { COMMITTEE_KINDS, COMMITTEE_LEVELS } from "@/lib/validation/committee-tree";
import type { ImportTemplate } from "./template";
import type { ImportColumn } from "./types";

// The committees' import template (admins): the new-committee form's labels
// as headers; levels, kinds and today's committees as drop-downs. A parent is
// a committee already kept, or one named on an earlier row of the file.

export type CommitteeImportColumn = "name" | "shortName" | "level" | "kind" | "locality" | "parent" | "validFrom";

export const COMMITTEE_IMPORT_MAX_ROWS = 2000;
export const COMMITTEE_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export function committeeImportColumns(m: Catalog): ImportColumn<CommitteeImportColumn>[] {
  const h = m.committeeAdmin.importHints;
  return [
    { key: "name", header: m.committee.fields.name, hint: h.name, required: true, width: 48 },
    { key: "shortName", header: m.committee.fields.shortName, hint: h.shortName, required: true, width: 20 },
    { key: "level", header: m.committee.fields.level, hint: h.level, required: true, width: 18, list: "levels" },
    { key: "kind", header: m.committeeAdmin.fields.kind, hint: h.kind, required: true, width: 30, list: "kinds" },
    { key: "locality", header: m.committeeAdmin.fields.locality, hint: h.locality, required: true, width: 30 },
    { key: "parent", header: m.committee.fields.parent, hint: h.parent, width: 48, list: "committees" },
    { key: "validFrom", header: m.committeeAdmin.fields.validFrom, hint: h.validFrom, required: true, width: 16, type: "date" },
  ];
}

/** The column of the form's field a refusal names. */
export function committeeImportColumnOf(field: string): string {
  return field === "parentId" ? "parent" : field;
}

export function committeeImportTemplate(m: Catalog, lists: { committees: readonly { name: string }[] }): ImportTemplate {
  const steps = m.committeeAdmin.importSteps;
  return {
    sheetName: m.nav.committees,
    columns: committeeImportColumns(m),
    rows: COMMITTEE_IMPORT_MAX_ROWS,
    moneyFormat: m.list.excelMoneyFormat,
    requiredMark: "*",
    lists: {
      sheetName: m.imports.listsSheet,
      tables: [
        { key: "levels", headers: [m.committee.fields.level], rows: COMMITTEE_LEVELS.map((l) => [m.committee.levels[l]]) },
        { key: "kinds", headers: [m.committeeAdmin.fields.kind], rows: COMMITTEE_KINDS.map((k) => [m.committeeAdmin.kinds[k]]) },
        { key: "committees", headers: [m.committee.fields.parent], rows: lists.committees.map((c) => [c.name]) },
      ],
    },
    instructions: { sheetName: m.imports.instructionsSheet, lines: [steps.title, `1. ${steps.fill}`, `2. ${steps.parents}`, `3. ${m.activities.importSteps.check}`, `4. ${m.activities.importSteps.commit}`] },
  };
}
