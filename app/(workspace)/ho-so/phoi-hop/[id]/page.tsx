import type { Metadata } from "next";
import { getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { AGREEMENT_FORM_MESSAGES } from "@/components/agreements/agreement-form-messages";
import { AgreementStatusBadge } from "@/components/agreements/agreement-status";
import { LinkConferenceForm, UnlinkConferenceForm } from "@/components/agreements/link-conference-forms";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { DeleteRecordForm } from "@/components/records/delete-record-form";
import { RECORD_FORM_MESSAGES } from "@/components/records/record-form-messages";
import { RecordHistory } from "@/components/records/record-history";
import { RecordMeta } from "@/components/records/record-meta";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { linkConferenceAction, unlinkConferenceAction } from "@/lib/actions/agreements";
import { deleteRecordAction } from "@/lib/actions/records";
import { requireViewer } from "@/lib/auth/viewer";
import { linkableConferences, updatableConferences } from "@/lib/data/agreement-conferences";
import type { AgreementDetail, ProgressRow } from "@/lib/data/agreements";
import { recordHistory } from "@/lib/data/records/history";
import { ClientMessages, getFormat } from "@/lib/i18n/server";
import { periodLabelValues } from "@/lib/periods";
import { RECORD_PATHS } from "@/lib/records/paths";
import { agreementNoticeParams } from "@/lib/validation/agreement";
import { loadAgreement } from "./load-agreement";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await loadAgreement((await params).id)).title };
}

const MONEY_SOURCES = new Set(["ACTIVITY_VALUE", "HOUSE_VALUE"]);

