import "server-only";
import { getDb, Prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import { parsePeriodCode } from "@/lib/periods";
import { parseSort, positionOf } from "@/lib/validation/list";
import { MODEL_FIELDS, MODEL_STATUSES, type ModelFieldValue, type ModelStatusValue, type RecognitionLevelValue } from "@/lib/validation/model";
import { MODEL_SORTS, type ModelListParams } from "@/lib/validation/model-list";
import { figureRecordsFilter, listPeriod } from "./figure-lists";
import { textKey, timestampKey } from "./list/cursor";
import { containsPattern, countsPerValue, keysetBatches, readListPage, sqlTotals, whereAll, type KeysetQuery, type KeysetSource } from "./list/keyset";
import { modelReadScope } from "./models";
import type { ResolvedPeriod } from "./periods";
import { committeeScope } from "./scope";

export const MODEL_PAGE_SIZE = 20;

export type ModelRow = {
  id: string;
  name: string;
  field: ModelFieldValue;
  status: ModelStatusValue;
  recognitionLevel: RecognitionLevelValue | null;
  registeredOn: Date;
  recognisedOn: Date | null;
  committeeId: string;
  committeeName: string;
  campaignName: string | null;
  photos: number;
};

type ModelSort = (typeof MODEL_SORTS)[keyof typeof MODEL_SORTS];

const FROM = Prisma.sql`exemplary_models m join committees c on c.id = m.committee_id`;

const modelsSource: KeysetSource<ModelRow, ModelSort> = {
  from: FROM,
  select: Prisma.sql`m.id, m.name, m.field::text as field, m.status::text as status, m.recognition_level::text as recognition_level,
    m.registered_on, m.recognised_on, m.committee_id, c.name as committee_name,
    (select k.name from campaigns k where k.id = m.campaign_id and k.deleted_at is null) as campaign_name,
    (select count(*)::int from record_photos p where p.model_id = m.id) as photos`,
  id: { column: Prisma.sql`m.id`, codec: textKey, value: (row) => row.id },
  sorts: {
    registeredOn: { column: Prisma.sql`m.registered_on`, codec: timestampKey, value: (row) => row.registeredOn },
    name: { column: Prisma.sql`m.name`, codec: textKey, value: (row) => row.name },
  },
  map: (raw) => ({
    id: raw.id as string,
    name: raw.name as string,
    field: raw.field as ModelFieldValue,
    status: raw.status as ModelStatusValue,
    recognitionLevel: (raw.recognition_level as RecognitionLevelValue | null) ?? null,
    registeredOn: raw.registered_on as Date,
    recognisedOn: (raw.recognised_on as Date | null) ?? null,
    committeeId: raw.committee_id as string,
    committeeName: raw.committee_name as string,
    campaignName: (raw.campaign_name as string | null) ?? null,
    photos: Number(raw.photos ?? 0),
  }),
};

/**
 * The list's WHERE: not deleted, readable by the viewer, and the filters.
 * `ban` keeps to the committee's subtree and history; `ky` to the models
 * registered or recognised within the period (each counts in both).
 */
export async function modelQueryOf(viewer: Viewer, params: ModelListParams): Promise<KeysetQuery<ModelSort> & { period: ResolvedPeriod | null }> {
  const { key, direction } = parseSort(params.sap_xep, MODEL_SORTS);
  const code = params.ky ? parsePeriodCode(params.ky) : null;
  const period = await listPeriod(viewer, code, params.ban);
  const figure = figureRecordsFilter("model", Prisma.sql`m.id`, params, period);
  const pattern = params.q ? containsPattern(params.q) : null;
  return {
    where: whereAll([
      Prisma.sql`m.deleted_at is null`,
      modelReadScope(viewer, "m"),
      // Opened from a dashboard figure: exactly the models behind it (registered or recognised, as the indicator counts).
      figure ?? (params.ban ? Prisma.sql`m.committee_id in (select readable_committee_ids(${params.ban}))` : null),
      period && !figure
        ? Prisma.sql`(m.registered_on between ${period.startsOn}::date and ${period.endsOn}::date
                      or m.recognised_on between ${period.startsOn}::date and ${period.endsOn}::date)`
        : null,
      params.linh_vuc ? Prisma.sql`m.field = ${params.linh_vuc}::model_field` : null,
      params.trang_thai ? Prisma.sql`m.status = ${params.trang_thai}::model_status` : null,
      params.cap ? Prisma.sql`m.recognition_level = ${params.cap}::recognition_level` : null,
      params.phong_trao ? Prisma.sql`m.campaign_id = ${params.phong_trao}` : null,
      pattern ? Prisma.sql`unaccent_vi(m.name) like unaccent_vi(${pattern})` : null,
    ]),
    sort: key,
    direction,
    period,
  };
}

export type ModelTotals = Record<"models" | ModelStatusValue | ModelFieldValue, bigint>;

/** How many models the filters select, how many registered and recognised, and how many in each field (one SQL statement). */
function modelTotals(where: Prisma.Sql): Promise<ModelTotals> {
  return sqlTotals(getDb(), FROM, where, {
    models: Prisma.sql`count(*)`,
    ...countsPerValue(Prisma.sql`m.status`, MODEL_STATUSES, "model_status"),
    ...countsPerValue(Prisma.sql`m.field`, MODEL_FIELDS, "model_field"),
  });
}

/** One page of the models the viewer reads, the count the filters select and their totals. */
export async function listModels(viewer: Viewer, params: ModelListParams) {
  const query = await modelQueryOf(viewer, params);
  const [page, totals] = await Promise.all([readListPage(getDb(), modelsSource, query, positionOf(params), MODEL_PAGE_SIZE), modelTotals(query.where)]);
  return { ...page, totals, period: query.period };
}

/** Every model the filters select, in batches, with the totals from SQL. */
export async function exportModels(viewer: Viewer, params: ModelListParams) {
  const query = await modelQueryOf(viewer, params);
  return { totals: await modelTotals(query.where), batches: keysetBatches(getDb(), modelsSource, query) };
}

/** The committee filter's choices: committees of the viewer's scope that have a model. */
export function listModelCommittees(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  return getDb().$queryRaw<{ id: string; name: string }[]>`
    select c.id, c.name from committees c
     where ${committeeScope(viewer, "record", Prisma.sql`c.id`)}
       and exists (select 1 from exemplary_models m where m.committee_id = c.id and m.deleted_at is null)
     order by c.valid_to is not null, c.name, c.id`;
}
