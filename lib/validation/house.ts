import { z } from "zod";
import { HouseholdCategory, HouseStatus, HouseWork } from "@/lib/generated/prisma/enums";
import { parseVnd } from "@/lib/money/parse-vnd";
import { vietnamToday } from "@/lib/time/vietnam";
import { optionalDay } from "./day";
import { idField, optionalText, recordId, text, version } from "./fields";
import { message } from "./message";
import { vndField } from "./money";
import { VND_POSITIVE_MESSAGE, vndErrorMessage } from "./money-messages";

// The house handover forms (/ho-so/nha/moi, /ho-so/nha/[id]/sua): the fields
// as typed, the funding contributions as repeatable rows named
// `fundings.<n>.contributor|name|amount`, and the rules across fields (a
// handed-over house has its date and contributions that add up to its value).
// The database refuses the same (CHECKs and a deferred constraint trigger).

export const HOUSE_STATUSES = Object.values(HouseStatus);
export const HOUSE_WORKS = Object.values(HouseWork);
export const HOUSEHOLD_CATEGORIES = Object.values(HouseholdCategory);
export type HouseStatusValue = (typeof HOUSE_STATUSES)[number];
export type HouseWorkValue = (typeof HOUSE_WORKS)[number];
export type HouseholdCategoryValue = (typeof HOUSEHOLD_CATEGORIES)[number];

/** Funding rows a form may send (blank rows included). */
export const MAX_FUNDING_ROWS = 30;

/** The form's photo field (the picker's camera and library inputs share it). */
export const HOUSE_PHOTO_FIELD = "photos";

/** Form fields of the household: shown and saved only by those who may see them. */
export const HOUSEHOLD_FIELDS = ["householdName", "householdCategory", "address"] as const;

/** A contributor as the row's select sends it: `committee:<id>`, `partner:<id>` or `other` (a name typed beside it). */
const CONTRIBUTOR = /^(committee|partner):([A-Za-z0-9_-]{1,64})$/;

export type FundingInput = { committeeId: string | null; partnerId: string | null; name: string | null; amountVnd: bigint };

const fundingRow = z
  .object({
    contributor: z.string().trim().default(""),
    name: z.string().trim().default(""),
    amount: z.string().trim().default(""),
  })
  .transform((row, context): FundingInput | null => {
    if (row.contributor === "" && row.name === "" && row.amount === "") return null; // a blank row is no row
    let committeeId: string | null = null;
    let partnerId: string | null = null;
    let name: string | null = null;
    const picked = CONTRIBUTOR.exec(row.contributor);
    if (picked) {
      if (picked[1] === "committee") committeeId = picked[2]!;
      else partnerId = picked[2]!;
    } else if (row.contributor === "other" || (row.contributor === "" && row.name !== "")) {
      if (row.name === "") context.addIssue({ code: "custom", path: ["name"], message: message("validation.houseFundingName") });
      else if (row.name.length > 200) context.addIssue({ code: "custom", path: ["name"], message: message("validation.tooLong") });
      else if (row.name.includes("\u0000")) context.addIssue({ code: "custom", path: ["name"], message: message("validation.invalid") });
      name = row.name;
    } else {
      context.addIssue({ code: "custom", path: ["contributor"], message: message("validation.houseFundingContributor") });
    }
    const amount = parseVnd(row.amount);
    if (!amount.ok) context.addIssue({ code: "custom", path: ["amount"], message: vndErrorMessage(amount.error) });
    else if (amount.value === 0n) context.addIssue({ code: "custom", path: ["amount"], message: VND_POSITIVE_MESSAGE });
    if (!amount.ok || amount.value === 0n) return z.NEVER;
    return { committeeId, partnerId, name, amountVnd: amount.value };
  });

/**
 * The form's flat fields (`fundings.0.amount`, `removePhoto.<id>`) gathered
 * into arrays, each funding row at its own index so that a message lands on
 * the row it is about.
 */
function gatherRows(input: unknown): unknown {
  if (input === null || typeof input !== "object") return input;
  const flat = input as Record<string, unknown>;
  const rows: Record<string, unknown>[] = [];
  const removePhotoIds: string[] = [];
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const funding = /^fundings\.(\d{1,3})\.(contributor|name|amount)$/.exec(key);
    if (funding) {
      const index = Number(funding[1]);
      if (index < MAX_FUNDING_ROWS) (rows[index] ??= {})[funding[2]!] = value;
      continue;
    }
    const removal = /^removePhoto\.(.+)$/.exec(key);
    if (removal) {
      if (value === "1" || value === "on") removePhotoIds.push(removal[1]!);
      continue;
    }
    rest[key] = value;
  }
  for (let i = 0; i < rows.length; i++) rows[i] ??= {};
  return { ...rest, fundings: rows, removePhotoIds };
}

