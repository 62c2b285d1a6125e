import { describe, expect, it } from "vitest";
import { CONFERENCE_FORM_MESSAGES } from "@/components/conferences/conference-form-messages";
import { periodChoices } from "@/components/conferences/conference-choices";
import { DRAFT_KEEPER_MESSAGES } from "@/components/forms/draft-keeper";
import { PHOTO_INPUT_MESSAGES } from "@/components/forms/photo-input";
import { createConferenceSchema, updateConferenceSchema } from "@/lib/validation/conference";
import { conferenceListSchema } from "@/lib/validation/conference-list";
import { parseDay } from "@/lib/validation/day";
import { optionalCount, optionalTime, recordDate, timeText } from "@/lib/validation/record";

const base = { committeeId: "seed-committee-an-giang", kind: "BRIEFING", title: "Giao ban", heldOn: "2025-03-01" };

describe("record fields", () => {
  it("reads days as the date picker sends them and as staff type them, refusing days that do not exist", () => {
    expect(parseDay("2023-02-24")).toEqual(new Date("2023-02-24T00:00:00Z"));
    expect(parseDay("24/02/2023")).toEqual(new Date("2023-02-24T00:00:00Z"));
    expect(parseDay("5.7.2022")).toEqual(new Date("2022-07-05T00:00:00Z"));
    for (const bad of ["2023-02-30", "31/04/2023", "2023-13-01", "hôm qua", "", "0099-01-01", "24/02/23"]) expect(parseDay(bad), bad).toBeNull();
    expect(recordDate.safeParse("").error?.issues[0]?.message).toBe("validation.required");
    expect(recordDate.safeParse("30/02/2024").error?.issues[0]?.message).toBe("validation.date");
  });

  it("reads times of day, empty as none", () => {
    expect(optionalTime.parse("08:00")).toEqual(new Date("1970-01-01T08:00:00Z"));
    expect(optionalTime.parse("7h30")).toEqual(new Date("1970-01-01T07:30:00Z"));
    expect(optionalTime.parse("14h")).toEqual(new Date("1970-01-01T14:00:00Z"));
    expect(optionalTime.parse("")).toBeNull();
    expect(optionalTime.parse(undefined)).toBeNull();
    for (const bad of ["24:00", "08:60", "sáng", "8:5"]) expect(optionalTime.safeParse(bad).error?.issues[0]?.message, bad).toBe("validation.time");
    expect(timeText(new Date("1970-01-01T07:30:00Z"))).toBe("07:30");
    expect(timeText(null)).toBe("");
  });

  it("reads counts with or without thousands separators and refuses negatives, fractions and words", () => {
    expect(optionalCount.parse("150")).toBe(150);
    expect(optionalCount.parse("1.200")).toBe(1200);
    expect(optionalCount.parse("1 200")).toBe(1200);
    expect(optionalCount.parse(" ")).toBeNull();
    expect(optionalCount.safeParse("-3").error?.issues[0]?.message).toBe("validation.notNegative");
    for (const bad of ["1,5", "1.5", "12.00", "mười", "1e3", "0x10"]) expect(optionalCount.safeParse(bad).error?.issues[0]?.message, bad).toBe("validation.wholeNumber");
    expect(optionalCount.safeParse("3000000000").error?.issues[0]?.message).toBe("validation.numberTooLarge");
  });
});

describe("conference schemas", () => {
  it("gather the co-host rows in order, skip empty ones and refuse repeats and malformed ones", () => {
    const parsed = createConferenceSchema.parse({ ...base, coHost2: "partner:p1", coHost0: "committee:c1", coHost1: "" });
    expect(parsed.coHosts).toEqual([{ committeeId: "c1" }, { partnerId: "p1" }]);
    expect(createConferenceSchema.parse(base).coHosts).toEqual([]);
    const twice = createConferenceSchema.safeParse({ ...base, coHost0: "partner:p1", coHost1: "partner:p1" });
    expect(twice.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["coHosts", "validation.coHostTwice"]]);
    for (const bad of ["committee:", "user:u1", "committee:a:b", "partner:a b"]) {
      expect(createConferenceSchema.safeParse({ ...base, coHost0: bad }).error?.issues[0]?.message, bad).toBe("validation.coHost");
    }
  });

  it("read the period reviewed as a period code and the photos ticked for removal", () => {
    expect(createConferenceSchema.parse({ ...base, reviewedPeriod: "2023-H1" }).reviewedPeriod).toEqual({ kind: "HALF_YEAR", year: 2023, sequence: 1 });
    expect(createConferenceSchema.parse({ ...base, reviewedPeriod: "dot-phase1" }).reviewedPeriod).toEqual({ kind: "PHASE", phaseId: "phase1" });
    expect(createConferenceSchema.safeParse({ ...base, reviewedPeriod: "2023-H3" }).error?.issues[0]?.message).toBe("validation.conferencePeriod");
    const update = updateConferenceSchema.parse({ ...base, version: "3", "removePhoto-a1": "1", "removePhoto-b2": "1", "removePhoto-c3": "" });
    expect(update.removePhotos).toEqual(["a1", "b2"]);
    expect(update.version).toBe(3);
  });

  it("keep the list's URL to known values: a bad filter is no filter", () => {
    expect(conferenceListSchema.parse({ ky: "2024-Q5", loai: "NOPE", ban: "x y", sap_xep: "gia" })).toMatchObject({ ky: undefined, loai: undefined, ban: undefined, sap_xep: "-ngay" });
    expect(conferenceListSchema.parse({ ky: "2024-H2", loai: "SIGNING", sap_xep: "ten" })).toMatchObject({ ky: "2024-H2", loai: "SIGNING", sap_xep: "ten" });
  });
});

describe("conference form", () => {
  it("gives the client the photo picker's and the draft keeper's messages", () => {
    for (const path of [...PHOTO_INPUT_MESSAGES, ...DRAFT_KEEPER_MESSAGES]) expect(CONFERENCE_FORM_MESSAGES).toContain(path);
  });

  it("offers each year's periods as a group, campaign phases after them, and keeps a saved period the list lacks", () => {
    const labels = { year: (y: number) => `Năm ${y}`, period: (v: { kind: string; year: string; sequence: string }) => `${v.kind} ${v.sequence}/${v.year}`, phases: "Đợt", phase: (c: string, p: string) => `${c}: ${p}` };
    const groups = periodChoices([2025, 2024], [{ code: "dot-x", name: "Đợt 1", campaignName: "Dân vận khéo" }], labels, { code: "2019-M03", label: "Tháng 3/2019" });
    expect(groups.map((g) => g.label)).toEqual([null, "Năm 2025", "Năm 2024", "Đợt"]);
    expect(groups[1]!.options.map((o) => o.value)).toEqual(["2025", "2025-H1", "2025-H2", "2025-9M", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4"]);
    expect(groups[3]!.options).toEqual([{ value: "dot-x", label: "Dân vận khéo: Đợt 1" }]);
    expect(periodChoices([2025], [], labels, { code: "2025-H1", label: "x" })[0]!.label).toBe("Năm 2025");
  });
});
