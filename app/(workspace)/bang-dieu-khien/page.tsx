import type { Metadata } from "next";
import type { Messages } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import { CommitteePeriodPicker } from "@/components/reporting/committee-period-picker";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Badge } from "@/components/ui/badge";
import { requireViewer } from "@/lib/auth/viewer";
import { dashboardCommitteeChoices, getDashboard, type Dashboard, type GroupRow, type ReportState, type TrendPoint } from "@/lib/data/dashboard";
import type { FigureStatus, IndicatorFigure } from "@/lib/data/figures";
import { figureListHref, isMoneySource } from "@/lib/dashboard/links";
import { getFormat } from "@/lib/i18n/server";
import type { PortalFormat } from "@/lib/i18n/portal-format";
import { formatPeriodCode, periodLabelValues, type CalendarPeriodCode } from "@/lib/periods";
import { dashboardParams } from "@/lib/validation/search-params";

// Figures are read live at every load: a write shows at the next one.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations())("nav.dashboard") };
}

const PATH = "/bang-dieu-khien";
const STATUS_TONES: Record<FigureStatus, "success" | "info" | "warning"> = { exceeded: "success", met: "info", below: "warning" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function DashboardPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requireViewer();
  const raw = await searchParams;
  const params = dashboardParams.parse(raw);
  const [dashboard, choices, m, format, tPeriods] = await Promise.all([getDashboard(viewer, params), dashboardCommitteeChoices(viewer), getMessages(), getFormat(), getTranslations("periods")]);
  const d = m.dashboard;
  const periodName = (code: CalendarPeriodCode) => tPeriods("label", periodLabelValues(code.kind, code.year, code.sequence));
  const ky = formatPeriodCode(dashboard.code);
  const title = dashboard.code.kind === "PHASE" ? `${dashboard.phase?.campaignName ?? ""} – ${dashboard.phase?.name ?? ""}` : periodName(dashboard.code);
  const kept = { ban: dashboard.committee.id, ...(dashboard.regroup ? { gop: "hom-nay" } : {}) };
  const base = { ...kept, ky };

  return (
    <WorkspacePage title={m.nav.dashboard} lead={`${dashboard.committee.name} · ${title}`}>
      <div className="mb-6 flex flex-col gap-4 print:hidden">
        <CommitteePeriodPicker path={PATH} committee={dashboard.committee} choices={choices} code={dashboard.code} ky={ky} keep={dashboard.regroup ? { gop: "hom-nay" } : {}} />
        <nav aria-label={d.grouping} className="flex flex-wrap gap-1 text-sm">
          <Link href={`${PATH}?${new URLSearchParams({ ban: dashboard.committee.id, ky })}`} aria-current={dashboard.regroup ? undefined : "true"} className="rounded-md px-2.5 py-1 text-ink-700 hover:bg-ink-100 aria-[current=true]:bg-brand-700 aria-[current=true]:text-white">
            {d.asWas}
          </Link>
          {dashboard.canRegroup ? (
            <Link href={`${PATH}?${new URLSearchParams({ ban: dashboard.committee.id, ky, gop: "hom-nay" })}`} aria-current={dashboard.regroup ? "true" : undefined} className="rounded-md px-2.5 py-1 text-ink-700 hover:bg-ink-100 aria-[current=true]:bg-brand-700 aria-[current=true]:text-white">
              {d.regroup}
            </Link>
          ) : null}
          <a href={`/api/xuat/bang-dieu-khien?${new URLSearchParams(base)}`} className="rounded-md px-2.5 py-1 text-brand-700 underline hover:bg-ink-100">
            {d.export}
          </a>
        </nav>
      </div>
      <p className="mb-2 text-sm text-ink-700">
        {format.date(dashboard.startsOn)} – {format.date(dashboard.endsOn)} · {d.calendars[dashboard.calendar]}
      </p>
      {dashboard.predecessorsUntil ? (
        <p className="mb-4 rounded-md border border-warning-700/30 bg-warning-50 p-3 text-sm text-ink-800" data-testid="predecessors-note">
          {fill(d.predecessorsNote, { date: format.date(dashboard.predecessorsUntil) })}
        </p>
      ) : null}
      {dashboard.ownReport ? <p className="mb-4 text-sm text-ink-700">{d.ownReport}: {reportText(d, format, dashboard.ownReport)}</p> : null}
      <IndicatorCards dashboard={dashboard} m={m} format={format} ky={ky} periodName={periodName} />
      <ChildTable dashboard={dashboard} m={m} format={format} ky={ky} sort={params.sx} />
    </WorkspacePage>
  );
}

