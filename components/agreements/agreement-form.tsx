"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition, type ReactNode } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field, FieldError, Input, Select, Textarea } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state-shape";
import { useFormat } from "@/lib/i18n/use-format";
import { formatPeriodCode, periodLabelValues, type CalendarPeriodCode } from "@/lib/periods";
import { dayValue } from "@/lib/validation/day";

// The create and edit form of an agreement. Parties and tasks are rows the
// user adds and removes; their fields are named by row (`parties.0.committeeId`,
// `tasks.1.targets.0.period`) and read back by lib/validation/agreement. Rows
// live in this component's state; inputs stay uncontrolled (their default is
// the row's state). Submitting goes through onSubmit in a transition rather than
// React's own form action, so a refused save does not reset the form: rows,
// choices and even the chosen PDF stay as they were (the action attribute
// still posts the form where JavaScript has not run).
// Messages: AGREEMENT_FORM_MESSAGES.

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

type CommitteeChoice = { id: string; name: string; validFrom: Date; validTo: Date | null };
type Choice = { id: string; name: string };

export type AgreementFormChoices = {
  /** Committees the viewer records for (the keeper). */
  keepers: CommitteeChoice[];
  defaultKeeper: string | null;
  /** Every committee that may sign. */
  committees: CommitteeChoice[];
  partners: (Choice & { committeeName: string })[];
  indicators: (Choice & { unit: string })[];
};

type PartyRow = { key: number; kind: "committee" | "partner"; committeeId: string; partnerId: string; signerName: string; signerTitle: string };
type TargetRow = { key: number; period: string; planned: string };
/** `rev` changes when the responsible party's row number is remapped (a party removed): its select is drawn again. */
type TaskRow = { key: number; rev: number; content: string; responsibleParty: string; responsible: string; indicatorId: string; targets: TargetRow[] };

export type AgreementFormValues = {
  version: number;
  committeeId: string;
  number: string | null;
  title: string;
  signedOn: Date;
  validFrom: Date;
  validTo: Date | null;
  endedOn: Date | null;
  summary: string | null;
  parties: { id: string; isLead: boolean; signerName: string | null; signerTitle: string | null; committee: { id: string } | null; partner: { id: string } | null }[];
  tasks: {
    content: string;
    responsible: string | null;
    responsiblePartyId: string | null;
    indicator: { id: string } | null;
    targets: { planned: string; period: { kind: string; year: number; sequence: number } }[];
  }[];
  document: { originalName: string | null; size: string } | null;
};

let nextKey = 1;
const key = () => nextKey++;

const blankParty = (committeeId = ""): PartyRow => ({ key: key(), kind: "committee", committeeId, partnerId: "", signerName: "", signerTitle: "" });
const blankTarget = (): TargetRow => ({ key: key(), period: "", planned: "" });
const blankTask = (responsibleParty = ""): TaskRow => ({ key: key(), rev: 0, content: "", responsibleParty, responsible: "", indicatorId: "", targets: [blankTarget()] });

function initialRows(agreement: AgreementFormValues | undefined, defaultKeeper: string | null) {
  if (!agreement) return { parties: [blankParty(defaultKeeper ?? ""), blankParty()], lead: 0, tasks: [blankTask("0")] };
  const parties = agreement.parties.map(
    (p): PartyRow => ({
      key: key(),
      kind: p.partner ? "partner" : "committee",
      committeeId: p.committee?.id ?? "",
      partnerId: p.partner?.id ?? "",
      signerName: p.signerName ?? "",
      signerTitle: p.signerTitle ?? "",
    }),
  );
  const rowOfParty = new Map(agreement.parties.map((p, index) => [p.id, String(index)]));
  const tasks = agreement.tasks.map(
    (t): TaskRow => ({
      key: key(),
      rev: 0,
      content: t.content,
      responsibleParty: (t.responsiblePartyId && rowOfParty.get(t.responsiblePartyId)) || "",
      responsible: t.responsible ?? "",
      indicatorId: t.indicator?.id ?? "",
      targets: [
        ...t.targets.map((x) => ({ key: key(), period: formatPeriodCode({ kind: x.period.kind as CalendarPeriodCode["kind"], year: x.period.year, sequence: x.period.sequence }), planned: x.planned.replace(/\.00$/, "") })),
        blankTarget(),
      ],
    }),
  );
  return { parties, lead: Math.max(0, agreement.parties.findIndex((p) => p.isLead)), tasks: tasks.length > 0 ? tasks : [blankTask()] };
}

