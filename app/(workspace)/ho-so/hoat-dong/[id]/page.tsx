import type { Metadata } from "next";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { DraftCleared } from "@/components/forms/draft-keeper";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { DeleteRecordForm } from "@/components/records/delete-record-form";
import { RECORD_FORM_MESSAGES } from "@/components/records/record-form-messages";
import { RecordHistory } from "@/components/records/record-history";
import { RecordMeta } from "@/components/records/record-meta";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { deleteRecordAction } from "@/lib/actions/records";
import { requireViewer } from "@/lib/auth/viewer";
import { recordHistory } from "@/lib/data/records/history";
import { isLocale } from "@/lib/i18n/config";
import { ClientMessages, getFormat } from "@/lib/i18n/server";
import { vndInWords } from "@/lib/money/vnd-words";
import { RECORD_PATHS } from "@/lib/records/paths";
import { activityNoticeParams } from "@/lib/validation/activity";
import { loadActivity } from "./load-activity";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await loadActivity((await params).id)).title };
}

export default async function ActivityPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ id }, notice] = await Promise.all([params, searchParams.then((raw) => activityNoticeParams.parse(raw))]);
  const viewer = await requireViewer();
  const [activity, m, t, format, locale] = await Promise.all([loadActivity(id), getMessages(), getTranslations(), getFormat(), getLocale()]);
  const history = await recordHistory("activity", activity.id);
  const f = m.activities.fields;
  const k = m.records.kinds;
  const empty = <span className="text-ink-500">{m.committee.empty}</span>;
  const linked = [
    activity.campaign ? { label: k.campaign, node: activity.campaign.name } : null,
    activity.agreement ? { label: k.agreement, node: <Link href={`${RECORD_PATHS.agreement}/${activity.agreement.id}`} className="text-brand-800 hover:underline">{activity.agreement.title}</Link> } : null,
    activity.conference ? { label: k.conference, node: <Link href={`${RECORD_PATHS.conference}/${activity.conference.id}`} className="text-brand-800 hover:underline">{activity.conference.title}</Link> } : null,
  ].filter((entry) => entry !== null);
  const details: [string, ReactNode][] = [
    [f.indicator, t("activities.indicatorOption", { name: activity.indicator.name, unit: activity.indicator.unit })],
    [f.occurredOn, format.date(activity.occurredOn)],
    [f.quantity, `${format.number(Number(activity.quantity), { maximumFractionDigits: 2 })} ${activity.indicator.unit}`],
    [
      f.value,
      activity.valueVnd === null ? empty : (
        <>
          <span className="tabular-nums">{format.vnd(activity.valueVnd)}</span>
          <span className="block text-sm text-ink-600">{t("moneyField.inWords", { words: vndInWords(activity.valueVnd, isLocale(locale) ? locale : "vi") })}</span>
        </>
      ),
    ],
    [f.beneficiaries, activity.beneficiaries === null ? empty : format.number(activity.beneficiaries)],
    [f.place, activity.place ?? empty],
    [f.committee, activity.committee.name],
    [f.partners, activity.partners.length === 0 ? m.committee.history.none : activity.partners.map((p) => p.name).join("; ")],
    [f.coOrganisers, activity.coOrganisers.length === 0 ? m.committee.history.none : activity.coOrganisers.map((c) => c.name).join("; ")],
    [m.activities.linkedTo, linked.length === 0 ? m.committee.history.none : (
      <ul>
        {linked.map((entry) => (
          <li key={entry.label}>
            <span className="text-ink-600">{entry.label}: </span>
            {entry.node}
          </li>
        ))}
      </ul>
    )],
    [f.description, activity.description ? <span className="whitespace-pre-line">{activity.description}</span> : empty],
  ];
  const labels = {
    title: f.title,
    occurredOn: f.occurredOn,
    quantity: f.quantity,
    valueVnd: f.value,
    beneficiaries: f.beneficiaries,
    place: f.place,
    description: f.description,
    committee: f.committee,
    indicator: f.indicator,
    campaign: k.campaign,
    agreement: k.agreement,
    conference: k.conference,
    partners: f.partners,
    coOrganisers: f.coOrganisers,
  };
  return (
    <WorkspacePage
      title={activity.title}
      lead={activity.indicator.name}
      actions={activity.canUpdate ? <ButtonLink href={`${RECORD_PATHS.activity}/${activity.id}/sua`}>{m.activities.edit}</ButtonLink> : null}
    >
      {notice.saved ? (
        <Alert tone="success" className="mb-4">
          {m.activities.saved}
          <DraftCleared userId={viewer.id} formIds={["activity-new", `activity-${activity.id}`]} />
        </Alert>
      ) : null}
      {activity.shared ? (
        <Alert tone="info" className="mb-4">
          {t("activities.shared", { committee: activity.committee.name })}
        </Alert>
      ) : null}
      <div className="grid max-w-3xl gap-6">
        <section className="rounded-lg border border-ink-200 bg-white p-4 shadow-sm sm:p-6">
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
            {details.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-sm font-semibold text-ink-700">{label}</dt>
                <dd className="break-words text-ink-900">{value}</dd>
              </div>
            ))}
          </dl>
          <div className="mt-5 border-t border-ink-100 pt-4">
            <RecordMeta record={activity} />
          </div>
        </section>
        {activity.canDelete ? (
          <section className="rounded-lg border border-ink-200 bg-white p-4 shadow-sm sm:p-6">
            <ClientMessages paths={RECORD_FORM_MESSAGES}>
              <DeleteRecordForm action={deleteRecordAction.bind(null, "activity", activity.id)} version={activity.version} />
            </ClientMessages>
          </section>
        ) : null}
        <RecordHistory changes={history} labels={labels} fields={{ money: ["valueVnd"] }} />
      </div>
    </WorkspacePage>
  );
}
