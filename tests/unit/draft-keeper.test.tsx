// @vitest-environment happy-dom
import { act } from "react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { DraftCleared, DraftKeeper } from "@/components/forms/draft-keeper";
import { MoneyField } from "@/components/forms/money-field";
import { formatDateTime } from "@/lib/format/date";
import { draftKey, parseDraft, serializeDraft } from "@/lib/forms/drafts";
import { mount, typeInto, withMessages, type Mounted } from "../support/dom";

vi.mock("next-auth/react", () => ({ signOut: vi.fn(async () => undefined) }));

const USER = "user-1";
const KEY = draftKey(USER, "house-form");
const wait = (ms: number) => act(async () => void (await new Promise((resolve) => setTimeout(resolve, ms))));

type Values = { name?: string; address?: string; value?: string; summary?: string; version?: string };

function HouseForm({ values = {}, saved = false, debounceMs = 10 }: { values?: Values; saved?: boolean; debounceMs?: number }) {
  return (
    <form id="house-form">
      <DraftKeeper formId="house-form" userId={USER} saved={saved} debounceMs={debounceMs} />
      {values.version ? <input type="hidden" name="version" defaultValue={values.version} /> : null}
      <input name="name" defaultValue={values.name ?? ""} />
      <input name="address" defaultValue={values.address ?? ""} />
      <MoneyField id="value" label="Giá trị" defaultValue={values.value ?? ""} />
      <textarea name="summary" defaultValue={values.summary ?? ""} />
      <input type="password" name="password" defaultValue="" />
      <input type="file" name="photos" />
    </form>
  );
}

