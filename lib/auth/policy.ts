// Who may do what: the one table of the portal's authorization rules.
// Data functions call `can` with the resource's committee and its ancestors;
// pages, proxy and layouts only mirror it for convenience.

export type Role = "ADMIN" | "LEADER" | "STAFF" | "EDITOR";

export type Viewer = {
  id: string;
  email: string;
  name: string;
  role: Role;
  committeeId: string | null;
};

export type Action = "read" | "create" | "update" | "delete" | "setTarget" | "approve" | "publish" | "administer";

export type ResourceType =
  | "record" // activities, conferences, houses, agreements, models… and the committee profile
  | "target"
  | "report"
  | "article"
  | "user"
  | "committeeTree"
  | "indicator"
  | "audit";

export type Resource = {
  type: ResourceType;
  /** The committee the resource belongs to. */
  committeeId: string | null;
  /** Ancestors of that committee, parent first (empty for a root). */
  ancestorIds?: readonly string[];
  /** For articles: published ones are public. */
  published?: boolean;
};

/** How the resource's committee stands to the viewer's. */
export type Relation = "own" | "child" | "descendant" | "other";

export function relationOf(viewer: Pick<Viewer, "committeeId">, resource: Pick<Resource, "committeeId" | "ancestorIds">): Relation {
  if (!viewer.committeeId || !resource.committeeId) return "other";
  if (resource.committeeId === viewer.committeeId) return "own";
  const ancestors = resource.ancestorIds ?? [];
  if (ancestors[0] === viewer.committeeId) return "child";
  if (ancestors.includes(viewer.committeeId)) return "descendant";
  return "other";
}

const SUBTREE: readonly Relation[] = ["own", "child", "descendant"];
const OWN: readonly Relation[] = ["own"];
const OWN_AND_CHILDREN: readonly Relation[] = ["own", "child"];

type Rules = Partial<Record<ResourceType, Partial<Record<Action, readonly Relation[]>>>>;

// ADMIN is allowed everything and is not listed.
const RULES: Record<Exclude<Role, "ADMIN">, Rules> = {
  STAFF: {
    record: { read: SUBTREE, create: OWN, update: OWN, delete: OWN },
    target: { read: SUBTREE },
    report: { read: SUBTREE, create: OWN, update: OWN },
  },
  LEADER: {
    record: { read: SUBTREE, create: OWN, update: OWN, delete: OWN },
    target: { read: SUBTREE, setTarget: OWN_AND_CHILDREN },
    report: { read: SUBTREE, create: OWN, update: OWN, approve: OWN_AND_CHILDREN },
  },
  EDITOR: {
    article: { read: OWN, create: OWN, update: OWN, delete: OWN, publish: OWN },
  },
};

export function can(viewer: Viewer | null, action: Action, resource: Resource): boolean {
  if (resource.type === "article" && action === "read" && resource.published) return true;
  if (!viewer) return false;
  if (viewer.role === "ADMIN") return true;
  const allowed = RULES[viewer.role][resource.type]?.[action];
  return allowed ? allowed.includes(relationOf(viewer, resource)) : false;
}

/**
 * How far the viewer's reads of a resource type reach, from the same table:
 * every committee, their committee's subtree, their own, or none. Data
 * functions turn it into a `where` on committee ids.
 */
export type ReadReach = "all" | "subtree" | "own" | "none";

export function readReach(viewer: Viewer, type: ResourceType): ReadReach {
  if (viewer.role === "ADMIN") return "all";
  if (!viewer.committeeId) return "none";
  const allowed = RULES[viewer.role][type]?.read ?? [];
  if (allowed.includes("descendant")) return "subtree";
  return allowed.includes("own") ? "own" : "none";
}
