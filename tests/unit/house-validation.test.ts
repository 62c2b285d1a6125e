// The house form's schema: fields as typed, funding rows at their own
// indexes, and the rules across fields (handed over ⇒ date and contributions
// that add up to the value).
import { describe, expect, it } from "vitest";
import { createHouseSchema, updateHouseSchema } from "@/lib/validation/house";

const base = {
  committeeId: "c1",
  programmeId: "programme-dai-doan-ket",
  work: "NEW",
  householdName: "Hộ bà Nguyễn Thị A",
  householdCategory: "POOR",
  commune: "Xã Lương Phi",
  address: "",
  value: "950 triệu",
  status: "HANDED_OVER",
  startedOn: "2024-01-10",
  handedOverOn: "2024-03-01",
  "fundings.0.contributor": "committee:c1",
  "fundings.0.name": "",
  "fundings.0.amount": "500tr",
  "fundings.1.contributor": "other",
  "fundings.1.name": "Doanh nghiệp Phúc An",
  "fundings.1.amount": "450.000.000",
  "fundings.2.contributor": "",
  "fundings.2.name": "",
  "fundings.2.amount": "",
};

function issues(input: Record<string, string>, schema = createHouseSchema) {
  const parsed = schema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("createHouseSchema", () => {
  it("reads a handed-over house typed as on a phone, skipping blank funding rows", () => {
    const parsed = createHouseSchema.parse(base);
    expect(parsed.value).toBe(950_000_000n);
    expect(parsed.handedOverOn).toEqual(new Date("2024-03-01T00:00:00Z"));
    expect(parsed.fundings).toEqual([
      { committeeId: "c1", partnerId: null, name: null, amountVnd: 500_000_000n },
      { committeeId: null, partnerId: null, name: "Doanh nghiệp Phúc An", amountVnd: 450_000_000n },
    ]);
    expect(parsed.address).toBeNull();
  });

  it("refuses contributions that do not add up once handed over, at the fundings", () => {
    expect(issues({ ...base, "fundings.1.amount": "400tr" })).toEqual({ fundings: "validation.houseFundingsSum" });
  });

  it("lets contributions differ from the value while the house is being built, and drops a handover date typed before", () => {
    const parsed = createHouseSchema.parse({ ...base, status: "BUILDING", "fundings.1.amount": "100tr" });
    expect(parsed.handedOverOn).toBeNull();
  });

  it("refuses a handed-over house without its date, one dated in the future or before the start", () => {
    expect(issues({ ...base, handedOverOn: "" })).toEqual({ handedOverOn: "validation.houseHandedOverOn" });
    expect(issues({ ...base, handedOverOn: "2099-01-01" })).toEqual({ handedOverOn: "validation.houseHandedOverFuture" });
    expect(issues({ ...base, startedOn: "2024-05-01" })).toEqual({ handedOverOn: "validation.houseHandedOverBeforeStart" });
    expect(issues({ ...base, handedOverOn: "2024-02-30" })).toEqual({ handedOverOn: "validation.date" });
  });

  it("names each bad row's field by the row's own index", () => {
    expect(
      issues({
        ...base,
        "fundings.0.amount": "-5tr",
        "fundings.1.name": "",
        "fundings.2.contributor": "",
        "fundings.2.amount": "abc",
        "fundings.3.contributor": "partner:p1",
      }),
    ).toEqual({
      "fundings.0.amount": "validation.moneyNegative",
      "fundings.1.name": "validation.houseFundingName",
      "fundings.2.contributor": "validation.houseFundingContributor",
      "fundings.2.amount": "validation.money",
      "fundings.3.amount": "validation.required",
    });
  });

  it("refuses missing fields and bad money with their messages", () => {
    expect(issues({ ...base, householdName: "", commune: " ", value: "", programmeId: "", householdCategory: "" })).toEqual({
      householdName: "validation.required",
      commune: "validation.required",
      value: "validation.required",
      programmeId: "validation.houseProgramme",
      householdCategory: "validation.householdCategory",
    });
    expect(issues({ ...base, value: "-950 triệu" })).toMatchObject({ value: "validation.moneyNegative" });
    expect(issues({ ...base, value: "chín trăm" })).toMatchObject({ value: "validation.money" });
    expect(issues({ ...base, value: "0" })).toMatchObject({ value: "validation.moneyPositive" });
  });

  it("requires the household on create but lets an edit leave it out", () => {
    const { householdName, householdCategory, ...withoutHousehold } = base;
    void [householdName, householdCategory];
    expect(issues(withoutHousehold)).toEqual({ householdName: "validation.required", householdCategory: "validation.householdCategory" });
    const parsed = updateHouseSchema.parse({ ...withoutHousehold, version: "3", "removePhoto.ph1": "1", "removePhoto.ph2": "" });
    expect(parsed.householdName).toBeUndefined();
    expect(parsed.removePhotoIds).toEqual(["ph1"]);
  });
});
