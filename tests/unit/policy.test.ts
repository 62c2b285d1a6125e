// can() for every role × action × resource type × own/child/descendant/other
// committee, against an expectation table written out by hand.
import { describe, expect, it } from "vitest";
import { can, readReach, relationOf, type Action, type Relation, type ResourceType, type Role, type Viewer } from "@/lib/auth/policy";

const ACTIONS: Action[] = ["read", "create", "update", "delete", "setTarget", "approve", "publish", "administer"];
const TYPES: ResourceType[] = ["record", "target", "report", "article", "user", "committeeTree", "indicator", "audit"];
const RELATIONS: Relation[] = ["own", "child", "descendant", "other"];

// Committee tree: province P ─ district D ─ commune C; another province X.
const ancestry: Record<Relation, { committeeId: string; ancestorIds: string[] }> = {
  own: { committeeId: "P", ancestorIds: ["ROOT"] },
  child: { committeeId: "D", ancestorIds: ["P", "ROOT"] },
  descendant: { committeeId: "C", ancestorIds: ["D", "P", "ROOT"] },
  other: { committeeId: "X", ancestorIds: ["ROOT"] },
};

// "action:type" → relations allowed. Anything not listed is refused.
const ALLOWED: Record<Exclude<Role, "ADMIN">, Record<string, Relation[]>> = {
  STAFF: {
    "read:record": ["own", "child", "descendant"],
    "create:record": ["own"],
    "update:record": ["own"],
    "delete:record": ["own"],
    "read:target": ["own", "child", "descendant"],
    "read:report": ["own", "child", "descendant"],
    "create:report": ["own"],
    "update:report": ["own"],
  },
  LEADER: {
    "read:record": ["own", "child", "descendant"],
    "create:record": ["own"],
    "update:record": ["own"],
    "delete:record": ["own"],
    "read:target": ["own", "child", "descendant"],
    "setTarget:target": ["own", "child"],
    "read:report": ["own", "child", "descendant"],
    "create:report": ["own"],
    "update:report": ["own"],
    "approve:report": ["own", "child"],
  },
  EDITOR: {
    "read:article": ["own"],
    "create:article": ["own"],
    "update:article": ["own"],
    "delete:article": ["own"],
    "publish:article": ["own"],
  },
};

const viewerOf = (role: Role): Viewer => ({ id: "u", email: "u@x.vn", name: "U", role, committeeId: "P" });

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
    expect(can(viewerOf(role), action, { type, ...ancestry[relation] })).toBe(expected);
  });

  it("lets the public read published articles only", () => {
    expect(can(null, "read", { type: "article", committeeId: "P", published: true })).toBe(true);
    expect(can(null, "read", { type: "article", committeeId: "P", published: false })).toBe(false);
    for (const type of TYPES.filter((t) => t !== "article")) {
      for (const action of ACTIONS) expect(can(null, action, { type, committeeId: "P" })).toBe(false);
    }
  });

  it("lets anyone signed in read a published article of another committee", () => {
    expect(can(viewerOf("STAFF"), "read", { type: "article", ...ancestry.other, published: true })).toBe(true);
  });

  it("gives a viewer without a committee nothing but public reads", () => {
    const orphan: Viewer = { ...viewerOf("STAFF"), committeeId: null };
    expect(can(orphan, "read", { type: "record", ...ancestry.own })).toBe(false);
  });
});

describe("relationOf()", () => {
  it.each(RELATIONS)("recognises a %s committee", (relation) => {
    expect(relationOf({ committeeId: "P" }, ancestry[relation])).toBe(relation);
  });
});

describe("readReach()", () => {
  const reach: Record<Role, Partial<Record<ResourceType, string>>> = {
    ADMIN: { record: "all", article: "all", user: "all" },
    LEADER: { record: "subtree", target: "subtree", report: "subtree", article: "none", user: "none" },
    STAFF: { record: "subtree", target: "subtree", report: "subtree", article: "none", audit: "none" },
    EDITOR: { record: "none", target: "none", article: "own", user: "none" },
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
