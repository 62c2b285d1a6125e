// Targets through the server actions: a leader sets the targets of their
// committee and the one below it for a period (money typed as "950 triệu"),
// a bad value is refused at its box with nothing written, staff and other
// provinces cannot set them, a target changed since the page was loaded is
// refused, and last period's targets are copied into the empty boxes only.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/policy";
import { emptyFormState, type FormState } from "@/lib/actions/form-state";
import { copyTargetsAction, saveTargetsAction } from "@/lib/actions/targets";
import { targetsOfPeriod } from "@/lib/data/targets";
import { vi as catalog } from "@/lib/i18n/messages/vi";
import { targetField, targetVersionField } from "@/lib/validation/targets";
import { form, makeTree, outcome, testDb, type Outcome, type Tree, type Users } from "./support/fixtures";
import { session } from "./support/next-mocks";

vi.mock("@/lib/auth/viewer", async () => (await import("./support/next-mocks")).viewerModule);
vi.mock("next-intl/server", async () => (await import("./support/next-mocks")).i18nModule);
vi.mock("next/cache", async () => (await import("./support/next-mocks")).cacheModule);
vi.mock("next/headers", async () => (await import("./support/next-mocks")).headersModule);

const db = testDb();
let tree: Tree;
let users: Users;
let tag: string;
const indicator = { dialogues: "", value: "" };

const as = (viewer: Viewer | null) => {
  session.viewer = viewer;
};
const state = (result: Outcome<FormState>): FormState => {
  if (result.kind !== "state") throw new Error(`expected a form state, got ${result.kind}`);
  return result.state;
};
const targetsOf = (ky: string) =>
  db.target.findMany({ where: { committeeId: { in: [tree.P, tree.D] }, period: { year: Number(ky.slice(0, 4)), kind: "HALF_YEAR", sequence: Number(ky.slice(-1)), committeeId: null } }, select: { committeeId: true, indicatorId: true, plannedValue: true, version: true } });

beforeAll(async () => {
  ({ tree, users, tag } = await makeTree(db));
  indicator.dialogues = (await db.indicator.create({ data: { code: `ct-d-${tag}`, name: `Đối thoại ${tag}`, unit: "cuộc", source: "ACTIVITY_QUANTITY" }, select: { id: true } })).id;
  indicator.value = (await db.indicator.create({ data: { code: `ct-v-${tag}`, name: `Giá trị ${tag}`, unit: "đồng", source: "ACTIVITY_VALUE" }, select: { id: true } })).id;
});

afterAll(async () => {
  await db.$disconnect();
});

describe("targets", () => {
  it("a leader sets the committee's and its child's targets; a bad value is refused at its box, nothing written", async () => {
    as(users.leader);
    const bad = state(await outcome(() => saveTargetsAction(emptyFormState, form({ ban: tree.P, ky: "2095-H1", [targetField(tree.P, indicator.dialogues)]: "12", [targetField(tree.D, indicator.dialogues)]: "-3" }))));
    expect(bad.fieldErrors[targetField(tree.D, indicator.dialogues)]).toBe(catalog.validation.notNegative);
    expect(await targetsOf("2095-H1")).toEqual([]);

    const saved = await outcome(() =>
      saveTargetsAction(emptyFormState, form({ ban: tree.P, ky: "2095-H1", [targetField(tree.P, indicator.dialogues)]: "12", [targetField(tree.D, indicator.dialogues)]: "7,5", [targetField(tree.P, indicator.value)]: "950 triệu", [targetField(tree.D, indicator.value)]: "" })),
    );
    expect(saved).toEqual({ kind: "redirect", to: `/chi-tieu?ban=${tree.P}&ky=2095-H1&saved=1` });
    const rows = await targetsOf("2095-H1");
    expect(rows.map((r) => [r.committeeId === tree.P ? "P" : "D", r.indicatorId === indicator.value ? "value" : "dialogues", r.plannedValue.toString()]).sort()).toEqual([
      ["D", "dialogues", "7.5"],
      ["P", "dialogues", "12"],
      ["P", "value", "950000000"],
    ]);
    expect(await db.auditEvent.count({ where: { entity: "target", entityId: { in: (await db.target.findMany({ where: { committeeId: { in: [tree.P, tree.D] } }, select: { id: true } })).map((t) => t.id) } } })).toBe(3);

    const page = await targetsOfPeriod(users.staff, { ban: tree.P, ky: "2095-H1" });
    expect(page.committees.map((c) => c.canSet)).toEqual([false, false]);
    expect((await targetsOfPeriod(users.leader, { ban: tree.P, ky: "2095-H1" })).committees[1]!.targets[indicator.dialogues]?.planned).toBe("7.5");
  });

  it("refuses staff, another province and a stale box", async () => {
    as(users.staff);
    expect(state(await outcome(() => saveTargetsAction(emptyFormState, form({ ban: tree.P, ky: "2095-H1", [targetField(tree.P, indicator.dialogues)]: "99" })))).formError).toBe(catalog.validation.targetNotAllowed);
    as(users.leader);
    const rows = await targetsOf("2095-H1");
    const own = rows.find((r) => r.committeeId === tree.P && r.indicatorId === indicator.dialogues)!;
    const stale = state(await outcome(() => saveTargetsAction(emptyFormState, form({ ban: tree.P, ky: "2095-H1", [targetField(tree.P, indicator.dialogues)]: "20", [targetVersionField(tree.P, indicator.dialogues)]: own.version + 1 }))));
    expect(stale.formError).toBe(catalog.validation.stale);
    expect(await outcome(() => saveTargetsAction(emptyFormState, form({ ban: tree.X, ky: "2095-H1", [targetField(tree.X, indicator.dialogues)]: "1" })))).toEqual({ kind: "notFound" });
    expect((await targetsOf("2095-H1")).find((r) => r.committeeId === tree.P && r.indicatorId === indicator.dialogues)!.plannedValue.toString()).toBe("12");
  });

  it("copies last period's targets into the empty boxes only", async () => {
    as(users.leader);
    await outcome(() => saveTargetsAction(emptyFormState, form({ ban: tree.P, ky: "2095-H2", [targetField(tree.P, indicator.dialogues)]: "30" })));
    expect(await outcome(() => copyTargetsAction(emptyFormState, form({ ban: tree.P, ky: "2095-H2" })))).toEqual({ kind: "redirect", to: `/chi-tieu?ban=${tree.P}&ky=2095-H2&copied=1` });
    const rows = await targetsOf("2095-H2");
    expect(rows.map((r) => [r.committeeId === tree.P ? "P" : "D", r.indicatorId === indicator.value ? "value" : "dialogues", r.plannedValue.toString()]).sort()).toEqual([
      ["D", "dialogues", "7.5"],
      ["P", "dialogues", "30"],
      ["P", "value", "950000000"],
    ]);
  });
});
