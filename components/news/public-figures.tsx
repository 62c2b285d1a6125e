import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { isMoneySource } from "@/lib/dashboard/links";
import type { PublicFigure, PublicFigures } from "@/lib/data/public-figures";
import { getFormat } from "@/lib/i18n/server";
import type { PortalFormat } from "@/lib/i18n/portal-format";

// The public key figures as cards (home, /so-lieu, a committee's page) and in
// full as a table (/so-lieu), with whether they are approved or provisional.

/** A figure's value as a reader takes it in at a glance: "950 triệu đồng", "19". */
function headlineValue(format: PortalFormat, figure: PublicFigure): string {
  return isMoneySource(figure.source) ? format.vndShort(BigInt(figure.value.split(".")[0] ?? "0")) : format.number(Number(figure.value));
}

/** A figure's exact value: "950.000.000 đ", "19". */
function exactValue(format: PortalFormat, figure: PublicFigure): string {
  return isMoneySource(figure.source) ? format.vnd(BigInt(figure.value.split(".")[0] ?? "0")) : format.number(Number(figure.value));
}

/** Approved (with the report) or provisional (live, as of now). */
export async function FiguresStatus({ figures }: { figures: PublicFigures }) {
  const [t, format] = await Promise.all([getTranslations("publicFigures"), getFormat()]);
  const { approved } = figures;
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm text-ink-600">
      <Badge tone={approved ? "success" : "warning"}>{approved ? t("approved") : t("provisional")}</Badge>
      <span>
        {approved
          ? approved.documentNumber === null
            ? t("approvedNoNumber", { date: format.date(approved.approvedAt) })
            : t("approvedDetail", { number: `${approved.documentNumber}-${approved.documentSymbol}`, date: format.date(approved.approvedAt) })
          : t("provisionalDetail", { time: format.dateTime(figures.computedAt) })}
      </span>
    </p>
  );
}

/** The key figures as cards: big value, unit, what it counts. */
export async function KeyFigureCards({ figures, headingLevel = 3 }: { figures: PublicFigure[]; headingLevel?: 2 | 3 }) {
  const format = await getFormat();
  const keys = figures.filter((figure) => figure.key);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ul className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4">
      {keys.map((figure) => (
        <li key={figure.indicatorId} className="rounded-card border border-ink-200 bg-white p-4 shadow-card sm:p-5">
          <Heading className="text-sm leading-snug font-semibold text-ink-700" lang="vi">
            {figure.name}
          </Heading>
          <p className="mt-2 text-2xl font-bold tracking-tight text-brand-800 tabular-nums sm:text-3xl" data-testid={`figure-${figure.code}`}>
            {headlineValue(format, figure)}
          </p>
          {isMoneySource(figure.source) ? null : (
            <p className="mt-0.5 text-sm text-ink-600" lang="vi">
              {figure.unit}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Every figure as a table (a list of cards on a phone would hide the comparison). */
export async function FiguresTable({ figures }: { figures: PublicFigure[] }) {
  const [t, tActivity, format] = await Promise.all([getTranslations("publicFigures"), getTranslations("activities.fields"), getFormat()]);
  if (figures.length === 0) return <p className="rounded-card border border-dashed border-ink-300 bg-white p-8 text-center text-ink-600">{t("none")}</p>;
  return (
    <div className="overflow-x-auto rounded-card border border-ink-200 bg-white shadow-card">
      <table className="w-full text-left text-sm">
        <thead className="bg-ink-50 text-ink-700">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              {tActivity("indicator")}
            </th>
            <th scope="col" className="px-4 py-3 text-right font-semibold">
              {t("value")}
            </th>
            <th scope="col" className="hidden px-4 py-3 font-semibold sm:table-cell">
              {tActivity("unit")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-ink-200">
          {figures.map((figure) => (
            <tr key={figure.indicatorId}>
              <th scope="row" className="px-4 py-3 font-medium text-ink-900" lang="vi">
                {figure.name}
              </th>
              <td className="px-4 py-3 text-right font-semibold whitespace-nowrap text-ink-900 tabular-nums" data-testid={`figure-row-${figure.code}`}>
                {exactValue(format, figure)}
                {isMoneySource(figure.source) ? null : (
                  <span className="ml-1 font-normal text-ink-600 sm:hidden" lang="vi">
                    {figure.unit}
                  </span>
                )}
              </td>
              <td className="hidden px-4 py-3 text-ink-700 sm:table-cell" lang="vi">
                {isMoneySource(figure.source) ? null : figure.unit}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
