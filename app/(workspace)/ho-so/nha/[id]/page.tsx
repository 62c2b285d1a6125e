import type { Metadata } from "next";
import type { Messages } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { DraftCleared } from "@/components/forms/draft-keeper";
import { EraseHouseholdForm } from "@/components/houses/erase-household-form";
import { editHouseFormId, NEW_HOUSE_FORM_ID } from "@/components/houses/house-form-messages";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { DeleteRecordForm } from "@/components/records/delete-record-form";
import { RECORD_FORM_MESSAGES } from "@/components/records/record-form-messages";
import { RecordHistory } from "@/components/records/record-history";
import { RecordMeta } from "@/components/records/record-meta";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { writesNews } from "@/lib/data/newsroom";
import { articleFromHousePath } from "@/lib/records/paths";
import { requireViewer } from "@/lib/auth/viewer";
import { eraseHouseholdAction } from "@/lib/actions/houses";
import { deleteRecordAction } from "@/lib/actions/records";
import { HOUSEHOLD_AUDIT_FIELDS, type HouseView } from "@/lib/data/houses";
import { recordHistory, type RecordChange } from "@/lib/data/records/history";
import { isLocale } from "@/lib/i18n/config";
import { ClientMessages, getFormat } from "@/lib/i18n/server";
import { vndInWords } from "@/lib/money/vnd-words";
import { RECORD_PATHS } from "@/lib/records/paths";
import { houseNoticeParams } from "@/lib/validation/house";
import { loadHouse } from "./load-house";

const PATH = RECORD_PATHS.house;

/** The house's title: programme and commune (the household's name is personal: it is not in titles). */
function houseTitle(house: Pick<HouseView, "programme" | "commune">): string {
  return `${house.programme.name} · ${house.commune}`;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: houseTitle(await loadHouse((await params).id)) };
}

function Details({ rows, m }: { rows: [string, ReactNode][]; m: Messages }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-sm font-semibold text-ink-700">{label}</dt>
          <dd className="min-w-0 break-words text-ink-900">{value ?? <span className="text-ink-500">{m.committee.empty}</span>}</dd>
        </div>
      ))}
    </dl>
  );
}

function Card({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <section className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
      {title ? <h2 className="mb-4 text-lg font-semibold text-ink-900">{title}</h2> : null}
      {children}
    </section>
  );
}

/**
 * The history as the viewer may read it: the household's fields go unless
 * the viewer sees the household, and coded values read as words.
 */
/** Household fields leave the history of a viewer who may not see them. */
function withoutHousehold(changes: RecordChange[], seesHousehold: boolean): RecordChange[] {
  if (seesHousehold) return changes;
  const kept = (values: Record<string, unknown> | null) => (values === null ? null : Object.fromEntries(Object.entries(values).filter(([field]) => !HOUSEHOLD_AUDIT_FIELDS.includes(field))));
  return changes.map((change) => ({ ...change, before: kept(change.before), after: kept(change.after) }));
}

