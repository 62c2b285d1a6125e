import { createTranslator, useTranslations } from "next-intl";
import { describe, expect, it } from "vitest";
import { catalogs } from "@/lib/i18n/messages";
import { message } from "@/lib/validation/message";

type Tree = { [key: string]: string | Tree };

/** Every message of a catalog as [dotted key, text]. */
function entries(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : entries(value, `${prefix}${key}.`),
  );
}

const vi = entries(catalogs.vi as Tree);
const en = entries(catalogs.en as Tree);

describe("catalogs", () => {
  it("English has exactly the Vietnamese keys", () => {
    expect(en.map(([key]) => key).sort()).toEqual(vi.map(([key]) => key).sort());
  });

  it.each([
    ["vi", vi],
    ["en", en],
  ] as const)("%s writes no string twice (screens reuse a key)", (_locale, messages) => {
    const byText = new Map<string, string[]>();
    for (const [key, text] of messages) byText.set(text, [...(byText.get(text) ?? []), key]);
    const repeated = [...byText.entries()].filter(([, keys]) => keys.length > 1);
    expect(repeated).toEqual([]);
  });

  it.each([
    ["vi", vi],
    ["en", en],
  ] as const)("every %s message is valid ICU", (locale, messages) => {
    const errors: string[] = [];
    const t = createTranslator({ locale, messages: catalogs[locale], onError: (error) => errors.push(error.message) });
    const translate = t as unknown as (key: string, values: Record<string, string | number>) => string;
    // 1 fills every argument: this checks the syntax, not the wording.
    for (const [key, text] of messages) {
      const names = [...text.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]!);
      translate(key, Object.fromEntries(names.map((name) => [name, 1])));
    }
    expect(errors).toEqual([]);
  });
});

describe("plurals and select", () => {
  const t = { vi: createTranslator({ locale: "vi", messages: catalogs.vi }), en: createTranslator({ locale: "en", messages: catalogs.en }) };

  it("reads right in English and Vietnamese", () => {
    expect(t.en("admin.userCount", { count: 1 })).toBe("1 user");
    expect(t.en("admin.userCount", { count: 2 })).toBe("2 users");
    expect(t.en("admin.userCount", { count: 1234 })).toBe("1,234 users");
    expect(t.vi("admin.userCount", { count: 1 })).toBe("1 người dùng");
    expect(t.vi("admin.userCount", { count: 1234 })).toBe("1.234 người dùng");
    expect(t.en("news.count", { count: 1 })).toBe("1 article");
    expect(t.en("auth.errors.tooManyAttempts", { minutes: 1 })).toBe("Too many failed sign-ins. Please try again in 1 minute.");
    expect(t.vi("dashboard.reportStates.late", { date: "03/07/2022" })).toBe("Gửi muộn (03/07/2022)");
    expect(t.en("dashboard.recordCount", { count: "1.500" })).toBe("1.500 records");
  });
});

// Checked by `tsc --noEmit` (npm test), never run: next-intl's AppConfig
// declares the Vietnamese catalog, so keys and ICU arguments are typed.
export function TypeChecks() {
  const t = useTranslations();
  const nav = useTranslations("nav");
  t("nav.dashboard");
  nav("dashboard");
  t("news.count", { count: 2 });
  // @ts-expect-error a misspelt key fails tsc
  t("nav.dashbord");
  // @ts-expect-error a key of another namespace fails tsc
  nav("news.count");
  // @ts-expect-error a message with an ICU argument needs its value
  t("news.count");
  // @ts-expect-error a zod message is a catalog key: a misspelt one fails tsc
  message("validation.requird");
  message("validation.required");
}
