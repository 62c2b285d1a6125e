// Agreements' pure rules: the status computed from dates, the flag, planned
// figures as staff type them, rows named by position, and PDFs judged by content.
import { describe, expect, it } from "vitest";
import { agreementEnd, agreementStatus, isUnreviewed } from "@/lib/agreements/status";
import { isPdf } from "@/lib/files/pdf";
import { agreementSchema, parsePlanned } from "@/lib/validation/agreement";
import { nestFormFields } from "@/lib/validation/form-rows";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("agreementStatus", () => {
  const today = d("2026-06-15");
  it("is ended once a day it ended is recorded, expired after its last day, upcoming before its first, in force otherwise", () => {
    expect(agreementStatus({ validFrom: d("2024-01-01"), validTo: d("2027-01-01"), endedOn: d("2025-01-01") }, today)).toBe("ENDED");
    expect(agreementStatus({ validFrom: d("2024-01-01"), validTo: d("2026-06-14"), endedOn: null }, today)).toBe("EXPIRED");
    expect(agreementStatus({ validFrom: d("2024-01-01"), validTo: d("2026-06-15"), endedOn: null }, today)).toBe("IN_FORCE");
    expect(agreementStatus({ validFrom: d("2026-06-16"), validTo: null, endedOn: null }, today)).toBe("UPCOMING");
    expect(agreementStatus({ validFrom: d("2020-01-01"), validTo: null, endedOn: null }, today)).toBe("IN_FORCE");
  });

  it("flags an agreement past its end with no review, and only then", () => {
    expect(agreementEnd({ validTo: d("2026-12-31"), endedOn: d("2026-03-01") })).toEqual(d("2026-03-01"));
    expect(isUnreviewed({ validTo: d("2026-06-14"), endedOn: null }, 0, today)).toBe(true);
    expect(isUnreviewed({ validTo: d("2026-06-14"), endedOn: null }, 1, today)).toBe(false);
    expect(isUnreviewed({ validTo: d("2026-06-15"), endedOn: null }, 0, today)).toBe(false);
    expect(isUnreviewed({ validTo: null, endedOn: null }, 0, today)).toBe(false);
    expect(isUnreviewed({ validTo: null, endedOn: d("2026-01-01") }, 0, today)).toBe(true);
  });
});

describe("parsePlanned", () => {
  it.each([
    ["12", "12"],
    ["1,5", "1.5"],
    ["2.25", "2.25"],
    ["1.500", "1500"],
    ["1.500.000", "1500000"],
    ["1 500", "1500"],
    ["007", "7"],
  ])("reads %s as %s", (typed, value) => expect(parsePlanned(typed)).toBe(value));

  it.each(["", "-1", "1,234", "abc", "1e3", "1.2.3", "1,5,6"])("refuses %j", (typed) => expect(parsePlanned(typed)).toBeNull());
});

describe("nestFormFields", () => {
  it("builds rows from field names and leaves gaps as empty rows", () => {
    expect(nestFormFields({ a: "1", "rows.0.x": "2", "rows.2.y": "3", "rows.0.sub.0.z": "4" })).toEqual({ a: "1", rows: [{ x: "2", sub: [{ z: "4" }] }, {}, { y: "3" }] });
  });

  it("ignores indexes out of range, prototype keys and mixed shapes", () => {
    expect(nestFormFields({ "rows.100.x": "1", "rows.99999999.x": "1", "__proto__.x": "1", "a.constructor": "1" })).toEqual({});
    expect(nestFormFields({ a: "1", "a.0.x": "2" })).toEqual({ a: "1" });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe("agreementSchema", () => {
  const base = {
    committeeId: "c1",
    title: "Chương trình",
    signedOn: "2024-01-01",
    validFrom: "2024-01-01",
    "parties.0.committeeId": "c1",
    "parties.0.lead": "1",
    "parties.1.partnerId": "p1",
    "parties.2.committeeId": "",
    "tasks.0.content": "Nội dung",
    "tasks.0.responsibleParty": "1",
    "tasks.1.content": "",
    "tasks.1.responsibleParty": "",
  };

  it("drops blank rows and keeps each row's number", () => {
    const parsed = agreementSchema(d("2026-01-01")).parse(base);
    expect(parsed.parties.map((p) => [p.row, p.committeeId, p.partnerId, p.lead])).toEqual([
      [0, "c1", null, true],
      [1, null, "p1", false],
    ]);
    expect(parsed.tasks).toEqual([{ row: 0, content: "Nội dung", responsibleRow: 1, responsible: null, indicatorId: null, targets: [] }]);
  });

  it("reports every message at once, the cross-field ones too", () => {
    const result = agreementSchema(d("2026-01-01")).safeParse({ ...base, title: "", validTo: "2023-01-01", endedOn: "2027-01-01", "parties.1.committeeId": "c2" });
    const paths = result.error?.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        "title:validation.required",
        "validTo:agreements.validation.endBeforeStart",
        "parties.1.committeeId:agreements.validation.partyOneOf",
      ]),
    );
  });

  it("refuses an end recorded in the future", () => {
    const result = agreementSchema(d("2026-01-01")).safeParse({ ...base, endedOn: "2026-01-02" });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["agreements.validation.endedInFuture"]);
  });
});

describe("isPdf", () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  it("wants the header at the start and the end-of-file marker near the end", () => {
    expect(isPdf(bytes("%PDF-1.7\n...\n%%EOF\n"))).toBe(true);
    expect(isPdf(bytes("%PDF-1.7\n...no end"))).toBe(false);
    expect(isPdf(bytes(" %PDF-1.7\n%%EOF"))).toBe(false);
    expect(isPdf(bytes("<html>%PDF-</html>%%EOF"))).toBe(false);
    expect(isPdf(new Uint8Array())).toBe(false);
  });
});
