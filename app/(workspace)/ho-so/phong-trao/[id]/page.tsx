import type { Metadata } from "next";
import Link from "next/link";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PhaseForm } from "@/components/campaigns/campaign-form";
import { CAMPAIGN_FORM_MESSAGES } from "@/components/campaigns/campaign-form-messages";
import { DraftCleared } from "@/components/forms/draft-keeper";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { DeleteRecordForm } from "@/components/records/delete-record-form";
import { RECORD_FORM_MESSAGES } from "@/components/records/record-form-messages";
import { RecordHistory } from "@/components/records/record-history";
import { RecordMeta } from "@/components/records/record-meta";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { deleteRecordAction } from "@/lib/actions/records";
import { addPhaseAction } from "@/lib/actions/campaigns";
import { HOME_AFTER_SIGN_IN } from "@/lib/auth/routes";
import { requireViewer } from "@/lib/auth/viewer";
import { recordHistory } from "@/lib/data/records/history";
import { ClientMessages, getFormat } from "@/lib/i18n/server";
import { listHref } from "@/lib/lists/list-url";
import { RECORD_PATHS, TARGETS_PATH } from "@/lib/records/paths";
import { campaignNoticeParams } from "@/lib/validation/campaign";
import { dayInputValue } from "@/lib/validation/day";
import { campaignCommitteeOptions, editCampaignForm, NEW_CAMPAIGN_FORM } from "../form-choices";
import { loadCampaign } from "./load-campaign";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATH = RECORD_PATHS.campaign;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadCampaign((await params).id)).name };
}

const PHASE_NOTICES = { them: "added", sua: "updated", xoa: "deleted" } as const;

