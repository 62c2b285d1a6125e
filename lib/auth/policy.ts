// Who may do what: the one table of the portal's authorization rules.
// Data functions call `can` with the resource's committee and how it stands
// to the viewer's over time (lib/data/scope.ts reads that from SQL);
// pages, proxy and layouts only mirror it for convenience.

export type Role = "ADMIN" | "LEADER" | "STAFF" | "EDITOR";

export const ROLE_NAMES: readonly Role[] = ["ADMIN", "LEADER", "STAFF", "EDITOR"];

export type CommitteeLevel = "CENTRAL" | "PROVINCE" | "DISTRICT" | "COMMUNE";

export type Viewer = {
  id: string;
  email: string;
  name: string;
  role: Role;
  committeeId: string | null;
  /**
   * The level of the viewer's committee, read with the session. Unknown
   * (absent) counts as no level: rules that depend on it refuse.
   */
  committeeLevel?: CommitteeLevel | null;
};

export type Action = "read" | "create" | "update" | "delete" | "setTarget" | "approve" | "publish" | "moderate" | "administer" | "export";

export type ResourceType =
  | "record" // activities, conferences, houses, agreements, models… and the committee profile
  | "household" // a house's household (name, category, address): personal data; `update` corrects or erases it, `export` puts it in a download
  | "housingProgramme" // the housing programmes houses are built under: admins keep the list
  | "partner" // organisations a committee works with (MTTQ, unions, armed forces…): undated, kept by one committee
  | "target"
  | "report"
  | "article"
  | "articleComment" // readers' comments on an article, of the article's committee: `create` (anyone, on a published article), `moderate` (approve, reject, delete)
  | "user"
  | "committeeTree"
  | "indicator" // the indicator catalog: admins keep it
  | "reportingCalendar" // the reporting calendar, deadlines, overrides and holidays: admins keep them
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
  /** For articles: published ones are public (and open to readers' comments). */
  published?: boolean;
  /** For publishing articles: whether the article's committee lets its editors publish their own (committees.editors_publish). */
  editorsPublish?: boolean;
  /**
   * For user accounts: the account's role (for a create or a change of role,
   * the role it would get). Without it, only an admin may act on the account.
   */
  accountRole?: Role;
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
/** The viewer's committee and its subtree today: no history, no successor. */
export const SUBTREE: readonly Relation[] = ["own", "child", "descendant"];

/**
 * Accounts run by each province: the leaders of a committee at one of these
 * levels keep the accounts of its subtree today (create, disable, reset,
 * edit), never above or beside it, and never an admin's account or role.
 * Admins keep every account.
 */
export const ACCOUNT_KEEPING_LEVELS: readonly CommitteeLevel[] = ["PROVINCE"];
const KEEPER_ROLES: readonly Role[] = ["LEADER", "STAFF", "EDITOR"];

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
    // A leader reviews and publishes the committee's news (and may write it).
    article: { read: OWN, create: OWN, update: OWN, delete: OWN, publish: OWN },
    // Readers' comments: those who publish the committee's news moderate them, for its predecessors' news too.
    articleComment: { moderate: ACTS_FOR },
    // Only as keepers of accounts (ACCOUNT_KEEPING_LEVELS).
    user: { read: SUBTREE, create: SUBTREE, update: SUBTREE },
    committeeTree: { read: EVERY },
  },
  EDITOR: {
    // Publishing only where the committee lets its editors publish their own (mayPublishAsEditor).
    article: { read: OWN, create: OWN, update: OWN, delete: OWN, publish: OWN },
    // The committee's editors moderate readers' comments, whether or not they publish (mayPublishAsEditor does not apply).
    articleComment: { moderate: ACTS_FOR },
    // Editors write news from the committee's records ("viết tin từ hồ sơ"), never seeing households: no household rule.
    record: { read: LINEAGE },
    committeeTree: { read: EVERY },
  },
};

/**
 * Acting for an ended predecessor covers only what is dated before its end:
 * from its last day on, the successor records under its own name.
 */