describe("DraftKeeper", () => {
  let mounted: Mounted | undefined;
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    mounted?.unmount();
    mounted = undefined;
  });

  const field = (name: string) => mounted!.container.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  const stored = () => parseDraft(localStorage.getItem(KEY));
  const text = () => mounted!.container.textContent ?? "";
  const button = (label: string) => [...mounted!.container.querySelectorAll("button")].find((b) => b.textContent === label)!;

  it("keeps the text fields as they are typed, not passwords, files or the version", async () => {
    mounted = await mount(<HouseForm values={{ version: "3" }} debounceMs={300} />);
    await typeInto(field("name"), "Hộ bà Nguyễn Thị A");
    await typeInto(field("password"), "secret");
    await typeInto(field("value"), "950 triệu");
    expect(stored()).toBeNull(); // debounced
    await wait(400);
    expect(stored()).toMatchObject({ baseVersion: "3", values: { name: "Hộ bà Nguyễn Thị A", address: "", value: "950 triệu", summary: "" } });
    expect(localStorage.getItem(KEY)).not.toContain("secret");
    expect(Object.keys(stored()!.values)).not.toContain("version");
  });

  it("offers the draft when the form opens without it, and restores it on request", async () => {
    const savedAt = Date.now() - 3 * 24 * 60 * 60 * 1000;
    localStorage.setItem(KEY, serializeDraft({ savedAt, baseVersion: null, values: { name: "Hộ ông B", value: "950tr", summary: "Sửa mái" } }));
    mounted = await mount(<HouseForm />);
    expect(text()).toContain(`Có bản nháp chưa lưu của biểu mẫu này (lúc ${formatDateTime(savedAt)}).`);
    expect(field("name").value).toBe(""); // nothing is overwritten before the user chooses
    await act(async () => button("Khôi phục bản nháp").click());
    expect(field("name").value).toBe("Hộ ông B");
    expect(field("value").value).toBe("950tr");
    expect(mounted.container.querySelector("textarea")!.value).toBe("Sửa mái");
    // The money field saw the restored text as typing.
    expect(mounted.container.querySelector("#value-reading")!.textContent).toContain("Chín trăm năm mươi triệu đồng");
    expect(text()).toContain("Đã khôi phục bản nháp.");
    expect(text()).not.toContain("Bỏ bản nháp");
  });

  it("drops the draft on request and leaves the form as the server rendered it", async () => {
    localStorage.setItem(KEY, serializeDraft({ savedAt: Date.now(), baseVersion: null, values: { name: "Hộ ông B" } }));
    mounted = await mount(<HouseForm values={{ name: "Hộ ông C" }} />);
    await act(async () => button("Bỏ bản nháp").click());
    expect(localStorage.getItem(KEY)).toBeNull();
    expect(field("name").value).toBe("Hộ ông C");
    expect(text()).not.toContain("bản nháp");
    await typeInto(field("address"), "Ấp 3");
    await wait(30);
    expect(stored()?.values).toMatchObject({ name: "Hộ ông C", address: "Ấp 3" });
  });

  it("offers nothing when the form already shows the draft (the page re-rendered after a refused save)", async () => {
    localStorage.setItem(KEY, serializeDraft({ savedAt: Date.now(), baseVersion: null, values: { name: "Hộ ông B", value: "abc" } }));
    mounted = await mount(<HouseForm values={{ name: "Hộ ông B", value: "abc" }} />);
    expect(text()).not.toContain("bản nháp");
  });

  it("warns when the draft was written on an older version of the record", async () => {
    localStorage.setItem(KEY, serializeDraft({ savedAt: Date.now(), baseVersion: "3", values: { name: "Hộ ông B" } }));
    mounted = await mount(<HouseForm values={{ name: "Hộ ông D", version: "4" }} />);
    expect(mounted.container.querySelector('[role="alert"]')!.textContent).toContain("soạn trước khi bản ghi được cập nhật lần gần nhất");
  });

  it("does not overwrite an offered draft while the user has not chosen", async () => {
    const draft = serializeDraft({ savedAt: Date.now(), baseVersion: null, values: { name: "Hộ ông B" } });
    localStorage.setItem(KEY, draft);
    mounted = await mount(<HouseForm />);
    await typeInto(field("address"), "x");
    await wait(30);
    expect(localStorage.getItem(KEY)).toBe(draft);
  });

  it("drops the draft once the save succeeded", async () => {
    mounted = await mount(<HouseForm />);
    await typeInto(field("name"), "Hộ ông E");
    await wait(30);
    expect(stored()).not.toBeNull();
    await act(async () => mounted!.root.render(withMessages(<HouseForm values={{ name: "Hộ ông E" }} saved />)));
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it("does not keep a blank draft", async () => {
    mounted = await mount(<HouseForm />);
    await typeInto(field("name"), "x");
    await wait(30);
    await typeInto(field("name"), "");
    await wait(30);
    expect(localStorage.getItem(KEY)).toBeNull();
  });

  it("writes at once when the form is submitted", async () => {
    mounted = await mount(<HouseForm />);
    await typeInto(field("name"), "Hộ ông F");
    await act(async () => void mounted!.container.querySelector("form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true })));
    expect(stored()?.values.name).toBe("Hộ ông F");
  });

  it("removes other users' drafts from a shared browser", async () => {
    localStorage.setItem(draftKey("user-2", "house-form"), serializeDraft({ savedAt: Date.now(), baseVersion: null, values: { name: "x" } }));
    mounted = await mount(<HouseForm />);
    expect(localStorage.getItem(draftKey("user-2", "house-form"))).toBeNull();
  });
});

describe("DraftCleared and sign-out", () => {
  beforeEach(() => localStorage.clear());

  it("DraftCleared drops the drafts of the saved forms only", async () => {
    const draft = serializeDraft({ savedAt: Date.now(), baseVersion: null, values: { name: "x" } });
    localStorage.setItem(draftKey(USER, "house-new"), draft);
    localStorage.setItem(draftKey(USER, "activity-new"), draft);
    const mounted = await mount(<DraftCleared userId={USER} formIds={["house-new"]} />);
    expect(localStorage.getItem(draftKey(USER, "house-new"))).toBeNull();
    expect(localStorage.getItem(draftKey(USER, "activity-new"))).toBe(draft);
    mounted.unmount();
  });

  it("signing out clears every draft in the browser", async () => {
    const { signOut } = await import("next-auth/react");
    const draft = serializeDraft({ savedAt: Date.now(), baseVersion: null, values: { name: "x" } });
    localStorage.setItem(draftKey(USER, "house-new"), draft);
    localStorage.setItem(draftKey("user-2", "activity-new"), draft);
    localStorage.setItem("theme", "dark");
    const mounted = await mount(<SignOutButton label="Đăng xuất" pendingLabel="Đang đăng xuất…" />);
    await act(async () => mounted.container.querySelector("button")!.click());
    expect(signOut).toHaveBeenCalledWith({ callbackUrl: "/" });
    expect(localStorage.getItem(draftKey(USER, "house-new"))).toBeNull();
    expect(localStorage.getItem(draftKey("user-2", "activity-new"))).toBeNull();
    expect(localStorage.getItem("theme")).toBe("dark");
    mounted.unmount();
  });
});