export default async function HousePage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ id }, notice] = await Promise.all([params, searchParams.then((raw) => houseNoticeParams.parse(raw))]);
  const [viewer, house, m, format, localeName, t, tMoney] = await Promise.all([
    requireViewer(),
    loadHouse(id),
    getMessages(),
    getFormat(),
    getLocale(),
    getTranslations("houses"),
    getTranslations("moneyField"),
  ]);
  const h = m.houses;
  const locale = isLocale(localeName) ? localeName : "vi";
  const history = withoutHousehold(house.shared ? [] : await recordHistory("house", house.id), house.household !== null);
  const funded = house.fundings.reduce((sum, f) => sum + f.amountVnd, 0n);
  const labels: Record<string, string> = {
    committee: h.fields.committee,
    programme: h.fields.programme,
    work: h.fields.work,
    commune: h.fields.commune,
    valueVnd: h.fields.value,
    status: m.admin.fields.status,
    startedOn: h.fields.startedOn,
    handedOverOn: h.fields.handedOverOn,
    campaign: m.records.kinds.campaign,
    agreement: m.records.kinds.agreement,
    fundings: h.fields.fundings,
    ...(house.household ? { householdName: h.fields.householdName, householdCategory: h.fields.householdCategory, address: m.committee.fields.address } : {}),
  };

  return (
    <WorkspacePage
      title={houseTitle(house)}
      lead={
        <span className="flex flex-wrap items-center gap-2">
          <Badge tone={house.status === "HANDED_OVER" ? "success" : house.status === "BUILDING" ? "info" : "neutral"}>{h.statuses[house.status]}</Badge>
          <span>{house.committee.name}</span>
          {house.shared ? <Badge tone="gold">{h.shared}</Badge> : null}
        </span>
      }
      actions={
        <>
          {house.canUpdate ? <ButtonLink href={`${PATH}/${house.id}/sua`}>{h.edit}</ButtonLink> : null}
          {writesNews(viewer) ? (
            <ButtonLink href={articleFromHousePath(house.id)} variant="secondary">
              {m.newsroom.fromRecord}
            </ButtonLink>
          ) : null}
        </>
      }
    >
      {notice.saved ? <DraftCleared userId={viewer.id} formIds={[NEW_HOUSE_FORM_ID, editHouseFormId(house.id)]} /> : null}
      {notice.saved || notice.erased ? (
        <Alert tone="success" className="mb-4">
          {notice.erased ? h.household.erasedDone : h.saved}
        </Alert>
      ) : null}
      {house.illustrativeNote ? (
        <p className="mb-4">
          <Badge tone="warning">{house.illustrativeNote}</Badge>
        </p>
      ) : null}
      <div className="grid max-w-3xl gap-6">
        <Card>
          <Details
            m={m}
            rows={[
              [h.fields.programme, house.programme.name],
              [h.fields.work, h.works[house.work]],
              [h.fields.commune, house.commune],
              [
                h.fields.value,
                <>
                  <span className="font-semibold tabular-nums">{format.vnd(house.valueVnd)}</span>
                  <span className="block text-sm text-ink-700">{tMoney("inWords", { words: vndInWords(house.valueVnd, locale) })}</span>
                </>,
              ],
              [m.admin.fields.status, h.statuses[house.status]],
              [h.fields.startedOn, house.startedOn ? format.date(house.startedOn) : null],
              [h.fields.handedOverOn, house.handedOverOn ? format.date(house.handedOverOn) : null],
              [h.fields.committee, house.committee.name],
              [m.records.kinds.campaign, house.campaign?.name ?? null],
              [m.records.kinds.agreement, house.agreement ? `${house.agreement.number ? `${house.agreement.number} – ` : ""}${house.agreement.title}` : null],
            ]}
          />
        </Card>

        <Card title={h.household.title}>
          {house.household ? (
            <div className="flex flex-col gap-4">
              <p className="text-sm text-ink-600">{h.household.personal}</p>
              <Details
                m={m}
                rows={[
                  [h.fields.householdName, house.household.erasedAt ? <span className="text-ink-600 italic">{h.household.erased}</span> : house.household.name],
                  [h.fields.householdCategory, house.household.erasedAt ? null : h.categories[house.household.category]],
                  [m.committee.fields.address, house.household.address],
                ]}
              />
              {house.household.erasedAt ? <p className="text-sm text-ink-600">{t("household.erasedOn", { at: format.dateTime(house.household.erasedAt) })}</p> : null}
              {house.canCorrectHousehold && !house.household.erasedAt ? (
                <div className="border-t border-ink-200 pt-4">
                  <h3 className="mb-1 font-semibold text-ink-900">{h.household.eraseTitle}</h3>
                  <p className="mb-3 text-sm text-ink-700">{h.household.eraseLead}</p>
                  <ClientMessages paths={["houses.household", "common"]}>
                    <EraseHouseholdForm action={eraseHouseholdAction.bind(null, house.id)} version={house.version} />
                  </ClientMessages>
                </div>
              ) : null}
            </div>
          ) : (
            <p className="text-sm text-ink-700">{house.shared ? h.sharedNote : h.household.personal}</p>
          )}
        </Card>

        <Card title={h.fields.fundings}>
          {house.fundings.length === 0 ? (
            <p className="text-sm text-ink-600">{h.funding.none}</p>
          ) : (
            <table className="w-full text-sm">
              <caption className="sr-only">{h.fields.fundings}</caption>
              <thead className="text-ink-600">
                <tr>
                  <th scope="col" className="py-1 pr-3 text-left font-semibold">
                    {h.funding.contributor}
                  </th>
                  <th scope="col" className="py-1 text-right font-semibold">
                    {h.funding.amount}
                  </th>
                </tr>
              </thead>
              <tbody>
                {house.fundings.map((f) => (
                  <tr key={f.id} className="border-t border-ink-100">
                    <td className="py-2 pr-3">
                      {f.contributorName}
                      <span className="block text-xs text-ink-600">{f.kind === "committee" ? h.funding.committees : f.kind === "partner" ? m.nav.partners : h.funding.other}</span>
                    </td>
                    <td className="py-2 text-right tabular-nums whitespace-nowrap">{format.vnd(f.amountVnd)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr className="border-t-2 border-ink-200 font-semibold">
                  <th scope="row" className="py-2 pr-3 text-left">
                    {m.list.totals}
                  </th>
                  <td className="py-2 text-right tabular-nums whitespace-nowrap">{format.vnd(funded)}</td>
                </tr>
              </tfoot>
            </table>
          )}
        </Card>

        <Card title={h.fields.photos}>
          {house.photos.length === 0 ? (
            <p className="text-sm text-ink-600">{m.conferences.noPhotos}</p>
          ) : (
            <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
              {house.photos.map((photo, index) => (
                <li key={photo.id}>
                  <a href={`${PATH}/${house.id}/anh/${photo.id}`} className="block">
                    {/* eslint-disable-next-line @next/next/no-img-element -- a private photo served after the house's read check */}
                    <img
                      src={`${PATH}/${house.id}/anh/${photo.id}?co=nho`}
                      alt={t("photos.alt", { n: index + 1, commune: house.commune })}
                      width={photo.width ?? undefined}
                      height={photo.height ?? undefined}
                      loading="lazy"
                      className="aspect-[4/3] h-auto w-full rounded-md border border-ink-200 object-cover"
                    />
                  </a>
                  {photo.caption ? <p className="mt-1 text-sm text-ink-700">{photo.caption}</p> : null}
                </li>
              ))}
            </ul>
          )}
        </Card>

        {house.shared ? null : (
          <>
            <RecordMeta record={house} />
            <RecordHistory changes={history} labels={labels} fields={{ money: ["valueVnd"], choices: { work: h.works, status: h.statuses, householdCategory: h.categories } }} />
          </>
        )}
        {house.canDelete ? (
          <Card>
            <ClientMessages paths={RECORD_FORM_MESSAGES}>
              <DeleteRecordForm action={deleteRecordAction.bind(null, "house", house.id)} version={house.version} />
            </ClientMessages>
          </Card>
        ) : null}
        <p>
          <Link href={PATH} className="text-sm font-semibold text-brand-800 hover:underline">
            {m.nav.houses}
          </Link>
        </p>
      </div>
    </WorkspacePage>
  );
}