/** The periods offered for plans: each year of the term (a year around today when the dates are not set yet), its halves and quarters. */
function periodCodes(validFrom: string, validTo: string, keep: readonly string[]): CalendarPeriodCode[] {
  const thisYear = new Date().getFullYear();
  const from = Number(validFrom.slice(0, 4)) || thisYear;
  const to = Math.max(from, Number(validTo.slice(0, 4)) || from + 4);
  const codes: CalendarPeriodCode[] = [];
  for (let year = from; year <= Math.min(to, from + 10); year++) {
    codes.push({ kind: "YEAR", year, sequence: 1 });
    for (let half = 1; half <= 2; half++) codes.push({ kind: "HALF_YEAR", year, sequence: half });
    for (let quarter = 1; quarter <= 4; quarter++) codes.push({ kind: "QUARTER", year, sequence: quarter });
  }
  const known = new Set(codes.map(formatPeriodCode));
  for (const code of keep) {
    if (code && !known.has(code)) {
      const match = /^(\d{4})(?:-(H|Q|M)(\d{1,2})|-(9M))?$/.exec(code);
      if (!match) continue;
      const year = Number(match[1]);
      if (match[4]) codes.push({ kind: "NINE_MONTHS", year, sequence: 1 });
      else if (!match[2]) codes.push({ kind: "YEAR", year, sequence: 1 });
      else codes.push({ kind: match[2] === "H" ? "HALF_YEAR" : match[2] === "Q" ? "QUARTER" : "MONTH", year, sequence: Number(match[3]) });
    }
  }
  return codes;
}

function Section({ title, hint, error, errorId, children }: { title: string; hint?: string; error?: string; errorId?: string; children: ReactNode }) {
  return (
    <fieldset className="flex flex-col gap-4 rounded-lg border border-ink-200 bg-white p-4 shadow-sm sm:p-6">
      <legend className="px-1 text-lg font-semibold text-ink-900">{title}</legend>
      {hint ? <p className="-mt-2 text-sm text-ink-600">{hint}</p> : null}
      {errorId ? <FieldError id={errorId} messages={error} /> : null}
      {children}
    </fieldset>
  );
}