export default async function CampaignPage({ params, searchParams }: Props) {
  const [{ id }, notice] = await Promise.all([params, searchParams.then((raw) => campaignNoticeParams.parse(raw))]);
  const [campaign, viewer] = await Promise.all([loadCampaign(id), requireViewer()]);
  const [m, tCommittee, format, history, { options }] = await Promise.all([getMessages(), getTranslations("committee"), getFormat(), recordHistory("campaign", campaign.id), campaignCommitteeOptions(viewer)]);
  const k = m.campaigns;
  const f = k.fields;
  const days = (from: Date | null, to: Date | null) =>
    from ? (to ? tCommittee("history.span", { from: format.date(from), to: format.date(to) }) : tCommittee("since", { date: format.date(from) })) : null;
  const level = campaign.committee ? m.committee.levels[campaign.committee.level] : k.nationwide;
  const details: [string, ReactNode][] = [
    [f.committee, campaign.committee?.name ?? k.nationwide],
    [f.level, level],
    [f.startsOn, campaign.startsOn ? format.date(campaign.startsOn) : null],
    [f.endsOn, campaign.endsOn ? format.date(campaign.endsOn) : campaign.startsOn ? k.ongoing : null],
  ];
  const records: [string, number, string][] = [
    [m.records.kinds.model, campaign.counts.models, RECORD_PATHS.model],
    [m.records.kinds.conference, campaign.counts.conferences, RECORD_PATHS.conference],
    [m.records.kinds.house, campaign.counts.houses, RECORD_PATHS.house],
    [m.records.kinds.activity, campaign.counts.activities, RECORD_PATHS.activity],
  ];
  const labels: Record<string, string> = { committee: f.committee, name: f.name, startsOn: f.startsOn, endsOn: f.endsOn, description: f.description, phase: f.phases };
  const newPhase = {
    committeeId: options.find((o) => o.value === viewer.committeeId)?.value ?? options[0]?.value ?? "",
    name: "",
    startsOn: dayInputValue(campaign.startsOn),
    endsOn: dayInputValue(campaign.endsOn),
  };
  return (
    <WorkspacePage
      title={campaign.name}
      lead={[level, days(campaign.startsOn, campaign.endsOn)].filter(Boolean).join(" · ")}
      actions={campaign.canUpdate ? <ButtonLink href={`${PATH}/${campaign.id}/sua`}>{k.edit}</ButtonLink> : null}
    >
      {notice.saved ? (
        <>
          <Alert tone="success" className="mb-4">
            {k.saved}
          </Alert>
          <DraftCleared userId={viewer.id} formIds={[NEW_CAMPAIGN_FORM, editCampaignForm(campaign.id)]} />
        </>
      ) : null}
      {notice.dot ? (
        <Alert tone="success" className="mb-4">
          {k.phases[PHASE_NOTICES[notice.dot]]}
        </Alert>
      ) : null}
      <div className="grid max-w-4xl gap-6">
        <section className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
            {details.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-sm font-semibold text-ink-700">{label}</dt>
                <dd className="min-w-0 break-words text-ink-900">{value ?? <span className="text-ink-500">{m.committee.empty}</span>}</dd>
              </div>
            ))}
          </dl>
          {campaign.description ? <p className="mt-4 whitespace-pre-line break-words border-t border-ink-100 pt-3 text-ink-900">{campaign.description}</p> : null}
          <div className="mt-4 border-t border-ink-100 pt-3">
            <RecordMeta record={campaign} />
          </div>
        </section>

        <section aria-labelledby="campaign-phases" className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
          <h2 id="campaign-phases" className="text-lg font-semibold text-ink-900">
            {f.phases}
          </h2>
          <p className="mb-4 mt-1 text-sm text-ink-600">{k.phases.lead}</p>
          {campaign.phases.length === 0 ? (
            <p className="text-sm text-ink-600">{k.phases.empty}</p>
          ) : (
            <ul className="flex flex-col divide-y divide-ink-100">
              {campaign.phases.map((phase) => (
                <li key={phase.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
                  <div className="min-w-0">
                    <p className="font-semibold text-ink-900">
                      {phase.name} {phase.locked ? <Badge tone="info">{k.phases.locked}</Badge> : null}
                    </p>
                    <p className="text-sm text-ink-700">
                      {phase.committee.name} · {days(phase.startsOn, phase.endsOn)}
                    </p>
                  </div>
                  <p className="flex shrink-0 flex-wrap gap-x-4 gap-y-1 text-sm">
                    <Link href={listHref(TARGETS_PATH, { ban: phase.committee.id, ky: phase.code })} className="text-brand-800 hover:underline">
                      {m.nav.targets}
                    </Link>
                    <Link href={listHref(HOME_AFTER_SIGN_IN, { ban: phase.committee.id, ky: phase.code })} className="text-brand-800 hover:underline">
                      {m.nav.figures}
                    </Link>
                    {phase.canUpdate ? (
                      <Link href={`${PATH}/${campaign.id}/dot/${phase.id}`} className="text-brand-800 hover:underline" aria-label={`${k.phases.editTitle}: ${phase.name}`}>
                        {k.phases.edit}
                      </Link>
                    ) : null}
                  </p>
                </li>
              ))}
            </ul>
          )}
          {options.length > 0 ? (
            <details className="mt-4 rounded-md border border-ink-200 p-4" open={campaign.phases.length === 0}>
              <summary className="cursor-pointer font-semibold text-brand-800">{k.phases.add}</summary>
              <div className="mt-4">
                <ClientMessages paths={CAMPAIGN_FORM_MESSAGES}>
                  <PhaseForm action={addPhaseAction.bind(null, campaign.id)} values={newPhase} committees={options} />
                </ClientMessages>
              </div>
            </details>
          ) : null}
        </section>

        <section aria-labelledby="campaign-records" className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
          <h2 id="campaign-records" className="mb-3 text-lg font-semibold text-ink-900">
            {f.records}
          </h2>
          <ul className="grid gap-2 sm:grid-cols-2">
            {records.map(([label, count, path]) => (
              <li key={path}>
                <Link href={listHref(path, { phong_trao: campaign.id })} className="text-brand-800 hover:underline">
                  {label}: {format.number(count)}
                </Link>
              </li>
            ))}
          </ul>
        </section>

        <RecordHistory changes={history} labels={labels} />
        {campaign.canDelete ? (
          <section className="rounded-lg border border-danger-700/30 bg-white p-5 shadow-sm sm:p-6">
            <ClientMessages paths={RECORD_FORM_MESSAGES}>
              <DeleteRecordForm action={deleteRecordAction.bind(null, "campaign", campaign.id)} version={campaign.version} />
            </ClientMessages>
          </section>
        ) : null}
      </div>
    </WorkspacePage>
  );
}
