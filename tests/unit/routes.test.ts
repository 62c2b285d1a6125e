import { describe, expect, it } from "vitest";
import { HOME_AFTER_SIGN_IN, isWorkspacePath, safeCallbackPath } from "@/lib/auth/routes";

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