export function AgreementForm({ action, choices, agreement, documentMaxMb }: { action: Action; choices: AgreementFormChoices; agreement?: AgreementFormValues; documentMaxMb: number }) {
  const t = useTranslations();
  const format = useFormat();
  const { state, formAction, pending, value } = useFormAction(action);
  const [, startTransition] = useTransition();
  const errors = state.fieldErrors;
  const [initial] = useState(() => initialRows(agreement, choices.defaultKeeper));
  const [parties, setParties] = useState<PartyRow[]>(initial.parties);
  const [lead, setLead] = useState<number>(initial.lead);
  const [tasks, setTasks] = useState<TaskRow[]>(initial.tasks);
  const [validFrom, setValidFrom] = useState(value("validFrom", dayValue(agreement?.validFrom)));
  const [validTo, setValidTo] = useState(value("validTo", dayValue(agreement?.validTo)));
  const required = { required: true, requiredLabel: t("common.required") };

  const span = (c: CommitteeChoice) =>
    c.validTo ? `${c.name} (${t("committee.history.span", { from: format.date(c.validFrom), to: format.date(c.validTo) })})` : c.name;
  const committeeName = new Map(choices.committees.map((c) => [c.id, c.name]));
  const partnerName = new Map(choices.partners.map((p) => [p.id, p.name]));
  const partyLabel = (row: PartyRow, index: number) =>
    (row.kind === "committee" ? committeeName.get(row.committeeId) : partnerName.get(row.partnerId)) ?? t("agreements.party.row", { n: index + 1 });

  const updateParty = (index: number, change: Partial<PartyRow>) => setParties((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const removeParty = (index: number) => {
    setParties((rows) => rows.filter((_, i) => i !== index));
    setLead((current) => (current === index ? 0 : current > index ? current - 1 : current));
    // Tasks name their party by row: a removed row is no one's any more, later rows move up.
    setTasks((rows) =>
      rows.map((task) => {
        const at = Number(task.responsibleParty);
        if (task.responsibleParty === "" || at < index) return task;
        return { ...task, rev: task.rev + 1, responsibleParty: at === index ? "" : String(at - 1) };
      }),
    );
  };
  const updateTask = (index: number, change: Partial<TaskRow>) => setTasks((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const updateTarget = (taskIndex: number, targetIndex: number, change: Partial<TargetRow>) =>
    setTasks((rows) => rows.map((row, i) => (i === taskIndex ? { ...row, targets: row.targets.map((x, j) => (j === targetIndex ? { ...x, ...change } : x)) } : row)));

  const codes = periodCodes(validFrom, validTo, tasks.flatMap((task) => task.targets.map((x) => x.period)));
  const periodName = (code: CalendarPeriodCode) => t("periods.label", periodLabelValues(code.kind, code.year, code.sequence));

  return (
    <form
      action={formAction}
      noValidate
      className="flex flex-col gap-6"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
        startTransition(() => formAction(data));
      }}
    >
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      {agreement ? <input type="hidden" name="version" value={agreement.version} /> : null}

      <div className="grid grid-cols-1 gap-5 rounded-lg border border-ink-200 bg-white p-4 shadow-sm sm:grid-cols-2 sm:p-6">
        <Field id="title" label={t("agreements.fields.title")} error={errors.title} className="sm:col-span-2" {...required}>
          {(control) => <Textarea {...control} rows={2} defaultValue={value("title", agreement?.title)} />}
        </Field>
        <Field id="number" label={t("agreements.fields.number")} error={errors.number}>
          {(control) => <Input {...control} autoComplete="off" defaultValue={value("number", agreement?.number)} />}
        </Field>
        <Field id="committeeId" label={t("agreements.fields.committee")} hint={t("agreements.hints.committee")} error={errors.committeeId} {...required}>
          {(control) => (
            <Select {...control} defaultValue={value("committeeId", agreement?.committeeId ?? choices.defaultKeeper)}>
              {choices.keepers.length === 1 ? null : <option value="">{t("admin.chooseCommittee")}</option>}
              {choices.keepers.map((c) => (
                <option key={c.id} value={c.id}>
                  {span(c)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="signedOn" label={t("agreements.fields.signedOn")} error={errors.signedOn} {...required}>
          {(control) => <Input {...control} type="date" defaultValue={value("signedOn", dayValue(agreement?.signedOn))} />}
        </Field>
        <Field id="validFrom" label={t("agreements.fields.validFrom")} error={errors.validFrom} {...required}>
          {(control) => <Input {...control} type="date" defaultValue={validFrom} onChange={(event) => setValidFrom(event.target.value)} />}
        </Field>
        <Field id="validTo" label={t("agreements.fields.validTo")} hint={t("agreements.hints.validTo")} error={errors.validTo}>
          {(control) => <Input {...control} type="date" defaultValue={validTo} onChange={(event) => setValidTo(event.target.value)} />}
        </Field>
        <Field id="endedOn" label={t("agreements.fields.endedOn")} hint={t("agreements.hints.endedOn")} error={errors.endedOn}>
          {(control) => <Input {...control} type="date" defaultValue={value("endedOn", dayValue(agreement?.endedOn))} />}
        </Field>
        <Field id="summary" label={t("agreements.fields.summary")} error={errors.summary} className="sm:col-span-2">
          {(control) => <Textarea {...control} rows={4} defaultValue={value("summary", agreement?.summary)} />}
        </Field>
      </div>

      <Section title={t("agreements.fields.parties")} hint={t("agreements.hints.parties")} error={errors.parties} errorId="parties">
        <ol className="flex flex-col gap-4">
          {parties.map((row, index) => {
            const prefix = `parties.${index}`;
            const rowError = errors[`${prefix}.committeeId`] ?? errors[`${prefix}.partnerId`];
            const selectId = `${prefix}.${row.kind === "committee" ? "committeeId" : "partnerId"}`;
            return (
              <li key={row.key} className="rounded-md border border-ink-200 bg-ink-50/50 p-3 sm:p-4" aria-label={t("agreements.party.row", { n: index + 1 })}>
                <div className="grid grid-cols-1 gap-3 sm:grid-cols-[10rem_1fr]">
                  <Field id={`${prefix}.kind`} label={t("agreements.party.kind")}>
                    {(control) => (
                      <Select {...control} defaultValue={row.kind} onChange={(event) => updateParty(index, { kind: event.target.value === "partner" ? "partner" : "committee" })}>
                        <option value="committee">{t("news.committee")}</option>
                        <option value="partner">{t("nav.partners")}</option>
                      </Select>
                    )}
                  </Field>
                  <Field id={selectId} label={t("agreements.party.row", { n: index + 1 })} error={rowError} required requiredLabel={t("common.required")}>
                    {(control) =>
                      row.kind === "committee" ? (
                        <Select key="committee" {...control} defaultValue={row.committeeId} onChange={(event) => updateParty(index, { committeeId: event.target.value })}>
                          <option value="">{t("agreements.party.choose")}</option>
                          {choices.committees.map((c) => (
                            <option key={c.id} value={c.id}>
                              {span(c)}
                            </option>
                          ))}
                        </Select>
                      ) : (
                        <Select key="partner" {...control} defaultValue={row.partnerId} onChange={(event) => updateParty(index, { partnerId: event.target.value })}>
                          <option value="">{t("agreements.party.choose")}</option>
                          {choices.partners.map((p) => (
                            <option key={p.id} value={p.id}>
                              {p.name}
                            </option>
                          ))}
                        </Select>
                      )
                    }
                  </Field>
                  <Field id={`${prefix}.signerName`} label={t("agreements.party.signerName")} error={errors[`${prefix}.signerName`]}>
                    {(control) => <Input {...control} autoComplete="off" defaultValue={row.signerName} onChange={(event) => updateParty(index, { signerName: event.target.value })} />}
                  </Field>
                  <Field id={`${prefix}.signerTitle`} label={t("agreements.party.signerTitle")} error={errors[`${prefix}.signerTitle`]}>
                    {(control) => <Input {...control} autoComplete="off" defaultValue={row.signerTitle} onChange={(event) => updateParty(index, { signerTitle: event.target.value })} />}
                  </Field>
                </div>
                <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
                  <label className="inline-flex items-center gap-2 text-sm font-semibold text-ink-800">
                    <input type="radio" name="leadRow" value={index} defaultChecked={lead === index} onChange={() => setLead(index)} className="size-4 accent-brand-700" />
                    {t("agreements.party.lead")}
                  </label>
                  {lead === index ? <input type="hidden" name={`${prefix}.lead`} value="1" /> : null}
                  {parties.length > 1 ? (
                    <Button variant="ghost" size="sm" onClick={() => removeParty(index)}>
                      {t("agreements.party.remove")}
                    </Button>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
        <div>
          <Button variant="secondary" size="sm" onClick={() => setParties((rows) => [...rows, blankParty()])}>
            {t("agreements.party.add")}
          </Button>
        </div>
      </Section>

      <Section title={t("agreements.fields.tasks")} error={errors.tasks} errorId="tasks">
        <ol className="flex flex-col gap-4">
          {tasks.map((task, index) => {
            const prefix = `tasks.${index}`;
            const unit = choices.indicators.find((i) => i.id === task.indicatorId)?.unit;
            return (
              <li key={task.key} className="flex flex-col gap-3 rounded-md border border-ink-200 bg-ink-50/50 p-3 sm:p-4" aria-label={t("agreements.task.row", { n: index + 1 })}>
                <Field id={`${prefix}.content`} label={t("agreements.task.row", { n: index + 1 })} error={errors[`${prefix}.content`]} {...required}>
                  {(control) => <Textarea {...control} rows={3} defaultValue={task.content} onChange={(event) => updateTask(index, { content: event.target.value })} />}
                </Field>
                <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
                  <Field id={`${prefix}.responsibleParty`} label={t("agreements.task.responsibleParty")} error={errors[`${prefix}.responsibleParty`]} {...required}>
                    {(control) => (
                      <Select key={task.rev} {...control} defaultValue={task.responsibleParty} onChange={(event) => updateTask(index, { responsibleParty: event.target.value })}>
                        <option value="">{t("agreements.party.choose")}</option>
                        {parties.map((row, partyIndex) => (
                          <option key={row.key} value={String(partyIndex)}>
                            {partyLabel(row, partyIndex)}
                          </option>
                        ))}
                      </Select>
                    )}
                  </Field>
                  <Field id={`${prefix}.indicatorId`} label={t("agreements.task.indicator")} error={errors[`${prefix}.indicatorId`]}>
                    {(control) => (
                      <Select {...control} defaultValue={task.indicatorId} onChange={(event) => updateTask(index, { indicatorId: event.target.value })}>
                        <option value="">{t("agreements.task.noIndicator")}</option>
                        {choices.indicators.map((i) => (
                          <option key={i.id} value={i.id}>
                            {i.name} ({i.unit})
                          </option>
                        ))}
                      </Select>
                    )}
                  </Field>
                  <Field id={`${prefix}.responsible`} label={t("agreements.task.responsible")} error={errors[`${prefix}.responsible`]} className="sm:col-span-2">
                    {(control) => <Input {...control} autoComplete="off" defaultValue={task.responsible} onChange={(event) => updateTask(index, { responsible: event.target.value })} />}
                  </Field>
                </div>
                {task.indicatorId ? (
                  <div className="flex flex-col gap-2">
                    <p className="text-sm font-semibold text-ink-800">{t("agreements.task.targets")}</p>
                    <p className="text-sm text-ink-600">{t("agreements.hints.planned")}</p>
                    <ul className="flex flex-col gap-2">
                      {task.targets.map((target, targetIndex) => {
                        const targetPrefix = `${prefix}.targets.${targetIndex}`;
                        return (
                          <li key={target.key} className="grid grid-cols-2 items-end gap-2 border-t border-ink-100 pt-2 first:border-t-0 first:pt-0 sm:grid-cols-[minmax(0,1fr)_9rem_auto] sm:border-t-0 sm:pt-0">
                            <Field id={`${targetPrefix}.period`} label={t("periodPicker.period")} error={errors[`${targetPrefix}.period`]} className="col-span-2 sm:col-span-1">
                              {(control) => (
                                <Select {...control} defaultValue={target.period} onChange={(event) => updateTarget(index, targetIndex, { period: event.target.value })}>
                                  <option value="">{t("agreements.party.choose")}</option>
                                  {codes.map((code) => (
                                    <option key={formatPeriodCode(code)} value={formatPeriodCode(code)}>
                                      {periodName(code)}
                                    </option>
                                  ))}
                                </Select>
                              )}
                            </Field>
                            <Field id={`${targetPrefix}.planned`} label={unit ? `${t("agreements.task.planned")} (${unit})` : t("agreements.task.planned")} error={errors[`${targetPrefix}.planned`]}>
                              {(control) => <Input {...control} inputMode="decimal" autoComplete="off" defaultValue={target.planned} onChange={(event) => updateTarget(index, targetIndex, { planned: event.target.value })} />}
                            </Field>
                            <Button
                              variant="ghost"
                              size="sm"
                              className="mb-1 justify-self-start"
                              onClick={() => updateTask(index, { targets: task.targets.filter((_, j) => j !== targetIndex) })}
                            >
                              {t("agreements.task.removeTarget")}
                            </Button>
                          </li>
                        );
                      })}
                    </ul>
                    <div>
                      <Button variant="secondary" size="sm" onClick={() => updateTask(index, { targets: [...task.targets, blankTarget()] })}>
                        {t("agreements.task.addTarget")}
                      </Button>
                    </div>
                  </div>
                ) : (
                  task.targets.map((target, targetIndex) =>
                    target.period || target.planned ? (
                      // Kept so that a plan typed before the indicator was cleared is refused at its field, not lost.
                      <span key={target.key}>
                        <input type="hidden" name={`${prefix}.targets.${targetIndex}.period`} value={target.period} />
                        <input type="hidden" name={`${prefix}.targets.${targetIndex}.planned`} value={target.planned} />
                      </span>
                    ) : null,
                  )
                )}
                {tasks.length > 1 ? (
                  <div>
                    <Button variant="ghost" size="sm" onClick={() => setTasks((rows) => rows.filter((_, i) => i !== index))}>
                      {t("agreements.task.remove")}
                    </Button>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
        <div>
          <Button variant="secondary" size="sm" onClick={() => setTasks((rows) => [...rows, blankTask()])}>
            {t("agreements.task.add")}
          </Button>
        </div>
      </Section>

      <Section title={t("agreements.fields.document")}>
        {agreement?.document ? (
          <div className="flex flex-col gap-2 text-sm text-ink-800">
            <p>
              {agreement.document.originalName ?? t("agreements.fields.document")} · {t("agreements.document.size", { size: agreement.document.size })}
            </p>
            <label className="inline-flex items-center gap-2">
              <input type="checkbox" name="removeDocument" value="1" className="size-4 accent-brand-700" />
              {t("agreements.document.remove")}
            </label>
          </div>
        ) : null}
        <Field
          id="document"
          label={t("agreements.fields.document")}
          hint={agreement?.document ? `${t("agreements.hints.document", { max: documentMaxMb })} ${t("agreements.document.replace")}` : t("agreements.hints.document", { max: documentMaxMb })}
          error={errors.document}
        >
          {(control) => <Input {...control} type="file" accept="application/pdf,.pdf" className="py-1.5" />}
        </Field>
      </Section>

      <div>
        <Button type="submit" disabled={pending}>
          {pending ? t("common.submitting") : agreement ? t("common.save") : t("agreements.create")}
        </Button>
      </div>
    </form>
  );
}
