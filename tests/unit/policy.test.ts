// can() for every role × action × resource type × relation of the resource's
// committee to the viewer's (own, child, descendant, primary and non-primary
// predecessor, former descendant, successor, other), against an expectation
// table written out by hand.
import { describe, expect, it } from "vitest";
import {
  allowedRelations,
  assignableRoles,
  can,
  keepsAccounts,
  readReach,
  relationOf,
  RELATIONS,
  type Action,
  type CommitteeLevel,
  type Relation,
  type Resource,
  type ResourceType,
  type Role,
  type Viewer,
} from "@/lib/auth/policy";

const ACTIONS: Action[] = ["read", "create", "update", "delete", "setTarget", "approve", "publish", "moderate", "administer", "export"];
const TYPES: ResourceType[] = ["record", "household", "housingProgramme", "partner", "target", "report", "article", "articleComment", "user", "committeeTree", "indicator", "reportingCalendar", "audit"];
// The viewer's committee is P. The data layer reads the relation from SQL
// (committee_reach); here it is given. A predecessor ended on 30/6/2025 and
// the records acted on are dated before that.
const ENDED_ON = new Date("2025-06-30T00:00:00Z");
const BEFORE_END = new Date("2024-05-01T00:00:00Z");
const AFTER_END = new Date("2025-07-01T00:00:00Z");
const committeeOf: Record<Relation, string> = {
  own: "P",
  child: "D",
  descendant: "C",
  primaryPredecessor: "OLD_P",
  formerDescendant: "OLD_D",
  nonPrimaryPredecessor: "OLD_Q",
  successor: "NEW_P",
  other: "X",
};
const resourceFor = (type: ResourceType, relation: Relation): Resource => ({
  type,
  committeeId: committeeOf[relation],
  relation,
  committeeEndedOn: ["primaryPredecessor", "formerDescendant", "nonPrimaryPredecessor"].includes(relation) ? ENDED_ON : null,
  on: BEFORE_END,
  // Accounts in the matrix are staff accounts; other roles are tested below.
  ...(type === "user" ? { accountRole: "STAFF" as const } : {}),
  // Articles in the matrix belong to committees whose editors publish their own; the other case is tested below.
  ...(type === "article" ? { editorsPublish: true } : {}),
});

const LINEAGE: Relation[] = ["own", "child", "descendant", "primaryPredecessor", "formerDescendant", "nonPrimaryPredecessor"];
const SUBTREE: Relation[] = ["own", "child", "descendant"];

// "action:type" → relations allowed. Anything not listed is refused.
const ALLOWED: Record<Exclude<Role, "ADMIN">, Record<string, Relation[]>> = {
  STAFF: {
    "read:record": LINEAGE,
    "create:record": ["own", "primaryPredecessor"],
    "update:record": ["own", "primaryPredecessor"],
    "delete:record": ["own"],
    "read:household": LINEAGE,
    "read:partner": LINEAGE,
    "create:partner": ["own"],
    "update:partner": ["own"],
    "read:target": LINEAGE,
    "read:report": LINEAGE,
    "create:report": ["own", "primaryPredecessor"],
    "update:report": ["own", "primaryPredecessor"],
    "read:committeeTree": [...RELATIONS],
  },
  LEADER: {
    "read:record": LINEAGE,
    "create:record": ["own", "primaryPredecessor"],
    "update:record": ["own", "primaryPredecessor"],
    "delete:record": ["own"],
    "read:household": LINEAGE,
    "update:household": ["own", "primaryPredecessor"],
    "export:household": LINEAGE,
    "read:partner": LINEAGE,
    "create:partner": ["own"],
    "update:partner": ["own"],
    "delete:partner": ["own"],
    "read:target": LINEAGE,
    "setTarget:target": ["own", "child"],
    "read:report": LINEAGE,
    "create:report": ["own", "primaryPredecessor"],
    "update:report": ["own", "primaryPredecessor"],
    "approve:report": ["own", "child", "primaryPredecessor"],
    // A province committee's leaders keep the accounts of its subtree today (the viewer below leads a province committee).
    "read:user": SUBTREE,
    "create:user": SUBTREE,
    "update:user": SUBTREE,
    "read:committeeTree": [...RELATIONS],
    "read:article": ["own"],
    "create:article": ["own"],
    "update:article": ["own"],
    "delete:article": ["own"],
    "publish:article": ["own"],
    "moderate:articleComment": ["own", "primaryPredecessor"],
  },
  EDITOR: {
    "read:committeeTree": [...RELATIONS],
    "read:record": LINEAGE,
    "read:article": ["own"],
    "create:article": ["own"],
    "update:article": ["own"],
    "delete:article": ["own"],
    "publish:article": ["own"],
    "moderate:articleComment": ["own", "primaryPredecessor"],
  },
};

