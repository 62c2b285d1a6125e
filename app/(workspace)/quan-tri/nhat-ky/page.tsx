import type { Metadata } from "next";
import { z } from "zod";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { requireViewer } from "@/lib/auth/viewer";
import { AUDIT_ACTIONS, AUDIT_ENTITIES, type AuditAction, type AuditEntity } from "@/lib/data/audit";
import { listAuditEvents } from "@/lib/data/audit-log";
import { orNotFound } from "@/lib/data/not-found";
import { formatDateTime } from "@/lib/format";
import { getMessages } from "next-intl/server";
import { filterText } from "@/lib/validation/fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).nav.audit };
}

const PAGE_SIZE = 50;
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined);
const searchSchema = z.object({
  nguoi: filterText(120),
  hanh_dong: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  doi_tuong: z.enum(AUDIT_ENTITIES).optional().catch(undefined),
  tu: day,
  den: day,
  trang: z.coerce.number().int().min(1).max(100_000).catch(1).default(1),
});

/** A dd/MM/yyyy day in Vietnam's time zone, as the instant it starts. */
function startOfDay(value: string | undefined, plusDays = 0): Date | undefined {
  if (!value) return undefined;
  const date = new Date(`${value}T00:00:00+07:00`);
  if (Number.isNaN(date.getTime())) return undefined;
  date.setUTCDate(date.getUTCDate() + plusDays);
  return date;
}

function Change({ before, after }: { before: unknown; after: unknown }) {
  if (before == null && after == null) return null;
  return (
    <details className="text-xs">
      <summary className="cursor-pointer text-brand-800">…</summary>
      <pre className="mt-1 max-w-md overflow-x-auto rounded bg-ink-50 p-2 whitespace-pre-wrap">{JSON.stringify({ before, after }, null, 1)}</pre>
    </details>
  );
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = searchSchema.parse(await searchParams);
  const viewer = await requireViewer();
  const [m, log] = await Promise.all([
    getMessages(),
    orNotFound(
      listAuditEvents(viewer, {
        actor: params.nguoi || undefined,
        action: params.hanh_dong,
        entity: params.doi_tuong,
        from: startOfDay(params.tu),
        to: startOfDay(params.den, 1),
        page: params.trang,
        pageSize: PAGE_SIZE,
      }),
    ),
  ]);
  const t = m.audit;
  const hrefFor = (page: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value && key !== "trang") query.set(key, String(value));
    query.set("trang", String(page));
    return `/quan-tri/nhat-ky?${query}`;
  };
  // Action and record names already in the catalog are reused, not repeated.
  const actionLabels: Record<AuditAction, string> = {
    ...t.actions,
    sign_in: m.nav.signIn,
    sign_out: m.nav.signOut,
    change_password: m.nav.account,
    reset_password: m.admin.resetPassword,
    disable: m.admin.disable,
    enable: m.admin.enable,
  };
  const entityLabels: Record<AuditEntity, string> = { user: t.userEntity, committee: m.news.committee };
  // Rows written before a name joined the vocabulary show it as stored.
  const label = (map: Record<string, string>, key: string) => map[key] ?? key;

  return (
    <WorkspacePage title={m.nav.audit} lead={t.lead}>
      <form className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-6 lg:items-end" role="search">
        <label className="flex flex-col gap-1 text-sm font-semibold text-ink-800 lg:col-span-2">
          {t.actor}
          <Input name="nguoi" type="search" defaultValue={params.nguoi ?? ""} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold text-ink-800">
          {t.action}
          <Select name="hanh_dong" defaultValue={params.hanh_dong ?? ""}>
            <option value="">{t.all}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>{label(actionLabels, a)}</option>
            ))}
          </Select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold text-ink-800">
          {t.entity}
          <Select name="doi_tuong" defaultValue={params.doi_tuong ?? ""}>
            <option value="">{t.all}</option>
            {AUDIT_ENTITIES.map((e) => (
              <option key={e} value={e}>{label(entityLabels, e)}</option>
            ))}
          </Select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold text-ink-800">
          {t.from}
          <Input name="tu" type="date" defaultValue={params.tu ?? ""} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold text-ink-800">
          {t.to}
          <Input name="den" type="date" defaultValue={params.den ?? ""} />
        </label>
        <div className="lg:col-span-6">
          <Button type="submit" variant="secondary">{m.common.filter}</Button>
        </div>
      </form>
      <div className="overflow-x-auto rounded-lg border border-ink-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <thead className="bg-ink-50 text-ink-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-semibold">{t.at}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t.actor}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t.action}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t.entity}</th>
              <th scope="col" className="px-3 py-2 font-semibold">{t.change}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-ink-100">
            {log.items.map((event) => (
              <tr key={event.id} className="align-top">
                <td className="px-3 py-2 whitespace-nowrap tabular-nums">{formatDateTime(event.at)}</td>
                <td className="px-3 py-2">
                  {event.actorEmail ?? <span className="text-ink-500">{t.anonymous}</span>}
                  {event.ip ? <div className="text-xs text-ink-500">{event.ip}</div> : null}
                </td>
                <td className="px-3 py-2">{label(actionLabels, event.action)}</td>
                <td className="px-3 py-2">
                  {label(entityLabels, event.entity)}
                  {event.entityId ? <div className="text-xs break-all text-ink-500">{event.entityId}</div> : null}
                </td>
                <td className="px-3 py-2"><Change before={event.before} after={event.after} /></td>
              </tr>
            ))}
            {log.items.length === 0 ? (
              <tr><td colSpan={5} className="px-3 py-6 text-center text-ink-600">{t.empty}</td></tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <Pagination page={params.trang} pageCount={Math.max(1, Math.ceil(log.total / PAGE_SIZE))} hrefFor={hrefFor} className="mt-4" />
    </WorkspacePage>
  );
}
