// @vitest-environment happy-dom
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { MoneyField, moneyReading } from "@/components/forms/money-field";
import { mount, typeInto, withMessages, type Mounted } from "../support/dom";

const vnd = (value: bigint) => `${value} đ`;

describe("moneyReading", () => {
  it("reads an amount back as a figure and words", () => {
    expect(moneyReading("950 triệu", "vi", vnd)).toEqual({ kind: "amount", figure: "950000000 đ", words: "Chín trăm năm mươi triệu đồng" });
    expect(moneyReading("950tr", "en", vnd)).toEqual({ kind: "amount", figure: "950000000 đ", words: "Nine hundred fifty million dong" });
  });

  it("shows nothing for an empty field and the catalog key of a refusal", () => {
    expect(moneyReading("  ", "vi", vnd)).toEqual({ kind: "none" });
    expect(moneyReading("abc", "vi", vnd)).toEqual({ kind: "refused", message: "validation.money" });
    expect(moneyReading("-5", "vi", vnd)).toEqual({ kind: "refused", message: "validation.moneyNegative" });
    expect(moneyReading("1,5", "vi", vnd)).toEqual({ kind: "refused", message: "validation.moneyFraction" });
  });
});

describe("MoneyField on the server", () => {
  const html = (props: Partial<Parameters<typeof MoneyField>[0]> = {}, locale: "vi" | "en" = "vi") =>
    renderToStaticMarkup(withMessages(<MoneyField id="value" label="Giá trị" {...props} />, locale));

  it("renders the submitted amount in words, so they show without JavaScript", () => {
    const page = html({ defaultValue: "950 triệu", required: true });
    expect(page).toMatch(/<input [^>]*id="value"[^>]*>/);
    const input = page.match(/<input [^>]*>/)![0];
    expect(input).toContain('name="value"');
    expect(input).toContain('inputMode="decimal"');
    expect(input).toContain('value="950 triệu"');
    expect(input).toContain('aria-describedby="value-hint value-error value-reading"');
    expect(input).toContain("required");
    expect(page).toContain('<p id="value-reading" aria-live="polite" class="text-sm">');
    expect(page).toContain("950.000.000 đ");
    expect(page).toContain("Bằng chữ: Chín trăm năm mươi triệu đồng");
    expect(page).toContain("Có thể gõ 950.000.000, 950 triệu, 950tr, 1,5 tỷ hoặc 1 tỷ 200 triệu.");
  });

  it("speaks English to English readers", () => {
    const page = html({ defaultValue: "1,5 tỷ" }, "en");
    expect(page).toContain("1,500,000,000 VND");
    expect(page).toContain("In words: One billion five hundred million dong");
  });

  it("shows the server's error once, next to the field, and keeps what was typed", () => {
    const page = html({ defaultValue: "abc", error: "Số tiền không hợp lệ. Hãy nhập như 950.000.000, 950 triệu, 950tr hoặc 1,5 tỷ." });
    expect(page).toContain('value="abc"');
    expect(page).toContain('aria-invalid="true"');
    expect(page.match(/Số tiền không hợp lệ/g)).toHaveLength(1);
    expect(page).toContain('<p id="value-error" aria-live="polite" class="text-sm font-medium text-danger-700">');
  });

  it("keeps the reading region (empty) for an empty field, with a custom name and no hint", () => {
    const page = html({ name: "contributions.0.amount", hint: null });
    expect(page).toContain('name="contributions.0.amount"');
    expect(page).not.toContain("value-hint");
    expect(page).toContain('<p id="value-reading" aria-live="polite" class="text-sm sr-only"></p>');
  });
});

describe("MoneyField in the browser", () => {
  let mounted: Mounted | undefined;
  afterEach(() => mounted?.unmount());

  it("reads the amount back as it is typed", async () => {
    mounted = await mount(<MoneyField id="value" label="Giá trị" />);
    const input = mounted.container.querySelector("input")!;
    const reading = () => mounted!.container.querySelector("#value-reading")!.textContent;
    expect(reading()).toBe("");
    await typeInto(input, "950tr");
    expect(reading()).toBe("950.000.000 đBằng chữ: Chín trăm năm mươi triệu đồng");
    await typeInto(input, "1 tỷ 200 triệu");
    expect(reading()).toContain("Một tỷ hai trăm triệu đồng");
    await typeInto(input, "1 tỷ 200 tri");
    expect(reading()).toBe("Số tiền không hợp lệ. Hãy nhập như 950.000.000, 950 triệu, 950tr hoặc 1,5 tỷ.");
    await typeInto(input, "");
    expect(reading()).toBe("");
  });

  it("follows a new submitted value", async () => {
    mounted = await mount(<MoneyField id="value" label="Giá trị" defaultValue="5" />);
    const reading = () => mounted!.container.querySelector("#value-reading")!.textContent;
    expect(reading()).toContain("Năm đồng");
    const { act } = await import("react");
    await act(async () => mounted!.root.render(withMessages(<MoneyField id="value" label="Giá trị" defaultValue="25k" />)));
    expect(reading()).toContain("Hai mươi lăm nghìn đồng");
  });
});
