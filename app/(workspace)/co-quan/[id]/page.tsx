import type { Metadata } from "next";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { formatDate } from "@/lib/format";
import { getMessages } from "@/lib/i18n/server";
import { loadCommitteeProfile } from "./load-profile";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

const load = loadCommitteeProfile;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await load((await params).id)).name };
}

export default async function CommitteePage({ params, searchParams }: Props) {
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const [profile, m] = await Promise.all([load(id), getMessages()]);
  const c = m.committee;
  const rows: [string, string | null][] = [
    [c.fields.shortName, profile.shortName],
    [c.fields.level, c.levels[profile.level]],
    [c.fields.parent, profile.parent?.name ?? null],
    [c.fields.address, profile.address],
    [c.fields.phone, profile.phone],
    [m.auth.email, profile.email],
    [c.fields.headName, profile.headName],
    [c.fields.headTitle, profile.headTitle],
    [c.fields.validity, profile.validTo ? `${formatDate(profile.validFrom)} – ${formatDate(profile.validTo)}` : `${c.since} ${formatDate(profile.validFrom)}`],
  ];

  return (
    <WorkspacePage
      title={profile.name}
      lead={profile.locality}
      actions={profile.canEdit ? <ButtonLink href={`/co-quan/${profile.id}/sua`}>{c.edit}</ButtonLink> : null}
    >
      {saved ? (
        <Alert tone="success" className="mb-4">
          {c.saved}
        </Alert>
      ) : null}
      <dl className="divide-y divide-ink-100 rounded-lg border border-ink-200 bg-white shadow-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="grid gap-1 px-4 py-3 sm:grid-cols-3 sm:gap-4">
            <dt className="text-sm font-medium text-ink-600">{label}</dt>
            <dd className="text-sm text-ink-900 sm:col-span-2">{value ?? <span className="text-ink-400">{c.empty}</span>}</dd>
          </div>
        ))}
      </dl>
    </WorkspacePage>
  );
}
