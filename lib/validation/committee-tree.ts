import { z } from "zod";
import { CommitteeKind, CommitteeLevel } from "@/lib/generated/prisma/enums";
import { optionalText, RECORD_ID_PATTERN, text, version } from "./fields";
import { message } from "./message";

// Changes to the committee tree, each with the date it takes effect. Field
// names match the forms (components/committee/tree-forms.tsx); rows of a
// merge or split are numbered fields ("others.0", "successors.1.name"), so
// an error lands next to its row.

export const COMMITTEE_LEVELS = Object.values(CommitteeLevel);
export const COMMITTEE_KINDS = Object.values(CommitteeKind);

/** How many other committees a merge form offers, and successors a split form. */
export const MERGE_ROWS = 4;
export const SPLIT_ROWS = 4;

const dateMessage = message("committeeAdmin.errors.date");
const committeeMessage = message("validation.committee");

/** A calendar day from a date field (YYYY-MM-DD), as a `@db.Date` value (UTC midnight). */
export const day = z
  .string({ error: dateMessage })
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, dateMessage)
  .refine((iso) => iso >= "1900-01-01" && iso <= "2100-12-31" && new Date(`${iso}T00:00:00.000Z`).toISOString().startsWith(iso), dateMessage)
  .transform((iso) => new Date(`${iso}T00:00:00.000Z`));

/** A committee chosen in a list, or nothing (an empty option). */
const optionalCommittee = z
  .string()
  .trim()
  .default("")
  .refine((value) => value === "" || RECORD_ID_PATTERN.test(value), committeeMessage)
  .transform((value) => (value === "" ? null : value));

const requiredCommittee = z.string({ error: committeeMessage }).trim().min(1, committeeMessage).regex(RECORD_ID_PATTERN, committeeMessage);

const level = z.enum(CommitteeLevel, message("committeeAdmin.errors.level"));
const kind = z.enum(CommitteeKind, message("committeeAdmin.errors.kind"));

export const createCommitteeSchema = z
  .object({
    name: text(200),
    shortName: text(80),
    level,
    kind,
    locality: text(200),
    parentId: optionalCommittee,
    validFrom: day,
  })
  .refine((v) => v.level === "CENTRAL" || v.parentId !== null, { path: ["parentId"], message: message("committeeAdmin.errors.parentRequired") });

/** A typo in the name, corrected in place: no date, no new committee. */
export const correctCommitteeNameSchema = z.object({ name: text(200), shortName: text(80), version });

/** A new name with a new scope: a new committee from the effective date. */
export const renameCommitteeSchema = z.object({
  name: text(200),
  shortName: text(80),
  kind,
  locality: text(200),
  effectiveOn: day,
  version,
});

export const moveCommitteeSchema = z.object({ parentId: requiredCommittee, effectiveOn: day, version });

/** `validTo` is the last day; a successor, if any, takes over its duties the day after (primary). */
export const endCommitteeSchema = z.object({ validTo: day, successorId: optionalCommittee, version });

const rows = (raw: unknown, count: number, read: (input: Record<string, unknown>, index: number) => unknown) => {
  const input = (raw ?? {}) as Record<string, unknown>;
  return Array.from({ length: count }, (_, index) => read(input, index));
};

/**
 * Merge: the committee of the page, the others chosen ("others.0"…), into a
 * new committee or an existing one. Empty rows are skipped, but keep their
 * place so a refusal names the right row.
 */
export const mergeCommitteesSchema = z.preprocess(
  (raw) => ({ ...(raw as object), others: rows(raw, MERGE_ROWS, (input, i) => input[`others.${i}`] ?? "") }),
  z
    .object({
      others: z.array(optionalCommittee),
      effectiveOn: day,
      target: z.enum(["new", "existing"], message("validation.invalid")),
      targetId: optionalCommittee,
      name: optionalText(200),
      shortName: optionalText(80),
      kind: z.union([z.literal("").transform(() => null), kind]).default(null),
      parentId: optionalCommittee,
      version,
    })
    .superRefine((v, ctx) => {
      const missing = (path: string, key: Parameters<typeof message>[0] = "validation.required") => ctx.addIssue({ code: "custom", path: [path], message: message(key) });
      if (v.target === "existing" && v.targetId === null) missing("targetId", "validation.committee");
      if (v.target === "new") {
        if (v.name === null) missing("name");
        if (v.shortName === null) missing("shortName");
        if (v.kind === null) missing("kind", "committeeAdmin.errors.kind");
      }
      v.others.forEach((id, index) => {
        if (id !== null && v.others.indexOf(id) < index) ctx.addIssue({ code: "custom", path: ["others", index], message: message("committeeAdmin.errors.repeated") });
      });
    })
    .transform((v) => ({
      others: v.others,
      effectiveOn: v.effectiveOn,
      target:
        v.target === "existing"
          ? ({ existing: v.targetId! } as const)
          : ({ new: { name: v.name!, shortName: v.shortName!, kind: v.kind!, parentId: v.parentId } } as const),
      version: v.version,
    })),
);