// The viewer's committee P is a province committee.
const viewerOf = (role: Role, committeeLevel: CommitteeLevel | null = "PROVINCE"): Viewer => ({ id: "u", email: "u@x.vn", name: "U", role, committeeId: "P", committeeLevel });

const cases = (["ADMIN", "LEADER", "STAFF", "EDITOR"] as Role[]).flatMap((role) =>
  ACTIONS.flatMap((action) =>
    TYPES.flatMap((type) =>
      RELATIONS.map((relation) => {
        const expected = role === "ADMIN" ? true : (ALLOWED[role][`${action}:${type}`] ?? []).includes(relation);
        return { role, action, type, relation, expected };
      }),
    ),
  ),
);

describe("can()", () => {
  it.each(cases)("$role $action $type ($relation committee) → $expected", ({ role, action, type, relation, expected }) => {
    expect(can(viewerOf(role), action, resourceFor(type, relation))).toBe(expected);
  });

  it.each(["LEADER", "STAFF"] as Role[])("lets a %s act for a primary predecessor only on what is dated before its end", (role) => {
    for (const action of ["create", "update"] as Action[]) {
      expect(can(viewerOf(role), action, { ...resourceFor("record", "primaryPredecessor"), on: ENDED_ON })).toBe(true);
      expect(can(viewerOf(role), action, { ...resourceFor("record", "primaryPredecessor"), on: AFTER_END })).toBe(false);
      const undated: Resource = { ...resourceFor("record", "primaryPredecessor") };
      delete undated.on;
      expect(can(viewerOf(role), action, undated)).toBe(false);
      // Its own committee has no such limit.
      expect(can(viewerOf(role), action, { ...resourceFor("record", "own"), on: AFTER_END })).toBe(true);
    }
  });

  it("lets an editor publish only where the committee lets its editors publish their own; leaders and admins always", () => {
    const article: Resource = { ...resourceFor("article", "own"), editorsPublish: false };
    expect(can(viewerOf("EDITOR"), "publish", article)).toBe(false);
    expect(can(viewerOf("EDITOR"), "update", article)).toBe(true);
    expect(can(viewerOf("LEADER"), "publish", article)).toBe(true);
    expect(can(viewerOf("ADMIN"), "publish", article)).toBe(true);
    const unknown: Resource = { ...resourceFor("article", "own") };
    delete unknown.editorsPublish;
    expect(can(viewerOf("EDITOR"), "publish", unknown)).toBe(false);
  });

  it("lets the committee's editors moderate readers' comments even where they may not publish; staff never", () => {
    const comment: Resource = { ...resourceFor("articleComment", "own"), editorsPublish: false };
    expect(can(viewerOf("EDITOR"), "moderate", comment)).toBe(true);
    expect(can(viewerOf("LEADER"), "moderate", comment)).toBe(true);
    expect(can(viewerOf("STAFF"), "moderate", comment)).toBe(false);
    expect(can(viewerOf("ADMIN"), "moderate", resourceFor("articleComment", "other"))).toBe(true);
    // Not the articles of the committees below, nor another province's.
    for (const relation of ["child", "descendant", "other"] as Relation[]) expect(can(viewerOf("EDITOR"), "moderate", resourceFor("articleComment", relation))).toBe(false);
  });

  it("lets the primary successor moderate comments on a predecessor's news whenever they arrive", () => {
    for (const role of ["LEADER", "EDITOR"] as Role[]) {
      expect(can(viewerOf(role), "moderate", { ...resourceFor("articleComment", "primaryPredecessor"), on: AFTER_END })).toBe(true);
      const undated: Resource = { ...resourceFor("articleComment", "primaryPredecessor") };
      delete undated.on;
      expect(can(viewerOf(role), "moderate", undated)).toBe(true);
      expect(can(viewerOf(role), "moderate", resourceFor("articleComment", "nonPrimaryPredecessor"))).toBe(false);
    }
  });

  it("lets anyone, signed in or not, comment on a published article only", () => {
    for (const viewer of [null, viewerOf("STAFF"), viewerOf("EDITOR")]) {
      expect(can(viewer, "create", { type: "articleComment", committeeId: "X", published: true })).toBe(true);
      expect(can(viewer, "create", { type: "articleComment", committeeId: "P", published: false })).toBe(false);
      expect(can(viewer, "moderate", { type: "articleComment", committeeId: "X", published: true })).toBe(false);
    }
  });

  it("gives SQL scopes the relations of a rule: all for admins, none without a committee", () => {
    expect(allowedRelations(viewerOf("ADMIN"), "moderate", "articleComment")).toBe("all");
    expect(allowedRelations(viewerOf("EDITOR"), "moderate", "articleComment")).toEqual(["own", "primaryPredecessor"]);
    expect(allowedRelations(viewerOf("STAFF"), "moderate", "articleComment")).toEqual([]);
    expect(allowedRelations({ ...viewerOf("LEADER"), committeeId: null }, "moderate", "articleComment")).toEqual([]);
  });

  it("lets editors read records but never households", () => {
    expect(can(viewerOf("EDITOR"), "read", resourceFor("record", "child"))).toBe(true);
    expect(can(viewerOf("EDITOR"), "read", resourceFor("household", "own"))).toBe(false);
  });

  it("lets the public read published articles only", () => {
    expect(can(null, "read", { type: "article", committeeId: "P", published: true })).toBe(true);
    expect(can(null, "read", { type: "article", committeeId: "P", published: false })).toBe(false);
    for (const type of TYPES.filter((t) => t !== "article")) {
      for (const action of ACTIONS) expect(can(null, action, { type, committeeId: "P" })).toBe(false);
    }
  });

  it("lets anyone signed in read a published article of another committee", () => {
    expect(can(viewerOf("STAFF"), "read", { ...resourceFor("article", "other"), published: true })).toBe(true);
  });

  it("gives a viewer without a committee nothing but public reads", () => {
    const orphan: Viewer = { ...viewerOf("STAFF"), committeeId: null };
    expect(can(orphan, "read", resourceFor("record", "own"))).toBe(false);
  });
});

