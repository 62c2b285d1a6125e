import type { Metadata } from "next";
import Link from "next/link";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { reviewedPeriodText } from "@/components/conferences/conference-choices";
import { DraftCleared } from "@/components/forms/draft-keeper";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { DeleteRecordForm } from "@/components/records/delete-record-form";
import { RECORD_FORM_MESSAGES } from "@/components/records/record-form-messages";
import { RecordHistory } from "@/components/records/record-history";
import { RecordMeta } from "@/components/records/record-meta";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { writesNews } from "@/lib/data/newsroom";
import { articleFromConferencePath } from "@/lib/records/paths";
import { deleteRecordAction } from "@/lib/actions/records";
import { requireViewer } from "@/lib/auth/viewer";
import { recordHistory } from "@/lib/data/records/history";
import { ClientMessages, getFormat } from "@/lib/i18n/server";
import { listHref } from "@/lib/lists/list-url";
import { conferencePhotoPath, RECORD_PATHS } from "@/lib/records/paths";
import { conferenceNoticeParams } from "@/lib/validation/conference";
import { timeText } from "@/lib/validation/record";
import { editConferenceForm, NEW_CONFERENCE_FORM } from "../form-choices";
import { loadConference } from "./load-conference";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATH = RECORD_PATHS.conference;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadConference((await params).id)).title };
}

/** Text kept as typed: paragraphs and line breaks stay. */
function Prose({ text }: { text: string }) {
  return <p className="whitespace-pre-line break-words text-ink-900">{text}</p>;
}

