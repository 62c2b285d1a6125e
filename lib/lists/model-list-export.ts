import type { Messages } from "next-intl";
import type { ModelRow, ModelTotals } from "@/lib/data/model-list";
import type { TableExport } from "@/lib/export/table-export";
import { MODEL_FIELDS, MODEL_STATUSES } from "@/lib/validation/model";

/** The models download; the totals rows (from SQL) count the models, each status and each field. */
export function modelListExport(m: Messages, data: { totals: ModelTotals; batches: AsyncIterable<ModelRow[]> }): TableExport<ModelRow> {
  const k = m.models;
  const f = k.fields;
  return {
    title: k.table,
    columns: [
      { header: f.registeredOn, type: "date", value: (row) => row.registeredOn, width: 12 },
      { header: f.name, type: "text", value: (row) => row.name, width: 60 },
      { header: f.committee, type: "text", value: (row) => row.committeeName, width: 40 },
      { header: f.field, type: "text", value: (row) => k.fieldNames[row.field], width: 24 },
      { header: f.status, type: "text", value: (row) => k.statuses[row.status], width: 24 },
      { header: f.recognitionLevel, type: "text", value: (row) => (row.recognitionLevel ? k.levels[row.recognitionLevel] : null), width: 16 },
      { header: f.recognisedOn, type: "date", value: (row) => row.recognisedOn, width: 12 },
      { header: m.records.kinds.campaign, type: "text", value: (row) => row.campaignName, width: 40 },
    ],
    batches: data.batches,
    moneyFormat: m.list.excelMoneyFormat,
    totals: [
      [m.list.totals, data.totals.models],
      ...MODEL_STATUSES.map((status) => [k.statuses[status], data.totals[status]] as [string, bigint]),
      ...MODEL_FIELDS.map((field) => [k.fieldNames[field], data.totals[field]] as [string, bigint]),
    ],
  };
}
