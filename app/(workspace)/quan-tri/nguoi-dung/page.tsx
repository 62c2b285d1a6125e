import type { Metadata } from "next";
import type { Messages } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Suspense } from "react";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { DataTable, DataTableSkeleton, type DataTableColumn } from "@/components/ui/data-table";
import { Input, Select } from "@/components/ui/field";
import { KeysetPagination } from "@/components/ui/keyset-pagination";
import { FilterField, ListFilters } from "@/components/ui/list-filters";
import { ListToolbar } from "@/components/ui/list-toolbar";
import { requireViewer } from "@/lib/auth/viewer";
import { orNotFound } from "@/lib/data/not-found";
import { listUsers, type UserRow } from "@/lib/data/user-list";
import { getFormat } from "@/lib/i18n/server";
import { countText, downloadHrefs, pageStatus, paginationLinks, sortHrefFor } from "@/lib/lists/list-url";
import { parseSort } from "@/lib/validation/list";
import { assignableRoles, type Role } from "@/lib/auth/policy";
import { USER_SORTS, USER_STATUSES, userListSchema, type UserListParams } from "@/lib/validation/user-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getMessages()).nav.users };
}

const PATH = "/quan-tri/nguoi-dung";
const DEFAULT_SORT = "ten";

export default async function UsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = userListSchema.parse(await searchParams);
  // Admins see every role; a province's leaders the roles they may give.
  const roles = assignableRoles(await requireViewer());
  const m = await getMessages();
  const a = m.admin;
  const statusLabels = { hoat_dong: a.active, da_khoa: a.disabled } as const;
  return (
    <WorkspacePage title={m.nav.users} lead={a.usersLead} actions={<ButtonLink href={`${PATH}/moi`}>{a.newUser}</ButtonLink>}>
      <ListFilters keep={params.sap_xep === DEFAULT_SORT ? {} : { sap_xep: params.sap_xep }} submitLabel={m.common.filter} clearLabel={m.list.clearFilters} clearHref={PATH}>
        <FilterField label={a.search} className="lg:col-span-2">
          <Input name="q" type="search" defaultValue={params.q ?? ""} />
        </FilterField>
        <FilterField label={m.workspace.role}>
          <Select name="vai_tro" defaultValue={params.vai_tro ?? ""}>
            <option value="">{a.allRoles}</option>
            {roles.map((role) => (
              <option key={role} value={role}>
                {m.workspace.roles[role]}
              </option>
            ))}
          </Select>
        </FilterField>
        <FilterField label={a.fields.status}>
          <Select name="trang_thai" defaultValue={params.trang_thai ?? ""}>
            <option value="">{a.allStatuses}</option>
            {USER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusLabels[status]}
              </option>
            ))}
          </Select>
        </FilterField>
      </ListFilters>
      <Suspense key={JSON.stringify(params)} fallback={<DataTableSkeleton columns={6} />}>
        <UsersTable params={params} m={m} roles={roles} />
      </Suspense>
    </WorkspacePage>
  );
}

async function UsersTable({ params, m, roles }: { params: UserListParams; m: Messages; roles: readonly Role[] }) {
  const viewer = await requireViewer();
  const [list, tList, tPagination, format] = await Promise.all([
    orNotFound(listUsers(viewer, params)),
    getTranslations("list"),
    getTranslations("pagination"),
    getFormat(),
  ]);
  const a = m.admin;
  const sort = parseSort(params.sap_xep, USER_SORTS);
  const countOf = (label: string, n: bigint) => tList("countOf", { label, count: Number(n) });
  const columns: DataTableColumn<UserRow>[] = [
    {
      key: "name",
      header: a.fields.name,
      sort: "ten",
      className: "min-w-44",
      cell: (user) => (
        <Link href={`${PATH}/${user.id}`} className="font-semibold text-brand-800 hover:underline">
          {user.name}
        </Link>
      ),
    },
    { key: "email", header: m.auth.email, sort: "email", className: "whitespace-nowrap", cell: (user) => user.email },
    { key: "role", header: m.workspace.role, cell: (user) => m.workspace.roles[user.role] },
    { key: "committee", header: m.news.committee, className: "min-w-52", cell: (user) => user.committeeName },
    {
      key: "status",
      header: a.fields.status,
      className: "whitespace-nowrap",
      cell: (user) => (user.disabledAt ? <Badge tone="danger">{a.disabled}</Badge> : <Badge tone="success">{a.active}</Badge>),
    },
    { key: "createdAt", header: a.createdAt, sort: "ngay_tao", className: "whitespace-nowrap tabular-nums", cell: (user) => format.date(user.createdAt) },
  ];
  return (
    <>
      <ListToolbar count={countText(list.count, tList)} downloads={downloadHrefs("/api/xuat/nguoi-dung", params, m.list)} />
      <DataTable
        caption={a.usersTable}
        columns={columns}
        rows={list.rows}
        rowKey={(user) => user.id}
        sort={{ slug: sort.slug, direction: sort.direction }}
        sortHref={sortHrefFor(PATH, params, DEFAULT_SORT)}
        empty={a.noUsers}
        labels={m.list}
        totals={{
          label: m.list.totals,
          cells: {
            name: (await getTranslations("admin"))("userCount", { count: Number(list.totals.users) }),
            role: (
              <ul className="whitespace-nowrap">
                {roles.map((role) => (
                  <li key={role}>{countOf(m.workspace.roles[role], list.totals[role])}</li>
                ))}
              </ul>
            ),
            status: (
              <ul className="whitespace-nowrap">
                <li>{countOf(a.active, list.totals.users - list.totals.disabled)}</li>
                <li>{countOf(a.disabled, list.totals.disabled)}</li>
              </ul>
            ),
          },
        }}
      />
      <KeysetPagination
        className="mt-4"
        links={paginationLinks(PATH, params, DEFAULT_SORT, list, list.pageCount)}
        status={pageStatus(list.page, list.pageCount, tPagination)}
        labels={m.pagination}
      />
    </>
  );
}

