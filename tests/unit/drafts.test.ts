import { describe, expect, it } from "vitest";
import {
  clearAllDrafts,
  collectValues,
  DRAFT_MAX_AGE_MS,
  DRAFT_PREFIX,
  draftDiffers,
  draftKey,
  fieldKeys,
  isBlank,
  isDraftable,
  parseDraft,
  pruneDrafts,
  serializeDraft,
  type DraftField,
} from "@/lib/forms/drafts";
import { memoryStorage } from "../support/memory-storage";

const input = (name: string, value: string, type = "text", extra: Partial<DraftField> = {}): DraftField => ({ tagName: "INPUT", type, name, value, ...extra });

describe("which fields a draft keeps", () => {
  it("keeps what people type and leaves out passwords, files, hidden fields and buttons", () => {
    for (const type of ["text", "", "search", "email", "tel", "url", "number", "date", "datetime-local", "time", "month", "week"]) {
      expect(isDraftable(input("x", "1", type))).toBe(true);
    }
    for (const type of ["password", "hidden", "file", "checkbox", "radio", "submit", "button", "image", "reset", "range", "color"]) {
      expect(isDraftable(input("x", "1", type))).toBe(false);
    }
    expect(isDraftable({ tagName: "TEXTAREA", type: "textarea", name: "summary", value: "" })).toBe(true);
    expect(isDraftable({ tagName: "SELECT", type: "", name: "kind", value: "" })).toBe(true);
    expect(isDraftable({ tagName: "SELECT", type: "", name: "kinds", value: "", multiple: true })).toBe(false);
    expect(isDraftable(input("", "1"))).toBe(false);
    expect(isDraftable(input("secretNote", "1", "text", { draft: "off" }))).toBe(false);
    expect(isDraftable(input("version", "3", "hidden"))).toBe(false);
  });

  it("names repeated fields by their order", () => {
    expect(fieldKeys([input("a", ""), input("b", ""), input("a", ""), input("a", "")])).toEqual(["a", "b", "a#1", "a#2"]);
  });

  it("collects the values of the kept fields", () => {
    const fields = [input("title", "Hội nghị"), input("version", "3", "hidden"), input("password", "x", "password"), input("tag", "a"), input("tag", "b"), { tagName: "TEXTAREA", type: "textarea", name: "summary", value: "Nội dung" }];
    expect(collectValues(fields)).toEqual({ title: "Hội nghị", tag: "a", "tag#1": "b", summary: "Nội dung" });
  });

  it("calls a draft blank when nothing but spaces was typed", () => {
    expect(isBlank({ a: "", b: "  " })).toBe(true);
    expect(isBlank({})).toBe(true);
    expect(isBlank({ a: "", b: "x" })).toBe(false);
  });
});

describe("when a draft is offered", () => {
  it("only when restoring it would change a field the form still has", () => {
    expect(draftDiffers({ title: "A" }, { title: "A", place: "" })).toBe(false);
    expect(draftDiffers({ title: "A", place: "X" }, { title: "A", place: "" })).toBe(true);
    expect(draftDiffers({ gone: "X" }, { title: "A" })).toBe(false);
    expect(draftDiffers({}, { title: "A" })).toBe(false);
  });
});

describe("stored drafts", () => {
  const draft = { savedAt: 1_700_000_000_000, baseVersion: "3", values: { title: "Hội nghị", summary: "" } };

  it("round-trip through JSON", () => {
    expect(parseDraft(serializeDraft(draft))).toEqual(draft);
    expect(parseDraft(serializeDraft({ ...draft, baseVersion: null }))).toEqual({ ...draft, baseVersion: null });
  });

  it("read nothing from garbage, another format or a tampered value", () => {
    for (const raw of [null, "", "{", "null", "[]", "42", '"x"', '{"v":2,"savedAt":1,"baseVersion":null,"values":{}}', '{"v":1,"savedAt":"1","baseVersion":null,"values":{}}', '{"v":1,"savedAt":1,"baseVersion":3,"values":{}}', '{"v":1,"savedAt":1,"baseVersion":null,"values":[]}', '{"v":1,"savedAt":1,"baseVersion":null,"values":{"a":5}}', '{"v":1,"savedAt":1e999,"baseVersion":null,"values":{}}']) {
      expect(parseDraft(raw)).toBeNull();
    }
  });

  it("are keyed by user and form under one prefix", () => {
    expect(draftKey("u1", "house-new")).toBe("cdv-draft:u1:house-new");
    expect(draftKey("a:b", "c d")).toBe("cdv-draft:a%3Ab:c%20d");
    expect(draftKey("u1", "x").startsWith(DRAFT_PREFIX)).toBe(true);
  });

  it("are all cleared at sign-out, and nothing else is", () => {
    const storage = memoryStorage({ [draftKey("u1", "a")]: serializeDraft(draft), [draftKey("u2", "b")]: serializeDraft(draft), theme: "dark", "cdv-other": "1" });
    clearAllDrafts(storage);
    expect(storage.dump()).toEqual({ theme: "dark", "cdv-other": "1" });
  });

  it("of other users, expired or unreadable are pruned when a form opens", () => {
    const now = draft.savedAt + 1000;
    const storage = memoryStorage({
      [draftKey("u1", "fresh")]: serializeDraft(draft),
      [draftKey("u1", "old")]: serializeDraft({ ...draft, savedAt: now - DRAFT_MAX_AGE_MS - 1 }),
      [draftKey("u1", "broken")]: "{",
      [draftKey("u2", "other")]: serializeDraft(draft),
      [draftKey("u10", "prefix")]: serializeDraft(draft),
      theme: "dark",
    });
    pruneDrafts(storage, "u1", now);
    expect(Object.keys(storage.dump())).toEqual([draftKey("u1", "fresh"), "theme"]);
  });
});
