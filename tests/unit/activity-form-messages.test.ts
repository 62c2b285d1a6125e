import { describe, expect, it } from "vitest";
import { ACTIVITY_FORM_MESSAGES } from "@/components/activities/activity-form-messages";
import { DRAFT_KEEPER_MESSAGES } from "@/components/forms/draft-keeper";
import { MONEY_FIELD_MESSAGES } from "@/components/forms/money-field";

describe("the activity form's messages", () => {
  it("include everything the money field and the draft keeper read", () => {
    const covered = (path: string) => ACTIVITY_FORM_MESSAGES.some((given: string) => path === given || path.startsWith(`${given}.`));
    expect([...MONEY_FIELD_MESSAGES, ...DRAFT_KEEPER_MESSAGES].filter((path) => !covered(path))).toEqual([]);
  });
});
