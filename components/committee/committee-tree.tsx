import Link from "next/link";
import type { TreeNode } from "@/lib/data/committee-history";

/**
 * The committee tree as nested lists: on a phone each level indents a
 * little, names wrap; readable committees link to their profiles.
 */
export function CommitteeTree({ nodes, label, childCount }: { nodes: TreeNode[]; label?: string; childCount: (count: number) => string }) {
  return (
    <ul aria-label={label} className={label ? "space-y-1" : "mt-1 space-y-1 border-l border-ink-200 pl-3 sm:pl-5"}>
      {nodes.map((node) => (
        <li key={node.id} data-committee={node.id}>
          <div className="flex flex-wrap items-baseline gap-x-2 py-1">
            {node.readable ? (
              <Link href={`/co-quan/${node.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
                {node.name}
              </Link>
            ) : (
              <span className="font-medium text-ink-900">{node.name}</span>
            )}
            {node.children.length > 0 ? <span className="text-xs text-ink-500">{childCount(node.children.length)}</span> : null}
          </div>
          {node.children.length > 0 ? <CommitteeTree nodes={node.children} childCount={childCount} /> : null}
        </li>
      ))}
    </ul>
  );
}