describe("accounts run by each province", () => {
  const LEVELS: (CommitteeLevel | null | undefined)[] = ["CENTRAL", "DISTRICT", "COMMUNE", null, undefined];

  it.each(LEVELS)("gives a leader of a %s committee no account rights", (level) => {
    const leader: Viewer = { ...viewerOf("LEADER"), committeeLevel: level };
    expect(keepsAccounts(leader)).toBe(false);
    expect(assignableRoles(leader)).toEqual([]);
    expect(readReach(leader, "user")).toBe("none");
    for (const action of ACTIONS) for (const relation of RELATIONS) expect(can(leader, action, resourceFor("user", relation))).toBe(false);
  });

  it("lets a province leader give every role but admin, and never touch an admin's account", () => {
    const leader = viewerOf("LEADER");
    expect(keepsAccounts(leader)).toBe(true);
    expect(assignableRoles(leader)).toEqual(["LEADER", "STAFF", "EDITOR"]);
    for (const role of ["LEADER", "STAFF", "EDITOR"] as Role[]) {
      for (const action of ["read", "create", "update"] as Action[]) {
        expect(can(leader, action, { ...resourceFor("user", "child"), accountRole: role })).toBe(true);
        expect(can(leader, action, { ...resourceFor("user", "other"), accountRole: role })).toBe(false);
      }
    }
    for (const relation of RELATIONS) {
      for (const action of ACTIONS) expect(can(leader, action, { ...resourceFor("user", relation), accountRole: "ADMIN" })).toBe(false);
    }
    // Without the account's role, only an admin may act on it.
    const roleless: Resource = { ...resourceFor("user", "own") };
    delete roleless.accountRole;
    expect(can(leader, "read", roleless)).toBe(false);
    expect(can(viewerOf("ADMIN"), "read", roleless)).toBe(true);
  });

  it("keeps staff and editors of a province committee out of accounts", () => {
    for (const role of ["STAFF", "EDITOR"] as Role[]) {
      expect(keepsAccounts(viewerOf(role))).toBe(false);
      expect(assignableRoles(viewerOf(role))).toEqual([]);
    }
  });

  it("lets admins keep every account and give every role, whatever their committee", () => {
    expect(keepsAccounts(viewerOf("ADMIN", null))).toBe(true);
    expect(assignableRoles(viewerOf("ADMIN", null))).toEqual(["ADMIN", "LEADER", "STAFF", "EDITOR"]);
  });

  it("never lets anyone but an admin change the tree", () => {
    for (const role of ["LEADER", "STAFF", "EDITOR"] as Role[]) {
      for (const action of ["create", "update", "delete"] as Action[]) expect(can(viewerOf(role), action, { type: "committeeTree", committeeId: null })).toBe(false);
    }
    expect(can(viewerOf("ADMIN"), "update", { type: "committeeTree", committeeId: null })).toBe(true);
  });
});