/** One successor of a split: an existing committee, or a new one to create; `row` is its place in the form. */
export type SplitSuccessor = { row: number; primary: boolean } & ({ existing: string; new?: undefined } | { existing?: undefined; new: { name: string; shortName: string } });

const successorRow = z.object({ committeeId: optionalCommittee, name: optionalText(200), shortName: optionalText(80) });

/**
 * Split: successor rows ("successors.0.committeeId" for an existing
 * committee, or "successors.0.name" and ".shortName" for a new one) and the
 * primary one (`primary` = its row number).
 */
export const splitCommitteeSchema = z.preprocess(
  (raw) => ({
    ...(raw as object),
    successors: rows(raw, SPLIT_ROWS, (input, i) => ({
      committeeId: input[`successors.${i}.committeeId`] ?? "",
      name: input[`successors.${i}.name`] ?? "",
      shortName: input[`successors.${i}.shortName`] ?? "",
    })),
  }),
  z
    .object({
      successors: z.array(successorRow),
      primary: z.coerce.number({ error: message("committeeAdmin.errors.onePrimary") }).int().min(0).max(SPLIT_ROWS - 1).optional().catch(undefined),
      effectiveOn: day,
      version,
    })
    .superRefine((v, ctx) => {
      const issue = (path: (string | number)[], key: Parameters<typeof message>[0]) => ctx.addIssue({ code: "custom", path, message: message(key) });
      const filled = v.successors.map((row) => row.committeeId !== null || row.name !== null || row.shortName !== null);
      v.successors.forEach((row, index) => {
        if (row.committeeId !== null) {
          if (v.successors.findIndex((other) => other.committeeId === row.committeeId) < index) issue(["successors", index, "committeeId"], "committeeAdmin.errors.repeated");
        } else if (filled[index]) {
          if (row.name === null) issue(["successors", index, "name"], "validation.required");
          if (row.shortName === null) issue(["successors", index, "shortName"], "validation.required");
        }
      });
      if (filled.filter(Boolean).length < 2) issue(["successors"], "committeeAdmin.errors.splitNeedsTwo");
      if (v.primary === undefined || !filled[v.primary]) issue(["primary"], "committeeAdmin.errors.onePrimary");
    })
    .transform((v) => ({
      effectiveOn: v.effectiveOn,
      version: v.version,
      successors: v.successors.flatMap((row, index): SplitSuccessor[] =>
        row.committeeId !== null
          ? [{ row: index, existing: row.committeeId, primary: v.primary === index }]
          : row.name !== null && row.shortName !== null
            ? [{ row: index, new: { name: row.name, shortName: row.shortName }, primary: v.primary === index }]
            : [],
      ),
    })),
);

export type CreateCommitteeInput = z.infer<typeof createCommitteeSchema>;
export type CorrectCommitteeNameInput = z.infer<typeof correctCommitteeNameSchema>;
export type RenameCommitteeInput = z.infer<typeof renameCommitteeSchema>;
export type MoveCommitteeInput = z.infer<typeof moveCommitteeSchema>;
export type EndCommitteeInput = z.infer<typeof endCommitteeSchema>;
export type MergeCommitteesInput = z.output<typeof mergeCommitteesSchema>;
export type SplitCommitteeInput = z.output<typeof splitCommitteeSchema>;

/** The notice a committee's page shows after a change of the tree (`?xong=`). */
export const TREE_CHANGE_NOTICES = ["tao", "sua-ten", "doi-ten", "chuyen", "ket-thuc", "hop-nhat", "chia-tach"] as const;
export type TreeChangeNotice = (typeof TREE_CHANGE_NOTICES)[number];

export const committeeNoticeParams = z.object({
  saved: z.literal("1").optional().catch(undefined),
  xong: z.enum(TREE_CHANGE_NOTICES).optional().catch(undefined),
});

/** Moving the users of ended committees: "id:version" pairs, comma-separated, as the page listed them. */
export const confirmUserMovesSchema = z.object({
  users: z
    .string({ error: message("validation.invalid") })
    .trim()
    .min(1, message("accounts.moves.none"))
    .max(40_000, message("validation.invalid"))
    .transform((value) => value.split(","))
    .pipe(z.array(z.string().regex(/^[A-Za-z0-9_-]{1,64}:\d{1,10}$/, message("validation.invalid"))).max(500, message("validation.invalid")))
    .transform((pairs) =>
      pairs.map((pair) => {
        const [id, version] = pair.split(":");
        return { id: id!, version: Number(version) };
      }),
    ),
});

export type ConfirmUserMovesInput = z.infer<typeof confirmUserMovesSchema>;
