// The record types that share versions, soft delete, history and locks, with
// the table and the date column each is filed under (a record falls into its
// periods by that date alone). Table names come only from here, never from input.
import { Prisma } from "@/lib/db";
import type { AuditEntity } from "../audit-vocabulary";

export const RECORD_KINDS = {
  agreement: { table: "agreements", dateColumn: "signed_on", titleColumn: "title" },
  conference: { table: "conferences", dateColumn: "held_on", titleColumn: "title" },
  house: { table: "house_handovers", dateColumn: "handed_over_on", titleColumn: "household_name" },
  activity: { table: "activities", dateColumn: "occurred_on", titleColumn: "title" },
} as const satisfies Record<string, { table: string; dateColumn: string; titleColumn: string }>;

export type RecordKind = keyof typeof RECORD_KINDS & AuditEntity;

export const recordKinds = Object.keys(RECORD_KINDS) as RecordKind[];

export function recordTable(kind: RecordKind): Prisma.Sql {
  return Prisma.raw(`"${RECORD_KINDS[kind].table}"`);
}

export function recordDateColumn(kind: RecordKind): Prisma.Sql {
  return Prisma.raw(`"${RECORD_KINDS[kind].dateColumn}"`);
}

export function recordTitleColumn(kind: RecordKind): Prisma.Sql {
  return Prisma.raw(`"${RECORD_KINDS[kind].titleColumn}"`);
}
