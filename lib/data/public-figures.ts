import "server-only";
import { getDb } from "@/lib/db";
import { ROOT_COMMITTEE } from "./committees";
import { calendarPeriodDates, type CalendarPeriodCode } from "@/lib/periods";
import { systemClock, vietnamYear, type Clock } from "@/lib/time/vietnam";
import { findPeriodId } from "./dashboard";
import { calendarOfYear, committeeFigures, type IndicatorSourceValue } from "./figures";

// PUBLIC KEY FIGURES (home, /so-lieu, /don-vi/<slug>): a committee's delivered
// figures for a year, as the approved year report froze them, or else live
// from THE one SQL definition of delivered (lib/data/figures), labelled
// provisional. Aggregates only: nothing here names a household or a person.
// Anyone may read them, so these take no viewer.

export type PublicFigure = {
  indicatorId: string;
  code: string;
  name: string;
  unit: string;
  source: IndicatorSourceValue;
  /** Decimal string. */
  value: string;
  /** How many records the figure is made of (live figures only; null when frozen by a report). */
  records: number | null;
  /** Whether this is one of the few figures the home page leads with. */
  key: boolean;
};

export type PublicFigures = {
  year: number;
  startsOn: Date;
  endsOn: Date;
  /** When they were read (live figures are as of then). */
  computedAt: Date;
  /** The approved year report the figures come from; null: live, provisional. */
  approved: { approvedAt: Date; documentNumber: number | null; documentSymbol: string } | null;
  figures: PublicFigure[];
};

/** The year period's code (năm). */
const yearCode = (year: number): CalendarPeriodCode => ({ kind: "YEAR", year, sequence: 1 });

/**
 * The figures the home page leads with: houses handed over and their value,
 * conferences held, models registered and recognised, each the committee's
 * own handing-over count over every housing programme (an indicator of one
 * programme, or counting funders, is a detail for /so-lieu).
 */
const KEY_SOURCES: readonly IndicatorSourceValue[] = ["HOUSE_COUNT", "HOUSE_VALUE", "CONFERENCE_COUNT", "MODEL_REGISTERED", "MODEL_RECOGNISED"];

/** A committee's public figures for a year. */
export async function publicFigures(committeeId: string, year: number): Promise<PublicFigures> {
  const db = getDb();
  const calendar = await calendarOfYear(db, committeeId, year);
  const { startsOn, endsOn } = calendarPeriodDates(calendar, yearCode(year));
  const periodId = await findPeriodId(db, calendar, yearCode(year));
  const report = periodId
    ? await db.periodReport.findFirst({
        where: { committeeId, periodId, status: "APPROVED" },
        select: {
          approvedAt: true,
          documentNumber: true,
          documentSymbol: true,
          figures: { select: { delivered: true, indicator: { select: { id: true, code: true, name: true, unit: true, source: true, position: true, conferenceKind: true, housingProgrammeId: true, houseAttribution: true } } } },
        },
      })
    : null;

  const figures = report
    ? withKeys(
        report.figures
          .map(({ delivered, indicator }) => ({
            indicatorId: indicator.id,
            code: indicator.code,
            name: indicator.name,
            unit: indicator.unit,
            source: indicator.source,
            value: delivered.toString(),
            records: null,
            position: indicator.position,
            overall: isOverall(indicator),
          }))
          .sort((a, b) => a.position - b.position || a.name.localeCompare(b.name, "vi")),
      )
    : await livePublicFigures(committeeId, startsOn, endsOn);
  return {
    year,
    computedAt: new Date(),
    startsOn,
    endsOn,
    approved: report?.approvedAt ? { approvedAt: report.approvedAt, documentNumber: report.documentNumber, documentSymbol: report.documentSymbol } : null,
    figures,
  };
}

/** An indicator over every conference kind and housing programme, counting what a committee handed over (not what it funded). */
const isOverall = (i: { conferenceKind: string | null; housingProgrammeId: string | null; houseAttribution: string }) =>
  i.conferenceKind === null && i.housingProgrammeId === null && i.houseAttribution === "HANDED_OVER_BY";

type UnmarkedFigure = Omit<PublicFigure, "key"> & { overall: boolean };

/** Marks the key figures: the first overall indicator (in position order) of each key source. */
function withKeys(figures: UnmarkedFigure[]): PublicFigure[] {
  const keyIds = new Set(KEY_SOURCES.map((source) => figures.find((f) => f.source === source && f.overall)?.indicatorId).filter((id) => id !== undefined));
  return figures.map(({ indicatorId, code, name, unit, source, value, records }) => ({ indicatorId, code, name, unit, source, value, records, key: keyIds.has(indicatorId) }));
}

/** A committee's figures between two days (a year, a campaign phase), live from the records: provisional. */
export async function livePublicFigures(committeeId: string, startsOn: Date, endsOn: Date): Promise<PublicFigure[]> {
  const figures = await committeeFigures(getDb(), { committeeId, startsOn, endsOn, periodId: null });
  return withKeys(
    figures.map((figure) => ({
      indicatorId: figure.indicatorId,
      code: figure.code,
      name: figure.name,
      unit: figure.unit,
      source: figure.source,
      value: figure.delivered,
      records: figure.records,
      overall: isOverall(figure),
    })),
  );
}

/** How many years back the home page looks for a year with records. */
const YEARS_BACK = 4;

/**
 * The home page's figures: this year's, or while this year has no record yet
 * (early January, or a new installation), the latest of the last few years
 * that has one — always labelled with its year.
 */
export async function latestPublicFigures(committeeId: string, clock: Clock = systemClock): Promise<PublicFigures> {
  const thisYear = vietnamYear(clock);
  let first: PublicFigures | null = null;
  for (let year = thisYear; year >= thisYear - YEARS_BACK; year--) {
    const figures = await publicFigures(committeeId, year);
    first ??= figures;
    if (figures.approved || figures.figures.some((f) => f.value !== "0")) return figures;
  }
  return first!;
}

/** The committee whose figures are the country's: today's root of the tree. */
export async function rootCommittee(): Promise<{ id: string; slug: string; name: string }> {
  const root = await getDb().committee.findFirst({ ...ROOT_COMMITTEE, select: { id: true, slug: true, name: true } });
  if (!root) throw new Error("no root committee");
  return root;
}
