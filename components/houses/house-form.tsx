"use client";

import { useTranslations } from "next-intl";
import { useRef, useState, useSyncExternalStore, type ReactNode } from "react";
import { DraftKeeper } from "@/components/forms/draft-keeper";
import { MoneyField } from "@/components/forms/money-field";
import { PhotoInput } from "@/components/forms/photo-input";
import { useFormAction } from "@/components/forms/use-form-action";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { Field, FieldError, Input, Select } from "@/components/ui/field";
import type { FormState } from "@/lib/actions/form-state-shape";
import { useFormat } from "@/lib/i18n/use-format";
import { parseVnd } from "@/lib/money/parse-vnd";
import { HOUSE_PHOTO_FIELD, HOUSE_STATUSES, HOUSE_WORKS, HOUSEHOLD_CATEGORIES } from "@/lib/validation/house";

// Messages come from the provider the pages set up with HOUSE_FORM_MESSAGES.

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;
type Choice = { id: string; name: string };

/** A committee the viewer records for, with its life (yyyy-mm-dd) and whether it is the viewer's own. */
export type CommitteeChoice = Choice & { validFrom?: string; validTo?: string | null; own?: boolean };

export type HouseFormChoiceLists = {
  committees: CommitteeChoice[];
  programmes: Choice[];
  funderCommittees: Choice[];
  partners: Choice[];
  campaigns: Choice[];
  agreements: Choice[];
};

/** What the form starts from: a new house's defaults, or the house being edited (its values as the form's texts). */
export type HouseFormInitial = {
  committeeId: string;
  programmeId: string;
  work: string;
  status: string;
  startedOn: string;
  handedOverOn: string;
  commune: string;
  value: string;
  campaignId: string;
  agreementId: string;
  /** Null when the viewer may not change the household (the edit shows it read-only). */
  household: { name: string; category: string; address: string } | null;
  fundings: { contributor: string; name: string; amount: string }[];
};

export type SavedPhoto = { id: string; src: string; alt: string };

type Row = { index: number; contributor: string; name: string; amount: string };

/** False on the server and in the first client render: controls that need JavaScript appear after hydration. */
const subscribeNothing = () => () => {};
function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}

/** The funding rows a form state holds (`fundings.<n>.*`), each at its own index; else the initial ones; always one blank row more. */
function rowsOf(values: Record<string, string>, initial: HouseFormInitial["fundings"]): Row[] {
  const byIndex = new Map<number, Row>();
  for (const [key, value] of Object.entries(values)) {
    const match = /^fundings\.(\d+)\.(contributor|name|amount)$/.exec(key);
    if (!match) continue;
    const index = Number(match[1]);
    const row = byIndex.get(index) ?? { index, contributor: "", name: "", amount: "" };
    row[match[2] as "contributor" | "name" | "amount"] = value;
    byIndex.set(index, row);
  }
  const rows = byIndex.size > 0 ? [...byIndex.values()].sort((a, b) => a.index - b.index) : initial.map((row, index) => ({ index, ...row }));
  const blank = (index: number): Row => ({ index, contributor: "", name: "", amount: "" });
  const next = () => (rows.length === 0 ? 0 : Math.max(...rows.map((r) => r.index)) + 1);
  if (!rows.some((r) => r.contributor === "" && r.name === "" && r.amount === "")) rows.push(blank(next()));
  if (rows.length < 2) rows.push(blank(next()));
  return rows;
}

/** The contributions typed so far against the value typed (amounts that do not read are left out). */
function totalsOf(valueText: string, rows: readonly Row[]): { funded: bigint; value: bigint | null } {
  let funded = 0n;
  for (const row of rows) {
    const amount = parseVnd(row.amount);
    if (amount.ok) funded += amount.value;
  }
  const total = parseVnd(valueText);
  return { funded, value: total.ok ? total.value : null };
}

/** The committee the form proposes for a day: the viewer's own if alive then, else the first one alive then (a predecessor it acts for). */
export function committeeForDay(committees: readonly CommitteeChoice[], day: string): string | null {
  const alive = committees.filter((c) => (!c.validFrom || c.validFrom <= day) && (!c.validTo || c.validTo >= day));
  return (alive.find((c) => c.own) ?? alive[0])?.id ?? null;
}

