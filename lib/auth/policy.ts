// Who may do what: the one table of the portal's authorization rules.
// Data functions call `can` with the resource's committee and how it stands
// to the viewer's over time (lib/data/scope.ts reads that from SQL);
// pages, proxy and layouts only mirror it for convenience.

export type Role = "ADMIN" | "LEADER" | "STAFF" | "EDITOR";

export type Viewer = {
  id: string;
  email: string;
  name: string;
  role: Role;
  committeeId: string | null;
};

export type Action = "read" | "create" | "update" | "delete" | "setTarget" | "approve" | "publish" | "administer" | "export";

export type ResourceType =
  | "record" // activities, conferences, houses, agreements, models… and the committee profile
  | "household" // a house's household (name, category, address): personal data; `update` corrects or erases it, `export` puts it in a download
  | "housingProgramme" // the housing programmes houses are built under: admins keep the list
  | "partner" // organisations a committee works with (MTTQ, unions, armed forces…): undated, kept by one committee
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
  /**
   * How that committee stands to the viewer's, over time. The data layer
   * reads it from SQL (committee_reach, the walk behind the scope function);
   * without it, only "own" (same id) or "other" is known.
   */
  relation?: Relation;
  /** The last day of the resource's committee, if it ended. */
  committeeEndedOn?: Date | null;
  /** The date of the record (a successor acts for its predecessor only before the predecessor's end). */
  on?: Date;
  /** For articles: published ones are public. */
  published?: boolean;
};

/**
 * How the resource's committee stands to the viewer's:
 * - own, child, descendant: the viewer's committee and its subtree today
 *   (on its last day, if it ended);
 * - primaryPredecessor: a committee the viewer's succeeds as primary
 *   successor, transitively: it carries its history and acts for it;
 * - formerDescendant: within a primary predecessor's subtree as it was, or a
 *   primary predecessor of a committee of the subtree;
 * - nonPrimaryPredecessor: a committee the viewer's (or one of its subtree)
 *   succeeds without being the primary successor: its own records only;
 * - successor: a committee that succeeds the viewer's (an account left on
 *   an ended committee: it reads nothing there);
 * - other: anything else.
 */
export type Relation = "own" | "child" | "descendant" | "primaryPredecessor" | "formerDescendant" | "nonPrimaryPredecessor" | "successor" | "other";

export const RELATIONS: readonly Relation[] = ["own", "child", "descendant", "primaryPredecessor", "formerDescendant", "nonPrimaryPredecessor", "successor", "other"];

export function relationOf(viewer: Pick<Viewer, "committeeId">, resource: Pick<Resource, "committeeId" | "relation">): Relation {
  if (!viewer.committeeId || !resource.committeeId) return "other";
  if (resource.committeeId === viewer.committeeId) return "own";
  return resource.relation ?? "other";
}

/** Every committee readable_committee_ids returns: the subtree today and the history behind it. */
const LINEAGE: readonly Relation[] = ["own", "child", "descendant", "primaryPredecessor", "formerDescendant", "nonPrimaryPredecessor"];
const OWN: readonly Relation[] = ["own"];
const OWN_AND_CHILDREN: readonly Relation[] = ["own", "child"];
/** The viewer's committee and the ended ones it acts for (records dated before their end). */
const ACTS_FOR: readonly Relation[] = ["own", "primaryPredecessor"];
/** The tree itself (names, places, dates) is public knowledge. */
const EVERY: readonly Relation[] = RELATIONS;

type Rules = Partial<Record<ResourceType, Partial<Record<Action, readonly Relation[]>>>>;

// ADMIN is allowed everything and is not listed.
const RULES: Record<Exclude<Role, "ADMIN">, Rules> = {
  STAFF: {
    record: { read: LINEAGE, create: ACTS_FOR, update: ACTS_FOR, delete: OWN },
    // Staff enter the household with a new house; correcting, erasing and exporting it is for leaders.
    household: { read: LINEAGE },
    partner: { read: LINEAGE, create: OWN, update: OWN },
    target: { read: LINEAGE },
    report: { read: LINEAGE, create: ACTS_FOR, update: ACTS_FOR },
    committeeTree: { read: EVERY },
  },
  LEADER: {
    record: { read: LINEAGE, create: ACTS_FOR, update: ACTS_FOR, delete: OWN },
    household: { read: LINEAGE, update: ACTS_FOR, export: LINEAGE },
    // Merging duplicates deletes one partner: the committee's leaders decide.
    partner: { read: LINEAGE, create: OWN, update: OWN, delete: OWN },
    target: { read: LINEAGE, setTarget: OWN_AND_CHILDREN },
    report: { read: LINEAGE, create: ACTS_FOR, update: ACTS_FOR, approve: [...OWN_AND_CHILDREN, "primaryPredecessor"] },
    committeeTree: { read: EVERY },
  },
  EDITOR: {
    article: { read: OWN, create: OWN, update: OWN, delete: OWN, publish: OWN },
    committeeTree: { read: EVERY },
  },
};

/**
 * Acting for an ended predecessor covers only what is dated before its end:
 * from its last day on, the successor records under its own name.
 */
function withinPredecessorLife(action: Action, relation: Relation, resource: Resource): boolean {
  if (relation !== "primaryPredecessor" || action === "read") return true;
  return resource.on !== undefined && resource.committeeEndedOn != null && resource.on.getTime() <= resource.committeeEndedOn.getTime();
}

export function can(viewer: Viewer | null, action: Action, resource: Resource): boolean {
  if (resource.type === "article" && action === "read" && resource.published) return true;
  if (!viewer) return false;
  if (viewer.role === "ADMIN") return true;
  const allowed = RULES[viewer.role][resource.type]?.[action];
  if (!allowed) return false;
  const relation = relationOf(viewer, resource);
  return allowed.includes(relation) && withinPredecessorLife(action, relation, resource);
}

/**
 * How far the viewer's reads of a resource type reach, from the same table:
 * every committee (admin), their committee's lineage (its subtree today and
 * its history: readable_committee_ids in SQL), their own, or none. Data
 * functions turn it into a `where` on committee ids (lib/data/scope.ts).
 */
export type ReadReach = "all" | "lineage" | "own" | "none";

export function readReach(viewer: Viewer, type: ResourceType): ReadReach {
  if (viewer.role === "ADMIN") return "all";
  if (!viewer.committeeId) return "none";
  const allowed = RULES[viewer.role][type]?.read ?? [];
  if (allowed.includes("other")) return "all";
  if (LINEAGE.every((relation) => allowed.includes(relation))) return "lineage";
  if (allowed.some((relation) => relation !== "own" && LINEAGE.includes(relation))) {
    // The SQL scope knows two shapes only: keep the table within them.
    throw new Error(`The reads of ${type} by ${viewer.role} cover part of a lineage: give them all of it, or only "own"`);
  }
  return allowed.includes("own") ? "own" : "none";
}
