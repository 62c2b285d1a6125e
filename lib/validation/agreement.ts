import { z } from "zod";
import { parsePeriodCode, type CalendarPeriodCode } from "@/lib/periods";
import { vietnamToday } from "@/lib/time/vietnam";
import { optionalDay, requiredDay } from "./day";
import { idField, optionalText, RECORD_ID_PATTERN, text, version } from "./fields";
import { nestFormFields } from "./form-rows";
import { message } from "./message";

// An agreement as its form sends it: the record's fields, the parties
// (`parties.N.committeeId` or `parties.N.partnerId`, `parties.N.lead`), the
// tasks (`tasks.N.content`, `tasks.N.responsibleParty` = the party's row
// number, `tasks.N.indicatorId`, `tasks.N.targets.M.period|planned`) and what
// the action found in the attached file (`document`: none, pdf, notPdf,
// tooLarge; never the bytes). Blank rows are dropped after validation, so
// every message names the row the user sees.

export const MAX_PARTIES = 30;
export const MAX_TASKS = 50;
export const MAX_TARGETS = 40;
/** The signed document's size limit. */
export const DOCUMENT_MAX_MB = 20;
export const DOCUMENT_MAX_BYTES = DOCUMENT_MAX_MB * 1024 * 1024;

export const DOCUMENT_CHECKS = ["none", "pdf", "notPdf", "tooLarge"] as const;
export type DocumentCheck = (typeof DOCUMENT_CHECKS)[number];

const invalidDay = message("agreements.validation.day");

/** An optional id: empty is none; anything that is not an id is refused. */
const optionalId = (invalid: ReturnType<typeof message>) =>
  z
    .string()
    .trim()
    .default("")
    .refine((value) => value === "" || RECORD_ID_PATTERN.test(value), invalid)
    .transform((value) => (value === "" ? null : value));

const checked = z
  .string()
  .optional()
  .transform((value) => value === "1" || value === "on");

/**
 * A planned figure as staff type it: "12", "1,5", "2.5", "1.500" (a Vietnamese
 * thousands separator), "1 500". Returns the decimal as PostgreSQL reads it.
 */
export function parsePlanned(value: string): string | null {
  const compact = value.replace(/[\s\u00a0]/g, "");
  if (/^\d{1,3}(\.\d{3})+$/.test(compact)) return String(BigInt(compact.replaceAll(".", "")));
  const match = /^(\d{1,15})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const whole = String(BigInt(match[1]!));
  return match[2] ? `${whole}.${match[2]}` : whole;
}

const targetRow = z
  .object({
    period: z.string().trim().default(""),
    planned: z.string().trim().default(""),
  })
  .transform((row, context): { period: CalendarPeriodCode; planned: string } | null => {
    if (row.period === "" && row.planned === "") return null;
    const period = parsePeriodCode(row.period);
    if (!period || period.kind === "PHASE") context.addIssue({ code: "custom", message: message("agreements.validation.period"), path: ["period"] });
    const planned = parsePlanned(row.planned);
    if (planned === null) context.addIssue({ code: "custom", message: message("agreements.validation.planned"), path: ["planned"] });
    if (!period || period.kind === "PHASE" || planned === null) return z.NEVER;
    return { period, planned };
  });

const partyRow = z
  .object({
    committeeId: optionalId(message("validation.committee")),
    partnerId: optionalId(message("agreements.validation.partner")),
    lead: checked,
    signerName: optionalText(120),
    signerTitle: optionalText(200),
  })
  .superRefine((row, context) => {
    const blank = !row.committeeId && !row.partnerId && !row.lead && !row.signerName && !row.signerTitle;
    if (blank) return;
    if ((row.committeeId === null) === (row.partnerId === null)) {
      context.addIssue({ code: "custom", message: message("agreements.validation.partyOneOf"), path: ["committeeId"] });
    }
  });

const taskRow = z.object({
  content: z.string().trim().max(2000, message("validation.tooLong")).default(""),
  responsibleParty: z.string().trim().default(""),
  responsible: optionalText(300),
  indicatorId: optionalId(message("agreements.validation.indicator")),
  targets: z.array(targetRow).max(MAX_TARGETS, message("validation.tooLong")).default([]),
});