function withinPredecessorLife(action: Action, relation: Relation, resource: Resource): boolean {
  if (relation !== "primaryPredecessor" || action === "read") return true;
  // Readers comment on a predecessor's news after it ended: its primary successor moderates them whenever they come.
  if (resource.type === "articleComment") return true;
  return resource.on !== undefined && resource.committeeEndedOn != null && resource.on.getTime() <= resource.committeeEndedOn.getTime();
}

/** Whether the viewer keeps accounts at all: admins, and the leaders of a committee at an account-keeping level. */
export function keepsAccounts(viewer: Viewer): boolean {
  if (viewer.role === "ADMIN") return true;
  return RULES[viewer.role].user !== undefined && viewer.committeeLevel != null && ACCOUNT_KEEPING_LEVELS.includes(viewer.committeeLevel);
}

/** The roles a viewer may see on accounts and give them: every role for admins, all but admin for other keepers. */
export function assignableRoles(viewer: Viewer): readonly Role[] {
  if (viewer.role === "ADMIN") return ROLE_NAMES;
  return keepsAccounts(viewer) ? KEEPER_ROLES : [];
}

/** Accounts: only a keeper, and only on accounts whose role they may give. */
function mayKeepAccount(viewer: Viewer, resource: Resource): boolean {
  if (resource.type !== "user") return true;
  return resource.accountRole !== undefined && assignableRoles(viewer).includes(resource.accountRole);
}

/** An editor publishes only in a committee that lets its editors publish their own; leaders and admins always may. */
function mayPublishAsEditor(viewer: Viewer, action: Action, resource: Resource): boolean {
  if (resource.type !== "article" || action !== "publish" || viewer.role !== "EDITOR") return true;
  return resource.editorsPublish === true;
}

export function can(viewer: Viewer | null, action: Action, resource: Resource): boolean {
  if (resource.type === "article" && action === "read" && resource.published) return true;
  // Anyone may comment on a published article, without an account; the comment waits for moderation.
  if (resource.type === "articleComment" && action === "create" && resource.published) return true;
  if (!viewer) return false;
  if (viewer.role === "ADMIN") return true;
  const allowed = RULES[viewer.role][resource.type]?.[action];
  if (!allowed) return false;
  const relation = relationOf(viewer, resource);
  return allowed.includes(relation) && withinPredecessorLife(action, relation, resource) && mayKeepAccount(viewer, resource) && mayPublishAsEditor(viewer, action, resource);
}

/**
 * The relations of a resource's committee to the viewer's under which the
 * table lets the viewer take `action` on `type`, for scopes written in SQL
 * (committee_reach): "all" for admins, none without a committee. Only for
 * rules that depend on the relation alone (articleComment's moderate).
 */
export function allowedRelations(viewer: Viewer, action: Action, type: ResourceType): "all" | readonly Relation[] {
  if (viewer.role === "ADMIN") return "all";
  if (!viewer.committeeId) return [];
  return RULES[viewer.role][type]?.[action] ?? [];
}

/**
 * How far the viewer's reads of a resource type reach, from the same table:
 * every committee (admin), their committee's lineage (its subtree today and
 * its history: readable_committee_ids in SQL), its subtree today only
 * (committee_reach's own, child and descendant), their own, or none. Data
 * functions turn it into a `where` on committee ids (lib/data/scope.ts).
 */
export type ReadReach = "all" | "lineage" | "subtree" | "own" | "none";

export function readReach(viewer: Viewer, type: ResourceType): ReadReach {
  if (viewer.role === "ADMIN") return "all";
  if (!viewer.committeeId) return "none";
  if (type === "user" && !keepsAccounts(viewer)) return "none";
  const allowed = RULES[viewer.role][type]?.read ?? [];
  if (allowed.includes("other")) return "all";
  if (LINEAGE.every((relation) => allowed.includes(relation))) return "lineage";
  if (SUBTREE.every((relation) => allowed.includes(relation)) && allowed.every((relation) => SUBTREE.includes(relation))) return "subtree";
  if (allowed.some((relation) => relation !== "own" && LINEAGE.includes(relation))) {
    // The SQL scope knows these shapes only: keep the table within them.
    throw new Error(`The reads of ${type} by ${viewer.role} cover part of a lineage: give them all of it, the subtree, or only "own"`);
  }
  return allowed.includes("own") ? "own" : "none";
}