function Card({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-ink-200 bg-white p-4 shadow-sm sm:p-6">
      <h2 id={id} className="mb-4 text-lg font-semibold text-ink-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

export default async function AgreementPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ id }, notice] = await Promise.all([params, searchParams.then((raw) => agreementNoticeParams.parse(raw))]);
  const viewer = await requireViewer();
  const agreement = await loadAgreement(id);
  const conferences = [...agreement.reviews, ...agreement.otherConferences];
  const [m, t, tPeriods, tCommittee, format, linkable, unlinkable, history] = await Promise.all([
    getMessages(),
    getTranslations("agreements"),
    getTranslations("periods"),
    getTranslations("committee.history"),
    getFormat(),
    linkableConferences(viewer, id),
    updatableConferences(viewer, conferences),
    recordHistory("agreement", id),
  ]);
  const a = m.agreements;
  const path = `${RECORD_PATHS.agreement}/${agreement.id}`;
  const partyName = (partyId: string | null) => {
    const party = agreement.parties.find((p) => p.id === partyId);
    return party?.committee?.name ?? party?.partner?.name ?? null;
  };
  const details: [string, ReactNode][] = [
    [a.fields.number, agreement.number ?? <span className="text-ink-500">{a.noNumber}</span>],
    [a.fields.committee, agreement.committee.name],
    [a.fields.signedOn, format.date(agreement.signedOn)],
    [
      a.fields.term,
      agreement.validTo
        ? tCommittee("span", { from: format.date(agreement.validFrom), to: format.date(agreement.validTo) })
        : `${tCommittee("spanOpen", { from: format.date(agreement.validFrom) })} · ${a.noEnd}`,
    ],
    ...(agreement.endedOn ? ([[a.fields.endedOn, format.date(agreement.endedOn)]] as [string, ReactNode][]) : []),
    [m.admin.fields.status, <AgreementStatusBadge key="status" status={agreement.status} label={a.statuses[agreement.status]} />],
    [
      a.fields.document,
      agreement.documentFile ? (
        <a key="document" href={`${path}/van-ban`} className="font-semibold text-brand-800 hover:underline">
          {a.document.open} ({t("document.size", { size: `${format.number(Math.max(1, Math.round(agreement.documentFile.byteSize / 1024)))} KB` })})
        </a>
      ) : (
        <span className="text-ink-500">{a.document.none}</span>
      ),
    ],
  ];

  return (
    <WorkspacePage
      title={agreement.title}
      lead={a.statuses[agreement.status]}
      actions={agreement.canUpdate ? <ButtonLink href={`${path}/sua`}>{a.edit}</ButtonLink> : null}
    >
      {notice.saved || notice.linked || notice.unlinked ? (
        <Alert tone="success" className="mb-4">
          {notice.linked ? a.reviews.linked : notice.unlinked ? a.reviews.unlinked : a.saved}
        </Alert>
      ) : null}
      {agreement.flagged ? (
        <Alert tone="warning" title={a.flagged} className="mb-4">
          {a.flaggedNote}
        </Alert>
      ) : null}
      <div className="grid grid-cols-1 gap-6">
        <Card title={a.details} id="agreement-details">
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
            {details.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-sm font-semibold text-ink-700">{label}</dt>
                <dd className="text-ink-900">{value}</dd>
              </div>
            ))}
          </dl>
          {agreement.summary ? <p className="mt-4 whitespace-pre-line text-ink-800">{agreement.summary}</p> : null}
          {agreement.illustrativeNote ? <p className="mt-4 text-sm text-ink-600 italic">{agreement.illustrativeNote}</p> : null}
          <div className="mt-4">
            <RecordMeta record={agreement} />
          </div>
        </Card>

        <Card title={a.fields.parties} id="agreement-parties">
          <ul className="flex flex-col divide-y divide-ink-100">
            {agreement.parties.map((party) => (
              <li key={party.id} className="flex flex-col gap-1 py-2 first:pt-0 last:pb-0">
                <span className="flex flex-wrap items-center gap-2 font-medium text-ink-900">
                  {party.committee ? (
                    <Link href={`/co-quan/${party.committee.id}`} className="text-brand-800 hover:underline">
                      {party.committee.name}
                    </Link>
                  ) : (
                    party.partner?.name
                  )}
                  {party.isLead ? <Badge tone="brand">{a.party.leadBadge}</Badge> : null}
                </span>
                <span className="text-sm text-ink-600">
                  {party.committee ? m.news.committee : m.nav.partners}
                  {party.signerName ? ` · ${a.party.signerName}: ${party.signerName}${party.signerTitle ? `, ${party.signerTitle}` : ""}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </Card>

        <Card title={a.progress.title} id="agreement-progress">
          <p className="mb-4 text-sm text-ink-600">{a.progress.lead}</p>
          <ol className="flex flex-col gap-5">
            {agreement.tasks.map((task, index) => (
              <li key={task.id} className="rounded-md border border-ink-200 p-3 sm:p-4" aria-label={t("task.row", { n: index + 1 })}>
                <p className="font-medium text-ink-900">
                  <span className="text-ink-600">{t("task.row", { n: index + 1 })}. </span>
                  {task.content}
                </p>
                <p className="mt-1 text-sm text-ink-600">
                  {a.task.responsibleParty}: {partyName(task.responsiblePartyId) ?? "—"}
                  {task.responsible ? ` · ${a.task.responsible}: ${task.responsible}` : ""}
                </p>
                {task.indicator ? (
                  <ProgressTable
                    task={task}
                    rows={task.progress}
                    money={MONEY_SOURCES.has(task.indicator.source)}
                    labels={{ period: m.periodPicker.period, planned: a.task.planned, delivered: a.progress.delivered, wholeTerm: a.progress.wholeTerm, noTargets: a.progress.noTargets }}
                    unit={t("progress.unit", { unit: task.indicator.unit })}
                    periodLabel={(row) => tPeriods("label", periodLabelValues(row.kind, row.year, row.sequence))}
                    format={format}
                  />
                ) : (
                  <p className="mt-2 text-sm text-ink-500">{a.progress.noIndicator}</p>
                )}
              </li>
            ))}
          </ol>
        </Card>

        <Card title={a.reviews.title} id="agreement-reviews">
          <ConferenceList conferences={agreement.reviews} empty={a.reviews.none} unlinkable={unlinkable} agreementId={agreement.id} hostLabel={(name) => t("reviews.host", { name })} date={format.date} />
          {agreement.otherConferences.length > 0 ? (
            <>
              <h3 className="mt-6 mb-3 font-semibold text-ink-900">{a.reviews.others}</h3>
              <ConferenceList conferences={agreement.otherConferences} empty="" unlinkable={unlinkable} agreementId={agreement.id} hostLabel={(name) => t("reviews.host", { name })} date={format.date} />
            </>
          ) : null}
          <div className="mt-6 border-t border-ink-100 pt-4">
            <h3 className="mb-3 font-semibold text-ink-900">{a.reviews.link}</h3>
            <ClientMessages paths={AGREEMENT_FORM_MESSAGES}>
              <LinkConferenceForm
                action={linkConferenceAction.bind(null, agreement.id)}
                choices={linkable.map((c) => ({ value: `${c.id}.${c.version}`, label: `${format.date(c.heldOn)} · ${c.title} (${c.committeeName})${c.otherAgreement ? ` · ${a.reviews.linkedElsewhere}` : ""}` }))}
              />
            </ClientMessages>
          </div>
        </Card>

        <RecordHistory
          changes={history}
          labels={{
            number: a.fields.number,
            title: a.fields.title,
            signedOn: a.fields.signedOn,
            validFrom: a.fields.validFrom,
            validTo: a.fields.validTo,
            endedOn: a.fields.endedOn,
            summary: a.fields.summary,
            parties: a.fields.parties,
            tasks: a.fields.tasks,
          }}
        />

        {agreement.canDelete ? (
          <ClientMessages paths={RECORD_FORM_MESSAGES}>
            <DeleteRecordForm action={deleteRecordAction.bind(null, "agreement", agreement.id)} version={agreement.version} />
          </ClientMessages>
        ) : null}
      </div>
    </WorkspacePage>
  );
}

type Format = Awaited<ReturnType<typeof getFormat>>;

function ProgressTable({
  task,
  rows,
  money,
  labels,
  unit,
  periodLabel,
  format,
}: {
  task: AgreementDetail["tasks"][number];
  rows: ProgressRow[];
  money: boolean;
  labels: { period: string; planned: string; delivered: string; wholeTerm: string; noTargets: string };
  unit: string;
  periodLabel: (period: NonNullable<ProgressRow["period"]>) => string;
  format: Format;
}) {
  const figure = (value: string | null) => {
    if (value === null) return "—";
    if (money) return format.vnd(BigInt(value.split(".")[0]!));
    return format.number(Number(value), { maximumFractionDigits: 2 });
  };
  const ratio = (row: ProgressRow) => (row.planned && Number(row.planned) > 0 && row.delivered !== null ? format.percent(Number(row.delivered) / Number(row.planned), 0) : null);
  return (
    <div className="mt-3">
      <p className="mb-2 text-sm text-ink-600">
        {task.indicator?.name} · {unit}
      </p>
      {task.targets.length === 0 ? <p className="mb-2 text-sm text-ink-500">{labels.noTargets}</p> : null}
      <div className="max-w-full overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="bg-ink-50 text-ink-600">
            <tr>
              <th scope="col" className="px-2 py-2 text-left font-semibold sm:px-3">
                {labels.period}
              </th>
              <th scope="col" className="px-2 py-2 text-right font-semibold sm:px-3">
                {labels.planned}
              </th>
              <th scope="col" className="px-2 py-2 text-right font-semibold sm:px-3">
                {labels.delivered}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-ink-100">
            {rows.map((row) => (
              <tr key={row.period?.id ?? "all"} className={row.period ? undefined : "bg-ink-50/60 font-semibold"}>
                <th scope="row" className="px-2 py-2 text-left font-medium text-ink-800 sm:px-3">
                  {row.period ? periodLabel(row.period) : labels.wholeTerm}
                </th>
                <td className="px-2 py-2 text-right tabular-nums sm:px-3">{row.period ? figure(row.planned) : "—"}</td>
                <td className="px-2 py-2 text-right tabular-nums sm:px-3">
                  {figure(row.delivered)}
                  {ratio(row) ? <span className="block text-ink-600 sm:inline"> ({ratio(row)})</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function ConferenceList({
  conferences,
  empty,
  unlinkable,
  agreementId,
  hostLabel,
  date,
}: {
  conferences: AgreementDetail["reviews"];
  empty: string;
  unlinkable: Set<string>;
  agreementId: string;
  hostLabel: (name: string) => string;
  date: (value: Date) => string;
}) {
  if (conferences.length === 0) return empty ? <p className="text-sm text-ink-600">{empty}</p> : null;
  return (
    <ul className="flex flex-col divide-y divide-ink-100">
      {conferences.map((conference) => (
        <li key={conference.id} className="flex flex-col gap-1 py-3 first:pt-0 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
          <div className="min-w-0">
            <Link href={`${RECORD_PATHS.conference}/${conference.id}`} className="font-medium text-brand-800 hover:underline">
              {conference.title}
            </Link>
            <p className="text-sm text-ink-600">
              <time dateTime={conference.heldOn.toISOString().slice(0, 10)}>{date(conference.heldOn)}</time> · {hostLabel(conference.committeeName)}
            </p>
          </div>
          {unlinkable.has(conference.id) ? (
            <ClientMessages paths={AGREEMENT_FORM_MESSAGES}>
              <UnlinkConferenceForm action={unlinkConferenceAction.bind(null, agreementId)} conference={`${conference.id}.${conference.version}`} />
            </ClientMessages>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