const agreementObject = z.object({
  committeeId: idField(message("validation.committee"), message("validation.committee")),
  number: optionalText(60),
  title: text(500),
  signedOn: requiredDay(invalidDay),
  validFrom: requiredDay(invalidDay),
  validTo: optionalDay(invalidDay),
  endedOn: optionalDay(invalidDay),
  summary: optionalText(5000),
  parties: z.array(partyRow).max(MAX_PARTIES, message("agreements.validation.partiesMax")).default([]),
  tasks: z.array(taskRow).max(MAX_TASKS, message("agreements.validation.tasksMax")).default([]),
  document: z.enum(DOCUMENT_CHECKS).default("none"),
  removeDocument: checked,
});

type AgreementObject = z.infer<typeof agreementObject>;

export type AgreementPartyInput = {
  /** The row's number on the form: tasks name their responsible party by it. */
  row: number;
  committeeId: string | null;
  partnerId: string | null;
  lead: boolean;
  signerName: string | null;
  signerTitle: string | null;
};

export type AgreementTaskInput = {
  /** The row's number on the form (refusals name it). */
  row: number;
  content: string;
  /** The row number of the responsible party. */
  responsibleRow: number;
  responsible: string | null;
  indicatorId: string | null;
  targets: { period: CalendarPeriodCode; planned: string }[];
};

const isBlankParty = (p: AgreementObject["parties"][number]) => !p.committeeId && !p.partnerId && !p.lead && !p.signerName && !p.signerTitle;
const isBlankTask = (t: AgreementObject["tasks"][number]) =>
  !t.content && !t.responsibleParty && !t.responsible && !t.indicatorId && (!Array.isArray(t.targets) || t.targets.every((target) => target === null));

const isDate = (value: unknown): value is Date => value instanceof Date;

/**
 * The rules across fields: dates in order, signatories and lead, tasks and
 * their plans. They run even when a field failed (so the form shows every
 * message at once): each reads only the values that parsed.
 */
function checkAgreement(value: AgreementObject, context: z.RefinementCtx, today: Date) {
  const issue = (path: (string | number)[], key: Parameters<typeof message>[0]) => context.addIssue({ code: "custom", message: key, path });
  if (isDate(value.validTo) && isDate(value.validFrom) && value.validTo < value.validFrom) issue(["validTo"], message("agreements.validation.endBeforeStart"));
  if (isDate(value.endedOn) && isDate(value.validFrom)) {
    if (value.endedOn < value.validFrom) issue(["endedOn"], message("agreements.validation.endedBeforeStart"));
    else if (isDate(value.validTo) && value.endedOn >= value.validTo) issue(["endedOn"], message("agreements.validation.endedAfterEnd"));
    else if (value.endedOn > today) issue(["endedOn"], message("agreements.validation.endedInFuture"));
  }

  const parties = (Array.isArray(value.parties) ? value.parties : []).map((party, row) => ({ party, row })).filter(({ party }) => !isBlankParty(party));
  if (parties.length < 2) issue(["parties"], message("agreements.validation.partiesMin"));
  const seen = new Set<string>();
  for (const { party, row } of parties) {
    const key = party.committeeId ? `c:${party.committeeId}` : party.partnerId ? `p:${party.partnerId}` : null;
    if (!key) continue;
    if (seen.has(key)) issue(["parties", row, party.committeeId ? "committeeId" : "partnerId"], message("agreements.validation.partyTwice"));
    seen.add(key);
  }
  if (parties.filter(({ party }) => party.lead).length !== 1) issue(["parties"], message("agreements.validation.oneLead"));
  if (!parties.some(({ party }) => party.committeeId === value.committeeId)) issue(["committeeId"], message("agreements.validation.keeperNotParty"));

  const partyRows = new Set(parties.map(({ row }) => String(row)));
  const tasks = (Array.isArray(value.tasks) ? value.tasks : []).map((task, row) => ({ task, row })).filter(({ task }) => !isBlankTask(task));
  if (tasks.length === 0) issue(["tasks"], message("agreements.validation.tasksMin"));
  for (const { task, row } of tasks) {
    if (!task.content) issue(["tasks", row, "content"], message("validation.required"));
    if (!partyRows.has(task.responsibleParty)) issue(["tasks", row, "responsibleParty"], message("agreements.validation.responsibleParty"));
    const targets = (Array.isArray(task.targets) ? task.targets : []).map((target, index) => ({ target, index })).filter(({ target }) => target != null && typeof target === "object");
    const parsedTargets = targets.filter(({ target }) => typeof target!.period === "object" && target!.period !== null);
    if (targets.length > 0 && !task.indicatorId) issue(["tasks", row, "indicatorId"], message("agreements.validation.targetsNeedIndicator"));
    const periods = new Set<string>();
    for (const { target, index } of parsedTargets) {
      const key = `${target!.period.kind}-${target!.period.year}-${target!.period.sequence}`;
      if (periods.has(key)) issue(["tasks", row, "targets", index, "period"], message("agreements.validation.periodTwice"));
      periods.add(key);
    }
  }
  if (value.document === "notPdf") issue(["document"], message("agreements.validation.documentNotPdf"));
  // A size refusal names the limit ({max}), as zod's own "too big" issues do.
  if (value.document === "tooLarge") {
    context.addIssue({ code: "too_big", origin: "number", maximum: DOCUMENT_MAX_MB, inclusive: true, message: message("agreements.validation.documentTooLarge"), path: ["document"] });
  }
}

