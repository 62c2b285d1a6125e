import type { Catalog } from "@/lib/i18n/messages/catalog";
import { PARTNER_KINDS } from "@/lib/validation/partner";
import type { ImportTemplate } from "./template";
import type { ImportColumn } from "./types";

// The partners' import template: the partner form's labels as headers, the
// kinds and the committees the user keeps partners for as drop-downs.

export type PartnerImportColumn = "name" | "shortName" | "kind" | "committee" | "address" | "phone" | "email";

export const PARTNER_IMPORT_MAX_ROWS = 2000;
export const PARTNER_IMPORT_MAX_BYTES = 5 * 1024 * 1024;

export function partnerImportColumns(m: Catalog): ImportColumn<PartnerImportColumn>[] {
  const h = m.partners.importHints;
  return [
    { key: "name", header: m.partners.fields.name, hint: h.name, required: true, width: 44 },
    { key: "shortName", header: m.committee.fields.shortName, hint: h.shortName, required: true, width: 20 },
    { key: "kind", header: m.partners.fields.kind, hint: h.kind, required: true, width: 26, list: "kinds" },
    { key: "committee", header: m.partners.fields.committee, hint: h.committee, width: 40, list: "committees" },
    { key: "address", header: m.committee.fields.address, hint: m.activities.importHints.optional, width: 36 },
    { key: "phone", header: m.committee.fields.phone, hint: m.activities.importHints.optional, width: 16 },
    { key: "email", header: m.auth.email, hint: m.activities.importHints.optional, width: 28 },
  ];
}

/** The column of the form's field a refusal names. */
export function partnerImportColumnOf(field: string): string {
  return field === "committeeId" ? "committee" : field;
}

export function partnerImportTemplate(m: Catalog, lists: { committees: readonly { name: string }[] }): ImportTemplate {
  const steps = m.partners.importSteps;
  return {
    sheetName: m.nav.partners,
    columns: partnerImportColumns(m),
    rows: PARTNER_IMPORT_MAX_ROWS,
    moneyFormat: m.list.excelMoneyFormat,
    requiredMark: "*",
    lists: {
      sheetName: m.imports.listsSheet,
      tables: [
        { key: "kinds", headers: [m.partners.fields.kind], rows: PARTNER_KINDS.map((k) => [m.partners.kinds[k]]) },
        { key: "committees", headers: [m.partners.fields.committee], rows: lists.committees.map((c) => [c.name]) },
      ],
    },
    instructions: { sheetName: m.imports.instructionsSheet, lines: [steps.title, `1. ${steps.fill}`, `2. ${steps.codes}`, `3. ${m.activities.importSteps.check}`, `4. ${m.activities.importSteps.commit}`] },
  };
}