const optionalId = (invalid: Parameters<typeof idField>[1]) =>
  z
    .string()
    .trim()
    .default("")
    .pipe(z.union([z.literal(""), idField(invalid, invalid)]))
    .transform((value) => (value === "" ? null : value));

const houseFields = z.object({
  committeeId: idField(message("validation.committee"), message("validation.committee")),
  programmeId: idField(message("validation.houseProgramme"), message("validation.houseProgramme")),
  work: z.enum(HouseWork, message("validation.houseWork")),
  householdName: text(200).optional(),
  householdCategory: z.enum(HouseholdCategory, message("validation.householdCategory")).optional(),
  commune: text(200),
  address: optionalText(300),
  value: vndField({ positive: true }),
  status: z.enum(HouseStatus, message("validation.houseStatus")),
  startedOn: optionalDay(message("validation.date")),
  handedOverOn: optionalDay(message("validation.date")),
  campaignId: optionalId(message("validation.invalid")),
  agreementId: optionalId(message("validation.invalid")),
  fundings: z.array(fundingRow).max(MAX_FUNDING_ROWS),
  removePhotoIds: z.array(recordId).max(100).default([]),
});

type HouseFields = z.output<typeof houseFields>;

/** The rules across fields; the date of handover only counts once the house is handed over. */
function crossFieldRules<T extends HouseFields>(input: T, context: z.RefinementCtx): void {
  const handedOver = input.status === "HANDED_OVER";
  if (handedOver && !input.handedOverOn) {
    context.addIssue({ code: "custom", path: ["handedOverOn"], message: message("validation.houseHandedOverOn") });
  }
  if (handedOver && input.handedOverOn) {
    if (input.handedOverOn.getTime() > vietnamToday().getTime()) {
      context.addIssue({ code: "custom", path: ["handedOverOn"], message: message("validation.houseHandedOverFuture") });
    } else if (input.startedOn && input.handedOverOn.getTime() < input.startedOn.getTime()) {
      context.addIssue({ code: "custom", path: ["handedOverOn"], message: message("validation.houseHandedOverBeforeStart") });
    }
  }
  if (handedOver) {
    const funded = input.fundings.reduce((sum, row) => sum + (row?.amountVnd ?? 0n), 0n);
    if (funded !== input.value) context.addIssue({ code: "custom", path: ["fundings"], message: message("validation.houseFundingsSum") });
  }
}

/** What the data layer receives: the house's own fields, its contributions and the photos to remove. */
function normalise<T extends HouseFields>(input: T): Omit<T, "fundings"> & { fundings: FundingInput[] } {
  const handedOver = input.status === "HANDED_OVER";
  return {
    ...input,
    // Typed before the status changed: a date of handover belongs to a handed-over house only.
    handedOverOn: handedOver ? input.handedOverOn : null,
    fundings: input.fundings.filter((row): row is FundingInput => row !== null),
  };
}

const required = <T extends HouseFields>(input: T, context: z.RefinementCtx) => {
  if (input.householdName === undefined) context.addIssue({ code: "custom", path: ["householdName"], message: message("validation.required") });
  if (input.householdCategory === undefined) context.addIssue({ code: "custom", path: ["householdCategory"], message: message("validation.householdCategory") });
};

export const createHouseSchema = z.preprocess(
  gatherRows,
  houseFields.superRefine((input, context) => {
    required(input, context);
    crossFieldRules(input, context);
  }),
).transform(normalise);

/**
 * The edit: the household fields are absent when the viewer may not correct
 * them (the form shows them read-only), and then stay as they are.
 */
export const updateHouseSchema = z.preprocess(gatherRows, houseFields.extend({ version }).superRefine(crossFieldRules)).transform(normalise);

export type CreateHouseInput = z.output<typeof createHouseSchema>;
export type UpdateHouseInput = z.output<typeof updateHouseSchema>;

/** Erasing a household's details: the version the leader saw. */
export const eraseHouseholdSchema = z.object({ version });

/** The notices a house's page shows after a save or an erasure. */
export const houseNoticeParams = z.object({
  saved: z.literal("1").optional().catch(undefined),
  erased: z.literal("1").optional().catch(undefined),
});
