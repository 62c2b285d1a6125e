import type { Metadata } from "next";
import { getMessages } from "next-intl/server";
import { PARTNER_FORM_MESSAGES } from "@/components/partners/partner-form-messages";
import { MergePartnerForm } from "@/components/partners/partner-forms";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { mergePartnerAction } from "@/lib/actions/partners";
import { requireViewer } from "@/lib/auth/viewer";
import { listMergeCandidates } from "@/lib/data/partners";
import { ClientMessages } from "@/lib/i18n/server";
import { partnerNoticeParams } from "@/lib/validation/partner";
import { loadPartner } from "./load-partner";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await loadPartner((await params).id)).name };
}

export default async function PartnerPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ id }, notice] = await Promise.all([params, searchParams.then((raw) => partnerNoticeParams.parse(raw))]);
  const viewer = await requireViewer();
  const [partner, m] = await Promise.all([loadPartner(id), getMessages()]);
  const candidates = partner.canMerge ? await listMergeCandidates(viewer, partner.id) : [];
  const p = m.partners;
  const f = m.committee.fields;
  const details: [string, string | null][] = [
    [f.shortName, partner.shortName],
    [p.fields.kind, p.kinds[partner.kind]],
    [p.fields.committee, partner.committee.name],
    [f.level, m.committee.levels[partner.committee.level]],
    [f.address, partner.address],
    [f.phone, partner.phone],
    [m.auth.email, partner.email],
  ];
  return (
    <WorkspacePage title={partner.name} lead={p.kinds[partner.kind]} actions={partner.canUpdate ? <ButtonLink href={`/doi-tac/${partner.id}/sua`}>{p.edit}</ButtonLink> : null}>
      {notice.saved || notice.merged ? (
        <Alert tone="success" className="mb-4">
          {notice.merged ? p.merge.merged : p.saved}
        </Alert>
      ) : null}
      <div className="grid max-w-3xl gap-6">
        <section className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
            {details.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-sm font-semibold text-ink-700">{label}</dt>
                <dd className="text-ink-900">{value ?? <span className="text-ink-500">{m.committee.empty}</span>}</dd>
              </div>
            ))}
          </dl>
        </section>
        {partner.canMerge ? (
          <section className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
            <h2 className="mb-4 text-lg font-semibold text-ink-900">{p.merge.title}</h2>
            <ClientMessages paths={PARTNER_FORM_MESSAGES}>
              <MergePartnerForm action={mergePartnerAction.bind(null, partner.id)} candidates={candidates} version={partner.version} />
            </ClientMessages>
          </section>
        ) : null}
      </div>
    </WorkspacePage>
  );
}
