import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Badge } from "@/components/ui/badge";
import { ButtonLink, Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { requireViewer } from "@/lib/auth/viewer";
import { orNotFound } from "@/lib/data/not-found";
import { listUsers } from "@/lib/data/users";
import { getMessages } from "next-intl/server";
import { filterText } from "@/lib/validation/fields";
import { ROLES } from "@/lib/validation/user";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).nav.users };
}

const PAGE_SIZE = 20;
const searchSchema = z.object({
  q: filterText(100),
  vai_tro: z.enum(ROLES).optional().catch(undefined),
  trang: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = searchSchema.parse(await searchParams);
  const viewer = await requireViewer();
  const [m, { items, total }] = await Promise.all([
    getMessages(),
    orNotFound(listUsers(viewer, { q: params.q || undefined, role: params.vai_tro, page: params.trang, pageSize: PAGE_SIZE })),
  ]);
  const a = m.admin;
  const hrefFor = (page: number) => {
    const query = new URLSearchParams({ ...(params.q ? { q: params.q } : {}), ...(params.vai_tro ? { vai_tro: params.vai_tro } : {}), trang: String(page) });
    return `/quan-tri/nguoi-dung?${query}`;
  };

  return (
    <WorkspacePage title={m.nav.users} lead={a.usersLead} actions={<ButtonLink href="/quan-tri/nguoi-dung/moi">{a.newUser}</ButtonLink>}>
      <form className="mb-4 flex flex-wrap items-end gap-3" role="search">
        <label className="flex min-w-48 flex-1 flex-col gap-1 text-sm font-semibold text-ink-800">
          {a.search}
          <Input name="q" defaultValue={params.q ?? ""} />
        </label>
        <label className="flex flex-col gap-1 text-sm font-semibold text-ink-800">
          {m.workspace.role}
          <Select name="vai_tro" defaultValue={params.vai_tro ?? ""}>
            <option value="">{a.allRoles}</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {m.workspace.roles[role]}
              </option>
            ))}
          </Select>
        </label>
        <Button type="submit" variant="secondary">
          {m.common.filter}
        </Button>
      </form>
      <div className="overflow-x-auto rounded-lg border border-ink-200 bg-white shadow-sm">
        <table className="w-full text-left text-sm">
          <thead className="bg-ink-50 text-ink-600">
            <tr>
              <th scope="col" className="px-4 py-2 font-semibold">{a.fields.name}</th>
              <th scope="col" className="px-4 py-2 font-semibold">{m.workspace.role}</th>
              <th scope="col" className="hidden px-4 py-2 font-semibold md:table-cell">{m.news.committee}</th>
              <th scope="col" className="hidden px-4 py-2 font-semibold sm:table-cell">{a.fields.status}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-ink-100">
            {items.map((user) => (
              <tr key={user.id}>
                <td className="px-4 py-2">
                  <Link href={`/quan-tri/nguoi-dung/${user.id}`} className="font-semibold text-brand-800 hover:underline">
                    {user.name}
                  </Link>
                  <div className="break-all text-ink-600">{user.email}</div>
                  {user.disabledAt ? <Badge tone="danger" className="mt-1 sm:hidden">{a.disabled}</Badge> : null}
                </td>
                <td className="px-4 py-2">{m.workspace.roles[user.role]}</td>
                <td className="hidden px-4 py-2 md:table-cell">{user.committee?.name}</td>
                <td className="hidden px-4 py-2 sm:table-cell">{user.disabledAt ? <Badge tone="danger">{a.disabled}</Badge> : <Badge tone="success">{a.active}</Badge>}</td>
              </tr>
            ))}
            {items.length === 0 ? (
              <tr>
                <td colSpan={4} className="px-4 py-6 text-center text-ink-600">{a.noUsers}</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>
      <Pagination page={params.trang} pageCount={Math.max(1, Math.ceil(total / PAGE_SIZE))} hrefFor={hrefFor} className="mt-4" />
    </WorkspacePage>
  );
}
