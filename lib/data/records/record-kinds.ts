// The record types that share versions, soft delete, history and locks, with
// the table and the date column each is filed under (a record falls into its
// periods by that date; a model also by the day it was recognised, which
// counts in its own period). Table names come only from here, never from input.
import { Prisma } from "@/lib/db";
import type { AuditEntity } from "../audit-vocabulary";

export const RECORD_KINDS = {
  agreement: { table: "agreements", dateColumn: "signed_on", titleColumn: "title" },
  conference: { table: "conferences", dateColumn: "held_on", titleColumn: "title" },
  house: { table: "house_handovers", dateColumn: "handed_over_on", titleColumn: "household_name" },
  activity: { table: "activities", dateColumn: "occurred_on", titleColumn: "title" },
  model: { table: "exemplary_models", dateColumn: "registered_on", titleColumn: "name", laterDateColumn: "recognised_on" },
  // A campaign counts in no figure (its phases are periods): no lock holds it. Nationwide ones have no committee.
  campaign: { table: "campaigns", dateColumn: "starts_on", titleColumn: "name", unlocked: true },
} as const satisfies Record<string, { table: string; dateColumn: string; titleColumn: string; laterDateColumn?: string; unlocked?: true }>;

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

/** The second date a record is counted by (a model's recognition), or null. */
export function recordLaterDateColumn(kind: RecordKind): Prisma.Sql {
  const kindInfo = RECORD_KINDS[kind];
  return "laterDateColumn" in kindInfo ? Prisma.raw(`"${kindInfo.laterDateColumn}"`) : Prisma.sql`null::date`;
}

/** Whether locked periods hold records of this kind (every kind counted in figures). */
export function isLockedByPeriods(kind: RecordKind): boolean {
  return !("unlocked" in RECORD_KINDS[kind]);
}