export default async function ConferencePage({ params, searchParams }: Props) {
  const [{ id }, notice] = await Promise.all([params, searchParams.then((raw) => conferenceNoticeParams.parse(raw))]);
  const [conference, viewer] = await Promise.all([loadConference(id), requireViewer()]);
  const [m, t, format, history] = await Promise.all([getMessages(), getTranslations(), getFormat(), recordHistory("conference", conference.id)]);
  const c = m.conferences;
  const f = c.fields;
  const when = conference.startTime
    ? t("conferences.dateAndTime", { date: format.date(conference.heldOn), time: timeText(conference.startTime) })
    : format.date(conference.heldOn);
  const period = conference.reviewedPeriod
    ? reviewedPeriodText(conference.reviewedPeriod, {
        period: (values) => t("periods.label", values),
        phase: (campaign, phase) => t("conferences.phaseName", { campaign, phase }),
      })
    : null;
  const chair = [conference.chairName, conference.chairTitle].filter(Boolean).join(", ") || null;
  const details: [string, ReactNode][] = [
    [f.kind, c.kinds[conference.kind]],
    [f.heldOn, when],
    [f.place, conference.place],
    [f.host, conference.committee.name],
    [
      f.coHosts,
      conference.coHosts.length > 0 ? (
        <ul className="list-disc pl-5">
          {conference.coHosts.map((h) => (
            <li key={`${h.type}:${h.id}`}>{h.name}</li>
          ))}
        </ul>
      ) : null,
    ],
    [f.chairName, chair],
    [f.attendance, conference.attendance === null ? null : format.number(conference.attendance)],
    [f.reviewedPeriod, period],
    [
      m.records.kinds.agreement,
      conference.agreement ? (
        <Link href={listHref(PATH, { phoi_hop: conference.agreement.id })} className="text-brand-800 hover:underline">
          {conference.agreement.number ? `${conference.agreement.number} – ${conference.agreement.title}` : conference.agreement.title}
        </Link>
      ) : null,
    ],
    [
      m.records.kinds.campaign,
      conference.campaign ? (
        <Link href={listHref(PATH, { phong_trao: conference.campaign.id })} className="text-brand-800 hover:underline">
          {conference.campaign.name}
        </Link>
      ) : null,
    ],
  ];
  const texts: [string, string | null][] = [
    [f.summary, conference.summary],
    [f.conclusions, conference.conclusions],
    [f.directions, conference.directions],
  ];
  const labels: Record<string, string> = {
    committee: f.host,
    kind: f.kind,
    title: f.title,
    heldOn: f.heldOn,
    startTime: f.startTime,
    place: f.place,
    chairName: f.chairName,
    chairTitle: f.chairTitle,
    attendance: f.attendance,
    reviewedPeriod: f.reviewedPeriod,
    agreement: m.records.kinds.agreement,
    campaign: m.records.kinds.campaign,
    coHosts: f.coHosts,
    summary: f.summary,
    conclusions: f.conclusions,
    directions: f.directions,
    photos: f.photos,
  };
  return (
    <WorkspacePage
      title={conference.title}
      lead={
        <>
          {c.kinds[conference.kind]} · {when}
          {conference.shared ? (
            <Badge tone="info" className="ml-2">
              {c.shared}
            </Badge>
          ) : null}
        </>
      }
      actions={
        <>
          {conference.canUpdate ? <ButtonLink href={`${PATH}/${conference.id}/sua`}>{c.edit}</ButtonLink> : null}
          {writesNews(viewer) ? (
            <ButtonLink href={articleFromConferencePath(conference.id)} variant="secondary">
              {m.newsroom.fromRecord}
            </ButtonLink>
          ) : null}
        </>
      }
    >
      {notice.saved ? (
        <>
          <Alert tone="success" className="mb-4">
            {c.saved}
          </Alert>
          <DraftCleared userId={viewer.id} formIds={[NEW_CONFERENCE_FORM, editConferenceForm(conference.id)]} />
        </>
      ) : null}
      {conference.shared ? (
        <Alert tone="info" className="mb-4">
          {c.sharedNote}
        </Alert>
      ) : null}
      <div className="grid max-w-3xl gap-6">
        <section className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
            {details.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-sm font-semibold text-ink-700">{label}</dt>
                <dd className="min-w-0 break-words text-ink-900">{value ?? <span className="text-ink-500">{m.committee.empty}</span>}</dd>
              </div>
            ))}
          </dl>
          <div className="mt-4 border-t border-ink-100 pt-3">
            <RecordMeta record={conference} />
          </div>
        </section>
        {texts.some(([, text]) => text) ? (
          <section aria-labelledby="conference-content" className="flex flex-col gap-4 rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
            <h2 id="conference-content" className="text-lg font-semibold text-ink-900">
              {c.sections.content}
            </h2>
            {texts.map(([label, text]) =>
              text ? (
                <div key={label}>
                  <h3 className="mb-1 text-sm font-semibold text-ink-700">{label}</h3>
                  <Prose text={text} />
                </div>
              ) : null,
            )}
          </section>
        ) : null}
        <section aria-labelledby="conference-photos" className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
          <h2 id="conference-photos" className="mb-4 text-lg font-semibold text-ink-900">
            {f.photos}
          </h2>
          {conference.photos.length === 0 ? (
            <p className="text-sm text-ink-600">{c.noPhotos}</p>
          ) : (
            <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
              {conference.photos.map((photo, index) => (
                <li key={photo.id}>
                  <a href={conferencePhotoPath(conference.id, photo.id)} className="block rounded-md focus-visible:outline-2 focus-visible:outline-brand-700">
                    {/* eslint-disable-next-line @next/next/no-img-element -- a private photo behind the conference's read check */}
                    <img
                      src={conferencePhotoPath(conference.id, photo.id, "thumbnail")}
                      alt={photo.caption ?? t("conferences.photoAlt", { n: index + 1 })}
                      width={photo.width ?? undefined}
                      height={photo.height ?? undefined}
                      loading="lazy"
                      className="aspect-[4/3] h-auto w-full rounded-md border border-ink-200 object-cover"
                    />
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
        <RecordHistory changes={history} labels={labels} fields={{ choices: { kind: c.kinds } }} />
        {conference.canDelete ? (
          <section className="rounded-lg border border-danger-700/30 bg-white p-5 shadow-sm sm:p-6">
            <ClientMessages paths={RECORD_FORM_MESSAGES}>
              <DeleteRecordForm action={deleteRecordAction.bind(null, "conference", conference.id)} version={conference.version} />
            </ClientMessages>
          </section>
        ) : null}
      </div>
    </WorkspacePage>
  );
}
