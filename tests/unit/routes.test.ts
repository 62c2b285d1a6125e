import { describe, expect, it } from "vitest";
import { HOME_AFTER_SIGN_IN, isWorkspacePath, safeCallbackPath, safeRedirectUrl } from "@/lib/auth/routes";
import { HOSTILE_CALLBACKS, SITE_CALLBACKS } from "@/tests/e2e/callback-corpus";

const SITE = "http://localhost:3000";
/** What a browser would do with the value: where does it lead? */
const leadsTo = (value: string) => new URL(value, `${SITE}/dang-nhap`);

describe("safeCallbackPath", () => {
  it.each([
    ["/quan-tri/nhat-ky?trang=2", "/quan-tri/nhat-ky?trang=2"],
    ["/co-quan/abc#lien-he", "/co-quan/abc#lien-he"],
    ["/tin-tuc/bai-viet?x=%2F%2Fevil", "/tin-tuc/bai-viet?x=%2F%2Fevil"],
  ])("keeps a path of this site: %s", (value, expected) => {
    expect(safeCallbackPath(value)).toBe(expected);
  });

  it.each([
    [undefined],
    [""],
    ["https://evil.example/"],
    ["//evil.example/"],
    ["/\\evil.example/"],
    ["/\t/evil.example/"],
    ["/\n/evil.example/"],
    ["/%09/evil.example"],
    ["javascript:alert(1)"],
    ["evil.example"],
    ["/dang-nhap"],
    ["/dang-nhap?callbackUrl=/dang-nhap"],
  ])("refuses %j", (value) => {
    const decoded = value?.includes("%09") ? decodeURIComponent(value) : value;
    expect(safeCallbackPath(decoded)).toBe(HOME_AFTER_SIGN_IN);
  });
});

describe("the hostile callback corpus", () => {
  it.each(HOSTILE_CALLBACKS.map((value) => [value]))("%j stays on the site", (value) => {
    const path = safeCallbackPath(value);
    expect(path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\")).toBe(true);
    expect(leadsTo(path).origin).toBe(SITE);
    expect(new URL(safeRedirectUrl(value, SITE)).origin).toBe(SITE);
  });

  it.each(["/.//evil.example/path", "/..//evil.example", "/%2e%2e//evil.example"])("%j, which normalises to another path, falls back home", (value) => {
    expect(safeCallbackPath(value)).toBe(HOME_AFTER_SIGN_IN);
  });

  it.each(SITE_CALLBACKS.map((value) => [value]))("keeps %s, also as an absolute URL of the site", (value) => {
    expect(safeCallbackPath(value)).toBe(value);
    expect(safeRedirectUrl(`${SITE}${value}`, SITE)).toBe(`${SITE}${value}`);
  });
});

describe("isWorkspacePath", () => {
  it.each([
    ["/bang-dieu-khien", true],
    ["/quan-tri/nguoi-dung/abc", true],
    ["/co-quan/x/sua", true],
    ["/tin-tuc", false],
    ["/quan-tri-gia", false],
    ["/", false],
  ])("%s → %s", (path, expected) => {
    expect(isWorkspacePath(path)).toBe(expected);
  });
});