describe("relationOf()", () => {
  it.each(RELATIONS)("recognises a %s committee", (relation) => {
    expect(relationOf({ committeeId: "P" }, resourceFor("record", relation))).toBe(relation);
  });

  it("knows only own or other without a relation from the data layer", () => {
    expect(relationOf({ committeeId: "P" }, { committeeId: "P" })).toBe("own");
    expect(relationOf({ committeeId: "P" }, { committeeId: "D" })).toBe("other");
    expect(relationOf({ committeeId: null }, { committeeId: "P", relation: "own" })).toBe("other");
  });
});

describe("readReach()", () => {
  const reach: Record<Role, Partial<Record<ResourceType, string>>> = {
    ADMIN: { record: "all", article: "all", user: "all" },
    LEADER: { record: "lineage", household: "lineage", housingProgramme: "none", partner: "lineage", target: "lineage", report: "lineage", article: "own", user: "subtree", audit: "none", committeeTree: "all" },
    STAFF: { record: "lineage", household: "lineage", partner: "lineage", target: "lineage", report: "lineage", article: "none", audit: "none", committeeTree: "all" },
    EDITOR: { record: "lineage", household: "none", partner: "none", target: "none", article: "own", user: "none", committeeTree: "all" },
  };
  for (const [role, types] of Object.entries(reach) as [Role, Record<ResourceType, string>][]) {
    for (const [type, expected] of Object.entries(types)) {
      it(`${role} reads ${type}: ${expected}`, () => {
        expect(readReach(viewerOf(role), type as ResourceType)).toBe(expected);
      });
    }
  }

  it("gives a viewer without a committee no reach", () => {
    expect(readReach({ ...viewerOf("STAFF"), committeeId: null }, "record")).toBe("none");
  });
});
