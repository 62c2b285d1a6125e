import type { Metadata } from "next";
import Link from "next/link";
import { getMessages, getTranslations } from "next-intl/server";
import { z } from "zod";
import { ConfirmUserMovesForm } from "@/components/admin/user-moves-form";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { DataTable, type DataTableColumn } from "@/components/ui/data-table";
import { confirmUserMovesAction } from "@/lib/actions/committee-tree";
import { requireViewer } from "@/lib/auth/viewer";
import { orNotFound } from "@/lib/data/not-found";
import { listPendingUserMoves, type PendingUserMove } from "@/lib/data/user-moves";
import { formatDate } from "@/lib/format";
import { ClientMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts.moves"))("title") };
}

const noticeParams = z.object({ da_chuyen: z.coerce.number().int().min(0).max(10_000).optional().catch(undefined) });

export default async function UserMovesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { da_chuyen: moved } = noticeParams.parse(await searchParams);
  const viewer = await requireViewer();
  const [moves, t, m] = await Promise.all([orNotFound(listPendingUserMoves(viewer)), getTranslations("accounts.moves"), getMessages()]);
  const movable = moves.filter((move) => move.toId !== null).map((move) => ({ id: move.userId, version: move.version }));
  const columns: DataTableColumn<PendingUserMove>[] = [
    {
      key: "user",
      header: m.admin.fields.name,
      className: "min-w-44",
      cell: (move) => (
        <>
          <Link href={`/quan-tri/nguoi-dung/${move.userId}`} className="font-semibold text-brand-800 hover:underline">
            {move.name}
          </Link>
          <div className="text-xs text-ink-600">{move.email}</div>
          {move.disabled ? <Badge tone="danger">{m.admin.disabled}</Badge> : null}
        </>
      ),
    },
    {
      key: "from",
      header: t("from"),
      className: "min-w-52",
      cell: (move) => (
        <>
          <Link href={`/co-quan/${move.fromId}`} className="text-brand-800 hover:underline">
            {move.fromName}
          </Link>
          <div className="text-xs text-ink-600">{t("endedOn", { date: formatDate(move.endedOn) })}</div>
        </>
      ),
    },
    {
      key: "to",
      header: t("to"),
      className: "min-w-52",
      cell: (move) =>
        move.toId ? (
          <Link href={`/co-quan/${move.toId}`} className="text-brand-800 hover:underline">
            {move.toName}
          </Link>
        ) : (
          <span className="text-sm text-warning-700">{t("noSuccessor")}</span>
        ),
    },
  ];
  return (
    <WorkspacePage title={t("title")} lead={t("lead")}>
      {moved !== undefined ? (
        <Alert tone="success" className="mb-4">
          {t("done", { count: moved })}
        </Alert>
      ) : null}
      <DataTable caption={t("table")} columns={columns} rows={moves} rowKey={(move) => move.userId} empty={t("none")} labels={m.list} />
      {movable.length > 0 ? (
        <div className="mt-4">
          <ClientMessages paths={["accounts.moves.confirm", "common.submitting"]}>
            <ConfirmUserMovesForm action={confirmUserMovesAction} users={movable} />
          </ClientMessages>
        </div>
      ) : null}
    </WorkspacePage>
  );
}