function Section({ title, children, className }: { title: ReactNode; children: ReactNode; className?: string }) {
  return (
    <fieldset className={cx("min-w-0 rounded-lg border border-ink-200 bg-white p-4 shadow-sm sm:p-5", className)}>
      <legend className="px-1 text-base font-semibold text-ink-900">{title}</legend>
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

/**
 * The create form (no `version`) and the edit form. Works without
 * JavaScript (the funding rows then include one blank row to fill); with it,
 * rows are added and removed, the date of handover is only asked for a
 * handed-over house, and the contributions' total is shown against the value.
 */
export function HouseForm({
  formId,
  userId,
  action,
  choices,
  initial,
  version,
  savedPhotos = [],
  householdNote,
}: {
  /** The form's id, under which the draft keeper keeps what is typed ("house-new", "house-<id>"). */
  formId: string;
  /** The signed-in viewer: drafts are kept per user. */
  userId: string;
  action: Action;
  choices: HouseFormChoiceLists;
  initial: HouseFormInitial;
  version?: number;
  savedPhotos?: SavedPhoto[];
  /** Shown instead of the household's fields when the viewer may not change them. */
  householdNote?: ReactNode;
}) {
  const t = useTranslations();
  const format = useFormat();
  const { state, formAction, pending, value } = useFormAction(action);
  const errors = state.fieldErrors;
  const formRef = useRef<HTMLFormElement>(null);
  const hydrated = useHydrated();

  // Rows and status follow the last answer of the server (what was typed is kept).
  const [shownState, setShownState] = useState(state);
  const [rows, setRows] = useState(() => rowsOf(state.values, initial.fundings));
  const [status, setStatus] = useState(value("status", initial.status));
  const [totals, setTotals] = useState<{ funded: bigint; value: bigint | null }>(() => totalsOf(value("value", initial.value), rowsOf(state.values, initial.fundings)));
  if (state !== shownState) {
    setShownState(state);
    setRows(rowsOf(state.values, initial.fundings));
    setStatus(value("status", initial.status));
    setTotals(totalsOf(value("value", initial.value), rowsOf(state.values, initial.fundings)));
  }

  const recount = () => {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    const amounts = [...data.entries()].flatMap(([key, text]) => (/^fundings\.\d+\.amount$/.test(key) && typeof text === "string" ? [text] : []));
    setTotals(totalsOf(String(data.get("value") ?? ""), amounts.map((amount, index) => ({ index, contributor: "", name: "", amount }))));
  };

  const required = { required: true, requiredLabel: t("common.required") };
  const handedOver = status === "HANDED_OVER";

  // A date before the viewer's committee existed proposes the predecessor it acts for, until a committee is chosen by hand.
  const committeeRef = useRef<HTMLSelectElement>(null);
  const committeeChosen = useRef(false);
  const proposeCommittee = (day: string) => {
    if (committeeChosen.current || !committeeRef.current || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return;
    const proposed = committeeForDay(choices.committees, day);
    if (proposed) committeeRef.current.value = proposed;
  };
  const addRow = () => setRows((current) => [...current, { index: Math.max(-1, ...current.map((r) => r.index)) + 1, contributor: "", name: "", amount: "" }]);
  const removeRow = (index: number) => {
    setRows((current) => current.filter((r) => r.index !== index));
    setTimeout(recount);
  };

  return (
    <form id={formId} ref={formRef} action={formAction} noValidate onInput={recount} className="flex flex-col gap-6">
      <DraftKeeper formId={formId} userId={userId} />
      {state.formError ? <Alert tone="danger">{state.formError}</Alert> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}

      <Section title={t("records.kinds.house")}>
        <Field id="committeeId" label={t("houses.fields.committee")} error={errors.committeeId} {...required} className="sm:col-span-2">
          {(control) => (
            <Select {...control} ref={committeeRef} defaultValue={value("committeeId", initial.committeeId)} onChange={() => (committeeChosen.current = true)}>
              {choices.committees.length === 1 ? null : <option value="">{t("admin.chooseCommittee")}</option>}
              {choices.committees.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="programmeId" label={t("houses.fields.programme")} error={errors.programmeId} {...required}>
          {(control) => (
            <Select {...control} defaultValue={value("programmeId", initial.programmeId)}>
              <option value="">{t("houses.choose.programme")}</option>
              {choices.programmes.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="work" label={t("houses.fields.work")} error={errors.work} {...required}>
          {(control) => (
            <Select {...control} defaultValue={value("work", initial.work)}>
              {HOUSE_WORKS.map((work) => (
                <option key={work} value={work}>
                  {t(`houses.works.${work}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="status" label={t("admin.fields.status")} error={errors.status} {...required}>
          {(control) => (
            <Select {...control} defaultValue={value("status", initial.status)} onChange={(event) => setStatus(event.currentTarget.value)}>
              {HOUSE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`houses.statuses.${s}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="startedOn" label={t("houses.fields.startedOn")} error={errors.startedOn}>
          {(control) => (
            <Input
              {...control}
              type="date"
              defaultValue={value("startedOn", initial.startedOn)}
              onChange={(event) => {
                if (!handedOver) proposeCommittee(event.currentTarget.value);
              }}
            />
          )}
        </Field>
        <Field id="handedOverOn" label={t("houses.fields.handedOverOn")} hint={t("houses.hints.handedOverOn")} error={errors.handedOverOn} required={handedOver} requiredLabel={t("common.required")}>
          {(control) => (
            <Input
              {...control}
              type="date"
              disabled={!handedOver}
              defaultValue={value("handedOverOn", initial.handedOverOn)}
              onChange={(event) => proposeCommittee(event.currentTarget.value)}
            />
          )}
        </Field>
        <Field id="commune" label={t("houses.fields.commune")} hint={t("houses.hints.commune")} error={errors.commune} {...required} className="sm:col-span-2">
          {(control) => <Input {...control} autoComplete="off" defaultValue={value("commune", initial.commune)} />}
        </Field>
        <MoneyField
          id="value"
          label={t("houses.fields.value")}
          error={errors.value}
          required
          inputMode="text"
          defaultValue={value("value", initial.value)}
          className="sm:col-span-2"
        />
      </Section>

      <Section title={t("houses.household.title")}>
        <p className="text-sm text-ink-600 sm:col-span-2">{t("houses.household.personal")}</p>
        {initial.household ? (
          <>
            <Field id="householdName" label={t("houses.fields.householdName")} error={errors.householdName} {...required}>
              {(control) => <Input {...control} autoComplete="off" defaultValue={value("householdName", initial.household!.name)} />}
            </Field>
            <Field id="householdCategory" label={t("houses.fields.householdCategory")} error={errors.householdCategory} {...required}>
              {(control) => (
                <Select {...control} defaultValue={value("householdCategory", initial.household!.category)}>
                  <option value="">{t("houses.choose.category")}</option>
                  {HOUSEHOLD_CATEGORIES.map((category) => (
                    <option key={category} value={category}>
                      {t(`houses.categories.${category}`)}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field id="address" label={t("committee.fields.address")} error={errors.address} className="sm:col-span-2">
              {(control) => <Input {...control} autoComplete="off" defaultValue={value("address", initial.household!.address)} />}
            </Field>
          </>
        ) : (
          <div className="sm:col-span-2">
            {householdNote}
            <FieldError id="householdName" messages={errors.householdName} />
          </div>
        )}
      </Section>

      <fieldset className="min-w-0 rounded-lg border border-ink-200 bg-white p-4 shadow-sm sm:p-5" aria-describedby="fundings-hint fundings-error">
        <legend className="px-1 text-base font-semibold text-ink-900">{t("houses.fields.fundings")}</legend>
        <p id="fundings-hint" className="mb-3 text-sm text-ink-600">
          {t("houses.funding.hint")}
        </p>
        <ol className="flex flex-col gap-4">
          {rows.map((row, position) => {
            const n = position + 1;
            const prefix = `fundings.${row.index}`;
            const id = `fundings-${row.index}`;
            return (
              <li key={row.index} className="rounded-md border border-ink-200 p-3">
                <div className="mb-2 flex items-center justify-between gap-2">
                  <span className="text-sm font-semibold text-ink-800">{t("houses.funding.row", { n })}</span>
                  {hydrated ? (
                    <Button type="button" variant="ghost" size="sm" onClick={() => removeRow(row.index)} aria-label={t("houses.funding.remove", { n })}>
                      {t("photoInput.removeShort")}
                    </Button>
                  ) : null}
                </div>
                <FundingRow
                  hydrated={hydrated}
                  id={id}
                  prefix={prefix}
                  row={row}
                  choices={choices}
                  errors={{ contributor: errors[`${prefix}.contributor`], name: errors[`${prefix}.name`], amount: errors[`${prefix}.amount`] }}
                />
              </li>
            );
          })}
        </ol>
        <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
          {hydrated ? (
            <Button type="button" variant="secondary" size="sm" onClick={addRow}>
              {t("houses.funding.add")}
            </Button>
          ) : (
            <span />
          )}
          {totals.value !== null || totals.funded > 0n ? (
            <p aria-live="polite" className={cx("text-sm tabular-nums", handedOver && totals.value !== null && totals.value !== totals.funded ? "text-danger-700" : "text-ink-700")}>
              {t("houses.funding.total", { funded: format.vnd(totals.funded), value: totals.value === null ? "—" : format.vnd(totals.value) })}
            </p>
          ) : null}
        </div>
        <FieldError id="fundings" messages={errors.fundings} />
      </fieldset>

      <Section title={t("houses.links")}>
        <Field id="campaignId" label={t("records.kinds.campaign")} error={errors.campaignId}>
          {(control) => (
            <Select {...control} defaultValue={value("campaignId", initial.campaignId)}>
              <option value="">{t("conferences.noChoice")}</option>
              {choices.campaigns.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="agreementId" label={t("records.kinds.agreement")} error={errors.agreementId}>
          {(control) => (
            <Select {...control} defaultValue={value("agreementId", initial.agreementId)}>
              <option value="">{t("conferences.noChoice")}</option>
              {choices.agreements.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </Section>

      <div className="min-w-0 rounded-lg border border-ink-200 bg-white p-4 shadow-sm sm:p-5">
        {savedPhotos.length > 0 ? (
          <fieldset className="mb-4">
            <legend className="mb-2 text-sm font-semibold text-ink-800">{t("houses.photos.saved")}</legend>
            <ul className="grid grid-cols-2 gap-3 sm:grid-cols-4">
              {savedPhotos.map((photo) => (
                <li key={photo.id} className="flex flex-col gap-1">
                  {/* eslint-disable-next-line @next/next/no-img-element -- a private photo served after the record's read check */}
                  <img src={photo.src} alt={photo.alt} className="aspect-square w-full rounded-md border border-ink-200 object-cover" />
                  <label className="flex items-center gap-2 text-sm text-ink-700">
                    <input type="checkbox" name={`removePhoto.${photo.id}`} value="1" defaultChecked={value(`removePhoto.${photo.id}`, "") === "1"} className="size-4" />
                    {t("conferences.removePhoto")}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ) : null}
        <PhotoInput id={HOUSE_PHOTO_FIELD} name={HOUSE_PHOTO_FIELD} label={t("houses.fields.photos")} error={errors[HOUSE_PHOTO_FIELD]} />
      </div>

      <div>
        <Button type="submit" size="lg" disabled={pending} className="w-full sm:w-auto">
          {pending ? t("common.submitting") : version !== undefined ? t("common.save") : t("houses.create")}
        </Button>
      </div>
    </form>
  );
}

/** One contribution: who (a committee, a partner, or another donor named beside it) and how much. */
function FundingRow({
  hydrated,
  id,
  prefix,
  row,
  choices,
  errors,
}: {
  hydrated: boolean;
  id: string;
  prefix: string;
  row: Row;
  choices: HouseFormChoiceLists;
  errors: { contributor?: string | undefined; name?: string | undefined; amount?: string | undefined };
}) {
  const t = useTranslations();
  const [contributor, setContributor] = useState(row.contributor);
  // Without JavaScript the name is always offered; with it, only for "other".
  const showName = !hydrated || contributor === "other" || errors.name !== undefined;
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field id={`${id}-contributor`} name={`${prefix}.contributor`} label={t("houses.funding.contributor")} error={errors.contributor}>
        {(control) => (
          <Select {...control} defaultValue={row.contributor} onChange={(event) => setContributor(event.currentTarget.value)}>
            <option value="">{t("houses.choose.contributor")}</option>
            <optgroup label={t("houses.funding.committees")}>
              {choices.funderCommittees.map((c) => (
                <option key={c.id} value={`committee:${c.id}`}>
                  {c.name}
                </option>
              ))}
            </optgroup>
            {choices.partners.length > 0 ? (
              <optgroup label={t("nav.partners")}>
                {choices.partners.map((p) => (
                  <option key={p.id} value={`partner:${p.id}`}>
                    {p.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
            <option value="other">{t("houses.funding.other")}</option>
          </Select>
        )}
      </Field>
      <MoneyField id={`${id}-amount`} name={`${prefix}.amount`} label={t("houses.funding.amount")} hint={null} error={errors.amount} inputMode="text" defaultValue={row.amount} />
      {showName ? (
        <Field id={`${id}-name`} name={`${prefix}.name`} label={t("houses.funding.name")} error={errors.name} className="sm:col-span-2">
          {(control) => <Input {...control} autoComplete="off" defaultValue={row.name} />}
        </Field>
      ) : null}
    </div>
  );
}
