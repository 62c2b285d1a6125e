import { getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import type { Viewer } from "@/lib/auth/policy";
import { countCommentsAwaitingModeration } from "@/lib/data/comments";
import { countArticlesInReview } from "@/lib/data/newsroom";
import { reportTodos } from "@/lib/data/report-todos";
import { getFormat } from "@/lib/i18n/server";
import { formatPeriodCode, periodLabelValues } from "@/lib/periods";
import { ARTICLES_IN_REVIEW_PATH, COMMENT_MODERATION_PATH } from "@/lib/records/paths";

/** The workspace home's to-do list: reports (overdue first), the articles waiting for review and the readers' comments waiting for moderation; nothing shown when there is nothing to do. */
export async function ReportTodoList({ viewer }: { viewer: Viewer }) {
  const [todos, inReview, commentsWaiting, m, format, tPeriods, tNewsroom, tComments] = await Promise.all([
    reportTodos(viewer),
    countArticlesInReview(viewer),
    countCommentsAwaitingModeration(viewer),
    getMessages(),
    getFormat(),
    getTranslations("periods"),
    getTranslations("newsroom"),
    getTranslations("comments"),
  ]);
  if (todos.length === 0 && inReview === 0 && commentsWaiting === 0) return null;
  const t = m.todo;
  return (
    <section aria-labelledby="todo-heading" className="mb-6 rounded-lg border border-ink-200 bg-white p-4 shadow-sm print:hidden">
      <h2 id="todo-heading" className="mb-3 text-lg font-semibold text-ink-900">
        {t.title}
      </h2>
      <ul className="divide-y divide-ink-100">
        {todos.map((todo) => {
          const period = todo.code.kind === "PHASE" ? formatPeriodCode(todo.code) : tPeriods("label", periodLabelValues(todo.code.kind, todo.code.year, todo.code.sequence));
          return (
            <li key={`${todo.kind}:${todo.href}`} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <Link href={todo.href} className="font-medium text-brand-700 underline">
                {t.kinds[todo.kind]} · {period}
              </Link>
              <span className="flex items-center gap-2 text-ink-600">
                {todo.committeeName}
                {todo.deadline ? <span>· {t.deadline.replace("{date}", format.date(todo.deadline))}</span> : null}
                {todo.overdue ? <Badge tone="danger">{t.overdue}</Badge> : null}
              </span>
            </li>
          );
        })}
        {inReview > 0 ? (
          <li className="py-2 text-sm">
            <Link href={ARTICLES_IN_REVIEW_PATH} className="font-medium text-brand-700 underline">
              {tNewsroom("inReview", { count: inReview })}
            </Link>
          </li>
        ) : null}
        {commentsWaiting > 0 ? (
          <li className="py-2 text-sm">
            <Link href={COMMENT_MODERATION_PATH} className="font-medium text-brand-700 underline">
              {tComments("waiting", { count: commentsWaiting })}
            </Link>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
