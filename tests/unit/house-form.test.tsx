// @vitest-environment happy-dom
// The house form in a browser and as the server renders it (without
// JavaScript): funding rows, the date of handover only for a handed-over
// house, the contributions' total against the value, and the catalog paths
// the pages hand it.
import { act } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { DRAFT_KEEPER_MESSAGES } from "@/components/forms/draft-keeper";
import { MONEY_FIELD_MESSAGES } from "@/components/forms/money-field";
import { PHOTO_INPUT_MESSAGES } from "@/components/forms/photo-input";
import { committeeForDay, HouseForm, type HouseFormInitial } from "@/components/houses/house-form";
import { HOUSE_FORM_MESSAGES } from "@/components/houses/house-form-messages";
import { emptyFormState } from "@/lib/actions/form-state-shape";
import { mount, typeInto, withMessages, type Mounted } from "../support/dom";

const choices = {
  committees: [{ id: "c1", name: "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang" }],
  programmes: [{ id: "p1", name: "Nhà “Nghĩa tình Dân vận”" }],
  funderCommittees: [{ id: "c1", name: "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang" }],
  partners: [{ id: "pa1", name: "Hội Nông dân tỉnh" }],
  campaigns: [],
  agreements: [],
};

const initial: HouseFormInitial = {
  committeeId: "c1",
  programmeId: "",
  work: "NEW",
  status: "HANDED_OVER",
  startedOn: "",
  handedOverOn: "2026-11-22",
  commune: "",
  value: "",
  campaignId: "",
  agreementId: "",
  household: { name: "", category: "", address: "" },
  fundings: [],
};

const action = async () => emptyFormState;
const form = (props: Partial<Parameters<typeof HouseForm>[0]> = {}) => (
  <HouseForm formId="house-new" userId="u1" action={action} choices={choices} initial={initial} {...props} />
);

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  localStorage.clear();
});

const merged = [
  { id: "new", name: "Ban Tuyên giáo và Dân vận Tỉnh ủy An Giang", validFrom: "2025-07-01", validTo: null, own: true },
  { id: "old", name: "Ban Dân vận Tỉnh ủy An Giang", validFrom: "2020-01-01", validTo: "2025-06-30", own: false },
];

describe("committeeForDay", () => {
  it("proposes the viewer's own committee while it exists, and before that the predecessor it acts for", () => {
    expect(committeeForDay(merged, "2026-01-05")).toBe("new");
    expect(committeeForDay(merged, "2025-07-01")).toBe("new");
    expect(committeeForDay(merged, "2025-06-30")).toBe("old");
    expect(committeeForDay(merged, "2019-12-31")).toBeNull();
  });
});

describe("HouseForm", () => {
  it("switches the committee with the date of handover until one is chosen by hand", async () => {
    mounted = await mount(form({ choices: { ...choices, committees: merged }, initial: { ...initial, committeeId: "new" } }));
    const committee = mounted.container.querySelector<HTMLSelectElement>('select[name="committeeId"]')!;
    const date = mounted.container.querySelector<HTMLInputElement>('input[name="handedOverOn"]')!;
    const change = async (element: HTMLInputElement | HTMLSelectElement, value: string) =>
      act(async () => {
        Object.getOwnPropertyDescriptor(Object.getPrototypeOf(element), "value")!.set!.call(element, value);
        element.dispatchEvent(new Event("input", { bubbles: true }));
        element.dispatchEvent(new Event("change", { bubbles: true }));
      });
    await change(date, "2022-03-18");
    expect(committee.value).toBe("old");
    await change(date, "2026-01-05");
    expect(committee.value).toBe("new");
    await change(committee, "old");
    await change(date, "2026-02-01");
    expect(committee.value).toBe("old");
  });

  it("hands the pages every catalog path its parts read", () => {
    for (const path of [...MONEY_FIELD_MESSAGES, ...PHOTO_INPUT_MESSAGES, ...DRAFT_KEEPER_MESSAGES]) {
      expect(HOUSE_FORM_MESSAGES.some((given) => path === given || path.startsWith(`${given}.`)), path).toBe(true);
    }
  });

  it("works without JavaScript: two funding rows with a name field each, no add or remove buttons", () => {
    const html = renderToStaticMarkup(withMessages(form()));
    expect(html.match(/name="fundings\.\d+\.contributor"/g)).toEqual(['name="fundings.0.contributor"', 'name="fundings.1.contributor"']);
    expect(html.match(/name="fundings\.\d+\.name"/g)).toHaveLength(2);
    expect(html).not.toContain("Thêm khoản đóng góp");
    expect(html).toMatch(/<form id="house-new"/);
  });

  it("starts from the house being edited, with one blank row to add, and shows the household read-only when it may not be changed", () => {
    const html = renderToStaticMarkup(
      withMessages(
        form({
          version: 3,
          initial: { ...initial, value: "950.000.000", household: null, fundings: [{ contributor: "partner:pa1", name: "", amount: "950.000.000" }] },
          householdNote: <p>read-only</p>,
        }),
      ),
    );
    expect(html).toContain('name="version" value="3"');
    expect(html.match(/name="fundings\.\d+\.amount"/g)).toEqual(['name="fundings.0.amount"', 'name="fundings.1.amount"']);
    expect(html).toContain('<option value="partner:pa1" selected="">');
    expect(html).not.toContain('name="householdName"');
    expect(html).toContain("read-only");
    expect(html).toContain("Tổng đóng góp: 950.000.000 đ trên giá trị 950.000.000 đ");
  });

  it("in a browser: adds and removes rows, asks the name only of another donor, the date only of a handed-over house, and totals the rows", async () => {
    mounted = await mount(form());
    const { container } = mounted;
    const select = (name: string) => container.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
    const input = (name: string) => container.querySelector<HTMLInputElement>(`input[name="${name}"]`);
    const button = (text: string) => [...container.querySelectorAll("button")].find((b) => b.textContent === text)!;

    expect(input("fundings.0.name")).toBeNull();
    await act(async () => {
      select("fundings.0.contributor").value = "other";
      select("fundings.0.contributor").dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(input("fundings.0.name")).not.toBeNull();

    await act(async () => button("Thêm khoản đóng góp").click());
    expect(container.querySelectorAll('select[name^="fundings."]')).toHaveLength(3);
    await act(async () => container.querySelector<HTMLButtonElement>('button[aria-label="Bỏ khoản 2"]')!.click());
    expect([...container.querySelectorAll('select[name^="fundings."]')].map((s) => (s as HTMLSelectElement).name)).toEqual(["fundings.0.contributor", "fundings.2.contributor"]);

    await typeInto(input("value")!, "950 triệu");
    await typeInto(input("fundings.0.amount")!, "500tr");
    await typeInto(input("fundings.2.amount")!, "400tr");
    expect(container.textContent).toContain("Tổng đóng góp: 900.000.000 đ trên giá trị 950.000.000 đ");

    expect(input("handedOverOn")!.disabled).toBe(false);
    await act(async () => {
      select("status").value = "BUILDING";
      select("status").dispatchEvent(new Event("change", { bubbles: true }));
    });
    expect(input("handedOverOn")!.disabled).toBe(true);
  });
});
