import "server-only";
// The dashboard as an Excel workbook: the indicators (planned, delivered,
// percentage, status, records) and the child table with a totals row that
// is the committee's own figure (the one definition of delivered: a record
// shared by two children counts once in the total). Numbers are numbers,
// money in đồng with the catalog's format, percentages as ratios.
import ExcelJS from "exceljs";
import type { Messages } from "next-intl";
import type { Dashboard } from "@/lib/data/dashboard";
import { isMoneySource } from "@/lib/dashboard/links";
import type { IndicatorFigure } from "@/lib/data/figures";

const INTEGER = "#,##0";
const DECIMAL = "#,##0.##";
const PERCENT = "0.0%";

/** A decimal string as a number (đồng amounts and counts are exact below 2^53). */
const numeric = (value: string | null | undefined): number | null => (value === null || value === undefined ? null : Number(value));

function formatOf(figure: IndicatorFigure, moneyFormat: string): string {
  if (isMoneySource(figure.source)) return moneyFormat;
  return figure.source === "ACTIVITY_QUANTITY" ? DECIMAL : INTEGER;
}

export async function dashboardWorkbook(dashboard: Dashboard, m: Messages, periodLabel: string): Promise<Buffer> {
  const d = m.dashboard;
  const workbook = new ExcelJS.Workbook();
  const moneyFormat = m.list.excelMoneyFormat;

  const sheet = workbook.addWorksheet(m.nav.dashboard.slice(0, 31));
  sheet.addRow([dashboard.committee.name]).font = { bold: true, size: 13 };
  sheet.addRow([m.periodPicker.legend, periodLabel]);
  sheet.addRow([]);
  const header = sheet.addRow([m.dashboard.figuresHeading, m.activities.fields.unit, m.nav.targets, m.agreements.progress.delivered, d.columns.percent, d.columns.status, d.columns.records]);
  header.font = { bold: true };
  for (const figure of dashboard.figures) {
    const row = sheet.addRow([
      figure.name,
      figure.unit,
      numeric(figure.planned),
      numeric(figure.delivered),
      figure.percent === null ? null : figure.percent / 100,
      figure.status ? d.statuses[figure.status] : d.noTarget,
      figure.records,
    ]);
    const fmt = formatOf(figure, moneyFormat);
    row.getCell(3).numFmt = fmt;
    row.getCell(4).numFmt = fmt;
    row.getCell(5).numFmt = PERCENT;
    row.getCell(7).numFmt = INTEGER;
  }
  sheet.columns.forEach((column, index) => {
    column.width = [48, 12, 18, 18, 10, 18, 10][index] ?? 16;
  });

  const children = workbook.addWorksheet((dashboard.regroup ? d.childrenToday : d.children).slice(0, 31));
  const head = children.addRow([m.news.committee, "", ...dashboard.figures.map((f) => `${f.name} (${f.unit})`)]);
  head.font = { bold: true };
  for (const group of dashboard.groups) {
    const row = children.addRow([group.name, d.relations[group.relation], ...dashboard.figures.map((f) => numeric(group.delivered[f.indicatorId] ?? "0"))]);
    dashboard.figures.forEach((f, i) => (row.getCell(i + 3).numFmt = formatOf(f, moneyFormat)));
  }
  const totals = children.addRow([m.list.totals, dashboard.committee.name, ...dashboard.figures.map((f) => numeric(f.delivered))]);
  totals.font = { bold: true };
  dashboard.figures.forEach((f, i) => (totals.getCell(i + 3).numFmt = formatOf(f, moneyFormat)));
  children.columns.forEach((column, index) => {
    column.width = index === 0 ? 48 : index === 1 ? 24 : 20;
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
