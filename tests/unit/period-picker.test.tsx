import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { periodHref, pickerYears, switchKind } from "@/components/periods/period-choices";
import { PeriodPicker, type PeriodPickerLabels } from "@/components/periods/period-picker";
import { vi } from "@/lib/i18n/messages/vi";
import { viTranslator } from "@/lib/i18n/vietnamese";
import { periodLabelValues } from "@/lib/periods";

const labels: PeriodPickerLabels = { ...vi.periodPicker, periodName: (p) => viTranslator("periods.label", periodLabelValues(p.kind, p.year, p.sequence)) };

describe("period links", () => {
  it("change only ky and keep the other parameters, repeated ones included", () => {
    const href = periodHref("/ho-so/nha", { ban: "abc", ky: "2021", loai: ["a", "b"], trang: "3" }, { kind: "QUARTER", year: 2022, sequence: 3 });
    expect(href).toBe("/ho-so/nha?ban=abc&loai=a&loai=b&trang=3&ky=2022-Q3");
  });

  it("drop the parameters a new period makes meaningless", () => {
    expect(periodHref("/x", { ban: "abc", trang: "3", ky: "2021" }, { kind: "YEAR", year: 2022, sequence: 1 }, ["trang"])).toBe("/x?ban=abc&ky=2022");
  });

  it("switch kind within the same year, from the same first month", () => {
    const q3 = { kind: "QUARTER", year: 2022, sequence: 3 } as const;
    expect(switchKind(q3, "HALF_YEAR")).toEqual({ kind: "HALF_YEAR", year: 2022, sequence: 2 });
    expect(switchKind(q3, "MONTH")).toEqual({ kind: "MONTH", year: 2022, sequence: 7 });
    expect(switchKind(q3, "YEAR")).toEqual({ kind: "YEAR", year: 2022, sequence: 1 });
    expect(switchKind({ kind: "YEAR", year: 2022, sequence: 1 }, "QUARTER")).toEqual({ kind: "QUARTER", year: 2022, sequence: 1 });
  });

  it("offer the years from the first data year to the next one", () => {
    expect(pickerYears(2022, 2025)).toEqual([2026, 2025, 2024, 2023, 2022]);
  });
});

describe("PeriodPicker", () => {
  const render = (ky: Parameters<typeof PeriodPicker>[0]["selected"], extra: Partial<Parameters<typeof PeriodPicker>[0]> = {}) =>
    renderToStaticMarkup(<PeriodPicker pathname="/bang-dieu-khien" searchParams={{ ban: "an-giang", ky: "x" }} selected={ky} years={[2023, 2022]} labels={labels} {...extra} />);

  it("is a GET form on the same page that keeps the other parameters as hidden fields", () => {
    const html = render({ kind: "HALF_YEAR", year: 2022, sequence: 1 });
    expect(html).toMatch(/<form [^>]*action="\/bang-dieu-khien" method="get"/);
    expect(html).toContain('<input type="hidden" name="ban" value="an-giang"/>');
    expect(html).not.toContain('name="ky" value="x"');
    expect(html).toMatch(/<select [^>]*name="ky"[^>]*>/);
    expect(html).toContain('<option value="2022-H1" selected="">6 tháng đầu năm 2022</option>');
    expect(html).toContain('<optgroup label="2023"><option value="2023-H1">6 tháng đầu năm 2023</option><option value="2023-H2">6 tháng cuối năm 2023</option></optgroup>');
  });

  it("links each kind to the period of that kind in the same year, and marks the current kind", () => {
    const html = render({ kind: "QUARTER", year: 2022, sequence: 3 });
    expect(html).toContain('href="/bang-dieu-khien?ban=an-giang&amp;ky=2022-M07"');
    expect(html).toContain('href="/bang-dieu-khien?ban=an-giang&amp;ky=2022-H2"');
    expect(html).toMatch(/<a aria-current="true"[^>]*href="\/bang-dieu-khien\?ban=an-giang&amp;ky=2022-Q3">Quý<\/a>/);
    expect(html.match(/aria-current/g)).toHaveLength(1);
    expect([...html.matchAll(/<a [^>]*>([^<]*)<\/a>/g)].map((m) => m[1])).toEqual(["Năm", "6 tháng", "9 tháng", "Quý", "Tháng"]);
  });

  it("names a campaign phase that is selected", () => {
    const html = render({ kind: "PHASE", phaseId: "p1" }, { phase: { name: "Đợt 1 năm 2023", around: { kind: "MONTH", year: 2023, sequence: 7 } } });
    expect(html).toContain('<option value="dot-p1" selected="">Đợt 1 năm 2023</option>');
    expect(html).not.toContain('aria-current="true"');
  });

  it("offers every period first when a list asks for it, and marks it while no period filters", () => {
    const any = { label: "Mọi kỳ", href: "/ho-so/hoi-nghi?ban=an-giang", active: true };
    const html = render({ kind: "YEAR", year: 2023, sequence: 1 }, { anyPeriod: any });
    expect(html).toMatch(/<a aria-current="true"[^>]*href="\/ho-so\/hoi-nghi\?ban=an-giang">Mọi kỳ<\/a>/);
    expect(html.match(/aria-current/g)).toHaveLength(1);
    expect(html).toContain('<option value="" selected="">Mọi kỳ</option>');
    expect(html).not.toContain('<option value="2023" selected="">');
    const chosen = render({ kind: "YEAR", year: 2023, sequence: 1 }, { anyPeriod: { ...any, active: false } });
    expect(chosen).toContain('<option value="">Mọi kỳ</option>');
    expect(chosen).toContain('<option value="2023" selected="">');
    expect(chosen).toMatch(/<a aria-current="true"[^>]*>Năm<\/a>/);
  });
});