/** Replaces {name} placeholders of a catalog string whose values are already formatted. */
function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? "");
}

function figureText(format: PortalFormat, figure: Pick<IndicatorFigure, "source">, value: string | null | undefined): string {
  if (value === null || value === undefined) return "–";
  return isMoneySource(figure.source) ? format.vnd(BigInt(value.split(".")[0] ?? "0")) : format.number(Number(value));
}

function reportText(d: Messages["dashboard"], format: PortalFormat, report: ReportState): string {
  const date = format.date(report.submittedOn ?? report.deadline);
  return fill(d.reportStates[report.timeliness], { date });
}

function IndicatorCards({ dashboard, m, format, ky, periodName }: { dashboard: Dashboard; m: Messages; format: PortalFormat; ky: string; periodName: (code: CalendarPeriodCode) => string }) {
  const d = m.dashboard;
  if (dashboard.figures.length === 0) return <p className="text-ink-700">{d.noIndicators}</p>;
  return (
    <section aria-labelledby="figures-heading" className="mb-8">
      <h2 id="figures-heading" className="mb-3 text-lg font-semibold text-ink-900">
        {d.figuresHeading}
      </h2>
      <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3 print:grid-cols-2">
        {dashboard.figures.map((figure) => {
          const href = figureListHref(figure.source, { ban: dashboard.committee.id, ky, indicatorId: figure.indicatorId, regroup: dashboard.regroup });
          const delivered = figureText(format, figure, figure.delivered);
          return (
            <li key={figure.indicatorId} className="break-inside-avoid rounded-lg border border-ink-200 bg-white p-4 shadow-sm" data-indicator={figure.code}>
              <div className="flex items-start justify-between gap-2">
                <h3 className="font-medium text-ink-900">{figure.name}</h3>
                {figure.status ? (
                  <Badge tone={STATUS_TONES[figure.status]} className="shrink-0 whitespace-nowrap">
                    {d.statuses[figure.status]}
                  </Badge>
                ) : (
                  <Badge tone="neutral" className="shrink-0 whitespace-nowrap">
                    {d.noTarget}
                  </Badge>
                )}
              </div>
              <dl className="mt-2 grid grid-cols-2 gap-x-3 gap-y-1 text-sm">
                <div className="col-span-2">
                  <dt className="text-ink-600">{m.agreements.progress.delivered}</dt>
                  <dd className="text-xl font-bold break-words text-ink-900 tabular-nums">
                    {href ? (
                      <Link href={href} className="underline decoration-ink-300 hover:decoration-brand-700" data-testid={`delivered-${figure.code}`}>
                        {delivered}
                      </Link>
                    ) : (
                      <span data-testid={`delivered-${figure.code}`}>{delivered}</span>
                    )}
                  </dd>
                </div>
                <div>
                  <dt className="text-ink-600">{m.nav.targets}</dt>
                  <dd className="break-words text-ink-900 tabular-nums">{figureText(format, figure, figure.planned)}</dd>
                </div>
                <div>
                  <dt className="text-ink-600">{d.columns.percent}</dt>
                  <dd className="text-ink-900 tabular-nums">{figure.percent === null ? "–" : format.percent(figure.percent / 100)}</dd>
                </div>
              </dl>
              <p className="mt-1 text-xs text-ink-600">
                {m.activities.fields.unit}: {figure.unit} · {fill(d.recordCount, { count: format.number(figure.records) })}
              </p>
              <TargetBar figure={figure} label={d.barLabel} />
              <Trend points={dashboard.trend[figure.indicatorId] ?? []} current={ky} figure={figure} format={format} periodName={periodName} d={d} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The delivered bar against the target marker, in CSS (prints, scales to any width). */
function TargetBar({ figure, label }: { figure: IndicatorFigure; label: string }) {
  const planned = figure.planned === null ? 0 : Number(figure.planned);
  const delivered = Number(figure.delivered);
  const scale = Math.max(planned, delivered, 1);
  const fill = Math.min(100, (delivered / scale) * 100);
  const marker = planned > 0 ? (planned / scale) * 100 : null;
  const tone = figure.status === "below" ? "bg-warning-700" : figure.status === null ? "bg-ink-400" : "bg-success-700";
  return (
    <div className="relative mt-3 h-3 w-full rounded-full bg-ink-100 print:border print:border-ink-400" role="img" aria-label={label.replace("{percent}", figure.percent === null ? "–" : `${figure.percent}%`)}>
      <div className={`h-3 rounded-full ${tone} print:bg-ink-700`} style={{ width: `${fill}%` }} />
      {marker !== null ? <div className="absolute -top-1 h-5 w-0.5 bg-ink-900" style={{ left: `calc(${marker}% - 1px)` }} /> : null}
    </div>
  );
}

/** The last periods and the same period last year, as an SVG drawn on the server. */
function Trend({ points, current, figure, format, periodName, d }: { points: TrendPoint[]; current: string; figure: IndicatorFigure; format: PortalFormat; periodName: (code: CalendarPeriodCode) => string; d: Messages["dashboard"] }) {
  if (points.length === 0) return null;
  const values = points.map((p) => Number(p.delivered));
  const max = Math.max(...values, ...points.map((p) => (p.planned === null ? 0 : Number(p.planned))), 1);
  const width = 300;
  const barWidth = width / points.length;
  const height = 40;
  return (
    <figure className="mt-3">
      <figcaption className="text-xs text-ink-600">{d.trendHeading}</figcaption>
      <svg viewBox={`0 0 ${width} ${height + 28}`} className="mt-1 w-full" role="img" aria-label={points.map((p) => `${periodName(p.code)}: ${figureText(format, figure, p.delivered)}`).join("; ")}>
        {points.map((point, index) => {
          const value = Number(point.delivered);
          const h = (value / max) * height;
          const x = index * barWidth + 6;
          return (
            <g key={formatPeriodCode(point.code)}>
              <rect x={x} y={height - h} width={barWidth - 12} height={Math.max(h, 1)} className={point.sameLastYear ? "fill-ink-400" : formatPeriodCode(point.code) === current ? "fill-brand-700" : "fill-brand-300"} />
              <text x={x + (barWidth - 12) / 2} y={height + 11} textAnchor="middle" className="fill-ink-700 text-[9px]">
                {shortCode(point.code)}
              </text>
              <text x={x + (barWidth - 12) / 2} y={height + 23} textAnchor="middle" className="fill-ink-900 text-[9px]">
                {isMoneySource(figure.source) ? format.vndShort(BigInt(point.delivered.split(".")[0] ?? "0")) : format.number(value)}
              </text>
            </g>
          );
        })}
      </svg>
      {points.some((p) => p.sameLastYear) ? <p className="text-xs text-ink-600">{d.sameLastYearNote}</p> : null}
    </figure>
  );
}

function shortCode(code: CalendarPeriodCode): string {
  return formatPeriodCode(code);
}

function sortRows(rows: GroupRow[], sort: string | undefined): GroupRow[] {
  if (!sort || sort === "ten") return rows;
  const descending = sort.startsWith("-");
  const key = descending ? sort.slice(1) : sort;
  if (key === "ten") return [...rows].reverse();
  return [...rows].sort((a, b) => {
    const x = Number(a.delivered[key] ?? 0);
    const y = Number(b.delivered[key] ?? 0);
    return descending ? y - x : x - y;
  });
}

function ChildTable({ dashboard, m, format, ky, sort }: { dashboard: Dashboard; m: Messages; format: PortalFormat; ky: string; sort: string | undefined }) {
  const d = m.dashboard;
  const rows = sortRows(dashboard.groups, sort);
  const sortHref = (key: string) => {
    const next = sort === key ? `-${key}` : key;
    return `${PATH}?${new URLSearchParams({ ban: dashboard.committee.id, ky, ...(dashboard.regroup ? { gop: "hom-nay" } : {}), sx: next })}#children`;
  };
  const ariaSort = (key: string) => (sort === key ? "ascending" : sort === `-${key}` ? "descending" : undefined);
  return (
    <section aria-labelledby="children" className="mb-8">
      <h2 id="children" className="mb-3 text-lg font-semibold text-ink-900">
        {dashboard.regroup ? d.childrenToday : d.children}
      </h2>
      {rows.length === 0 ? (
        <p className="text-ink-700">{d.noChildren}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-ink-200 bg-white">
          <table className="min-w-full text-sm">
            <thead className="bg-ink-50 text-left text-ink-700">
              <tr>
                <th scope="col" className="sticky left-0 min-w-[11rem] bg-ink-50 px-3 py-2" aria-sort={ariaSort("ten")}>
                  <Link href={sortHref("ten")} className="underline decoration-ink-300">
                    {m.news.committee}
                  </Link>
                </th>
                {dashboard.figures.map((figure) => (
                  <th key={figure.indicatorId} scope="col" className="min-w-[8rem] px-3 py-2 text-right align-bottom font-medium" aria-sort={ariaSort(figure.indicatorId)}>
                    <Link href={sortHref(figure.indicatorId)} className="underline decoration-ink-300">
                      {figure.name}
                    </Link>
                    <span className="block text-xs font-normal text-ink-600">{figure.unit}</span>
                  </th>
                ))}
                <th scope="col" className="min-w-[10rem] px-3 py-2 align-bottom">
                  {d.report}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-t border-ink-100" data-committee={row.id}>
                  <th scope="row" className="sticky left-0 bg-white px-3 py-2 text-left font-medium text-ink-900">
                    {row.relation === "own" ? (
                      row.name
                    ) : (
                      <Link href={`${PATH}?${new URLSearchParams({ ban: row.id, ky })}`} className="underline decoration-ink-300">
                        {row.name}
                      </Link>
                    )}
                    <span className="block text-xs font-normal text-ink-600">{d.relations[row.relation]}</span>
                  </th>
                  {dashboard.figures.map((figure) => {
                    const value = row.delivered[figure.indicatorId] ?? "0";
                    const href = figureListHref(figure.source, { ban: dashboard.committee.id, ky, indicatorId: figure.indicatorId, regroup: dashboard.regroup, group: row.id });
                    const planned = row.planned[figure.indicatorId];
                    return (
                      <td key={figure.indicatorId} className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                        {href && (row.records[figure.indicatorId] ?? 0) > 0 ? (
                          <Link href={href} className="underline decoration-ink-300">
                            {figureText(format, figure, value)}
                          </Link>
                        ) : (
                          figureText(format, figure, value)
                        )}
                        {planned !== undefined ? <span className="block text-xs text-ink-600">/ {figureText(format, figure, planned)}</span> : null}
                      </td>
                    );
                  })}
                  <td className="px-3 py-2 text-ink-700">{row.report ? reportText(d, format, row.report) : "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