function toInput(value: AgreementObject) {
  const { parties, tasks, document, ...fields } = value;
  return {
    ...fields,
    document: document === "pdf" ? ("pdf" as const) : ("none" as const),
    parties: parties
      .map((party, row): AgreementPartyInput => ({ row, ...party }))
      .filter((party) => !isBlankParty(party)),
    tasks: tasks
      .map((task, row) => ({ task, row }))
      .filter(({ task }) => !isBlankTask(task))
      .map(
        ({ task, row }): AgreementTaskInput => ({
          row,
          content: task.content,
          responsibleRow: Number(task.responsibleParty),
          responsible: task.responsible,
          indicatorId: task.indicatorId,
          targets: task.targets.filter((target): target is NonNullable<typeof target> => target !== null),
        }),
      ),
  };
}

const ALWAYS = { when: () => true };

/** The create form; `today` (Vietnam) bounds the day an agreement ended. */
export function agreementSchema(today: Date = vietnamToday()) {
  return z.preprocess(
    (raw) => (raw && typeof raw === "object" ? nestFormFields(raw as Record<string, unknown>) : raw),
    agreementObject.superRefine((value, context) => checkAgreement(value, context, today), ALWAYS).transform(toInput),
  );
}

/** The edit form: the same, with the version the form was loaded with. */
export function updateAgreementSchema(today: Date = vietnamToday()) {
  return z.preprocess(
    (raw) => (raw && typeof raw === "object" ? nestFormFields(raw as Record<string, unknown>) : raw),
    agreementObject
      .extend({ version })
      .superRefine((value, context) => checkAgreement(value, context, today), ALWAYS)
      .transform((value) => ({ ...toInput(value), version: value.version })),
  );
}

export type AgreementInput = ReturnType<typeof toInput>;
export type UpdateAgreementInput = AgreementInput & { version: number };

/** "Gắn hội nghị": the conference and the version the form saw (`<id>.<version>`). */
export const linkConferenceSchema = z.object({
  conference: z
    .string({ error: message("agreements.validation.conference") })
    .trim()
    .regex(/^[A-Za-z0-9_-]{1,64}\.\d{1,10}$/, message("agreements.validation.conference"))
    .transform((value) => {
      const [id, conferenceVersion] = value.split(".") as [string, string];
      return { id, version: Number(conferenceVersion) };
    })
    .refine((value) => value.version >= 1 && value.version <= 2_147_483_647, message("agreements.validation.conference")),
});

export type LinkConferenceInput = z.infer<typeof linkConferenceSchema>;

/** The notices an agreement's page shows after a save or a link. */
export const agreementNoticeParams = z.object({
  saved: z.literal("1").optional().catch(undefined),
  linked: z.literal("1").optional().catch(undefined),
  unlinked: z.literal("1").optional().catch(undefined),
});
