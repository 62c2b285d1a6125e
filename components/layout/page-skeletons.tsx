import { DataTableSkeleton } from "@/components/ui/data-table";
import { Skeleton } from "@/components/ui/skeleton";

// The shapes of workspace pages while they load (loading.tsx): the same
// frame as WorkspacePage, grey blocks where content goes. `label` is read by
// screen readers. Only read-only pages stream: a streamed part stays hidden
// without JavaScript, and forms must work without it, so form pages (edit,
// new, password) render whole.

function Frame({ label, actions = false, children }: { label: string; actions?: boolean; children: React.ReactNode }) {
  return (
    <div role="status" aria-busy="true" className="mx-auto w-full max-w-5xl px-4 py-6 sm:px-6 lg:py-8">
      <span className="sr-only">{label}</span>
      <div className="mb-6 flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0 flex-1">
          <Skeleton className="h-7 w-64 max-w-full" />
          <Skeleton className="mt-2 h-4 w-96 max-w-full" />
        </div>
        {actions ? <Skeleton className="h-10 w-36" /> : null}
      </div>
      {children}
    </div>
  );
}

/** A list: filters, the count and downloads, the table, the pagination. */
export function ListPageSkeleton({ label, columns, filters = 3 }: { label: string; columns: number; filters?: number }) {
  return (
    <Frame label={label} actions>
      <div className="mb-4 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {Array.from({ length: filters }, (_, i) => (
          <div key={i} className="flex flex-col gap-1">
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-10 w-full" />
          </div>
        ))}
      </div>
      <div className="mb-3 flex justify-between gap-3">
        <Skeleton className="h-5 w-28" />
        <Skeleton className="h-8 w-52" />
      </div>
      <DataTableSkeleton columns={columns} />
    </Frame>
  );
}

/** Key figures: a grid of cards. */
export function FiguresSkeleton({ cards = 4 }: { cards?: number }) {
  return (
    <div aria-hidden="true" className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {Array.from({ length: cards }, (_, i) => (
        <div key={i} className="rounded-lg border border-ink-200 bg-white p-4 shadow-sm">
          <Skeleton className="h-4 w-24" />
          <Skeleton className="mt-2 h-7 w-32" />
          <Skeleton className="mt-2 h-4 w-28" />
        </div>
      ))}
    </div>
  );
}

export function DashboardSkeleton({ label }: { label: string }) {
  return (
    <Frame label={label} actions>
      <FiguresSkeleton />
    </Frame>
  );
}
