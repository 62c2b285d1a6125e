import "server-only";
import { getDb, Prisma } from "@/lib/db";
import type { Viewer } from "@/lib/auth/policy";
import type { CommitteeLevel } from "@/lib/generated/prisma/enums";
import { parseSort, positionOf } from "@/lib/validation/list";
import { PARTNER_KINDS, type PartnerKindValue } from "@/lib/validation/partner";
import { PARTNER_SORTS, type PartnerListParams } from "@/lib/validation/partner-list";
import { textKey, timestampKey } from "./list/cursor";
import { containsPattern, countsPerValue, keysetBatches, readListPage, sqlTotals, whereAll, type KeysetQuery, type KeysetSource } from "./list/keyset";
import { committeeScope } from "./scope";

export const PARTNER_PAGE_SIZE = 20;

export type PartnerRow = {
  id: string;
  name: string;
  shortName: string;
  kind: PartnerKindValue;
  committeeId: string;
  committeeName: string;
  committeeLevel: CommitteeLevel;
  address: string | null;
  phone: string | null;
  email: string | null;
  createdAt: Date;
};

type PartnerSort = (typeof PARTNER_SORTS)[keyof typeof PARTNER_SORTS];

/** Partners with their committee (whose level is the partner's); each sort is backed by an index on (column, id). */
export const partnersSource: KeysetSource<PartnerRow, PartnerSort> = {
  from: Prisma.sql`partners p join committees c on c.id = p.committee_id`,
  select: Prisma.sql`p.id, p.name, p.short_name, p.kind::text as kind, p.committee_id, c.name as committee_name, c.level::text as committee_level,
    p.address, p.phone, p.email, p.created_at`,
  id: { column: Prisma.sql`p.id`, codec: textKey, value: (row) => row.id },
  sorts: {
    name: { column: Prisma.sql`p.name`, codec: textKey, value: (row) => row.name },
    createdAt: { column: Prisma.sql`p.created_at`, codec: timestampKey, value: (row) => row.createdAt },
  },
  map: (raw) => ({
    id: raw.id as string,
    name: raw.name as string,
    shortName: raw.short_name as string,
    kind: raw.kind as PartnerKindValue,
    committeeId: raw.committee_id as string,
    committeeName: raw.committee_name as string,
    committeeLevel: raw.committee_level as CommitteeLevel,
    address: (raw.address as string | null) ?? null,
    phone: (raw.phone as string | null) ?? null,
    email: (raw.email as string | null) ?? null,
    createdAt: raw.created_at as Date,
  }),
};

/**
 * The list's WHERE: the viewer's scope (readable_committee_ids, in SQL) and the
 * filters. The search ignores case and diacritics on both sides (unaccent_vi):
 * "mat tran" finds "Mặt trận", "dan van" finds "Dân vận".
 */
export function partnerQueryOf(viewer: Viewer, params: PartnerListParams): KeysetQuery<PartnerSort> {
  const { key, direction } = parseSort(params.sap_xep, PARTNER_SORTS);
  const pattern = params.q ? containsPattern(params.q) : null;
  return {
    where: whereAll([
      committeeScope(viewer, "partner", Prisma.sql`p.committee_id`),
      pattern
        ? Prisma.sql`(unaccent_vi(p.name) like unaccent_vi(${pattern}) or unaccent_vi(p.short_name) like unaccent_vi(${pattern}))`
        : null,
      params.loai ? Prisma.sql`p.kind = ${params.loai}::partner_kind` : null,
      params.ban ? Prisma.sql`p.committee_id = ${params.ban}` : null,
    ]),
    sort: key,
    direction,
  };
}

export type PartnerTotals = Record<"partners" | PartnerKindValue, bigint>;

/** How many partners the filters select: in all and per kind (one SQL statement). */
function partnerTotals(where: Prisma.Sql): Promise<PartnerTotals> {
  return sqlTotals(getDb(), partnersSource.from, where, { partners: Prisma.sql`count(*)`, ...countsPerValue(Prisma.sql`p.kind`, PARTNER_KINDS, "partner_kind") });
}

/** One page of the partners the viewer may read, the count the filters select and their totals per kind. */
export async function listPartners(viewer: Viewer, params: PartnerListParams) {
  const db = getDb();
  const query = partnerQueryOf(viewer, params);
  const [page, totals] = await Promise.all([readListPage(db, partnersSource, query, positionOf(params), PARTNER_PAGE_SIZE), partnerTotals(query.where)]);
  return { ...page, totals };
}

/** Every partner the filters select, in batches, with the totals from SQL. */
export async function exportPartners(viewer: Viewer, params: PartnerListParams) {
  const query = partnerQueryOf(viewer, params);
  return { totals: await partnerTotals(query.where), batches: keysetBatches(getDb(), partnersSource, query) };
}

/** The committees whose partners the viewer reads and that have partners: the committee filter's choices. */
export async function listPartnerCommittees(viewer: Viewer): Promise<{ id: string; name: string }[]> {
  return getDb().$queryRaw<{ id: string; name: string }[]>`
    select c.id, c.name from committees c
     where ${committeeScope(viewer, "partner", Prisma.sql`c.id`)}
       and exists (select 1 from partners p where p.committee_id = c.id)
     order by c.name, c.id`;
}
