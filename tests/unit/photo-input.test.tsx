// @vitest-environment happy-dom
import { act } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { addChosen, PhotoInput } from "@/components/forms/photo-input";
import { fitWithin, isAcceptedType, jpegName } from "@/lib/files/browser-shrink";
import { mount, withMessages, type Mounted } from "../support/dom";

describe("shrinking arithmetic", () => {
  it("fits the long side within the limit and never enlarges", () => {
    expect(fitWithin(4032, 3024, 2048)).toEqual({ width: 2048, height: 1536 });
    expect(fitWithin(3024, 4032, 2048)).toEqual({ width: 1536, height: 2048 });
    expect(fitWithin(800, 600, 2048)).toEqual({ width: 800, height: 600 });
    expect(fitWithin(10000, 1, 2048)).toEqual({ width: 2048, height: 1 });
    expect(() => fitWithin(0, 10, 2048)).toThrow(RangeError);
  });

  it("names the shrunk file .jpg", () => {
    expect(jpegName("IMG_0042.HEIC")).toBe("IMG_0042.jpg");
    expect(jpegName("nha.tinh.nghia.png")).toBe("nha.tinh.nghia.jpg");
    expect(jpegName("anh")).toBe("anh.jpg");
    expect(jpegName(".png")).toBe("photo.jpg");
  });

  it("lets the server judge files of no known type", () => {
    expect(isAcceptedType("image/jpeg")).toBe(true);
    expect(isAcceptedType("")).toBe(true);
    expect(isAcceptedType("image/heic")).toBe(false);
  });

  it("adds chosen files up to the limit", () => {
    expect(addChosen([1, 2], [3, 4], 6)).toEqual({ next: [1, 2, 3, 4], overflow: false });
    expect(addChosen([1, 2], [3, 4, 5], 4)).toEqual({ next: [1, 2, 3, 4], overflow: true });
    expect(addChosen([1, 2, 3], [4], 2)).toEqual({ next: [1, 2, 3], overflow: true });
  });
});

describe("PhotoInput on the server (and without JavaScript)", () => {
  const html = renderToStaticMarkup(withMessages(<PhotoInput id="photos" name="photos" label="Ảnh" error="Tệp này không phải là ảnh." />));
  const inputs = html.match(/<input [^>]*>/g) ?? [];

  it("is two plain file inputs of the same name: camera and library", () => {
    expect(inputs).toHaveLength(2);
    for (const input of inputs) {
      expect(input).toContain('type="file"');
      expect(input).toContain('name="photos"');
      expect(input).toContain('accept="image/jpeg,image/png,image/webp"');
      expect(input).toContain('aria-describedby="photos-hint photos-error photos-status"');
      expect(input).toContain('aria-invalid="true"');
      expect(input).not.toContain("sr-only");
    }
    expect(inputs[0]).toContain('id="photos-camera"');
    expect(inputs[0]).toContain('capture="environment"');
    expect(inputs[0]).not.toContain("multiple");
    expect(inputs[1]).toContain('id="photos"');
    expect(inputs[1]).toContain('multiple=""');
    expect(inputs[1]).not.toContain("capture");
  });

  it("labels the group and each input, with the rules and the server's error", () => {
    expect(html).toContain("<legend");
    expect(html).toContain(">Ảnh</legend>");
    expect(html).toContain("<span>Chụp ảnh</span>");
    expect(html).toContain("<span>Chọn ảnh</span>");
    expect(html).toContain('<p id="photos-hint" class="text-sm text-ink-600">Ảnh JPEG, PNG hoặc WebP, mỗi ảnh tối đa 10\u00a0MB.</p>');
    expect(html).toContain('<p id="photos-error" aria-live="polite" class="text-sm font-medium text-danger-700">Tệp này không phải là ảnh.</p>');
  });
});

describe("PhotoInput in the browser", () => {
  let mounted: Mounted | undefined;
  afterEach(() => mounted?.unmount());

  /** A shrink that turns each file into a small JPEG named like shrinkPhoto does. */
  const fakeShrink = async (file: File) => {
    if (file.type === "image/heic" || file.name.startsWith("broken")) throw new Error("cannot decode");
    return new File([new Uint8Array(10)], jpegName(file.name), { type: "image/jpeg" });
  };

  async function render(max?: number) {
    mounted = await mount(
      <form id="f">
        <input name="title" defaultValue="Hội nghị" />
        <PhotoInput id="photos" name="photos" label="Ảnh" shrink={fakeShrink} max={max} />
      </form>,
    );
    const container = mounted.container;
    return {
      library: container.querySelector<HTMLInputElement>("#photos")!,
      camera: container.querySelector<HTMLInputElement>("#photos-camera")!,
      form: container.querySelector("form")!,
      previews: () => [...container.querySelectorAll("img")].map((img) => img.getAttribute("alt")),
      status: () => container.querySelector("#photos-status")!.textContent,
      // What the server reads (chosenFiles skips the empty part of the empty camera input).
      sent: () =>
        (new FormData(container.querySelector("form")!).getAll("photos") as File[]).filter((file) => !(file.size === 0 && file.name === "")).map((file) => file.name),
    };
  }

  async function choose(input: HTMLInputElement, files: File[]) {
    const transfer = new DataTransfer();
    for (const file of files) transfer.items.add(file);
    input.files = transfer.files;
    await act(async () => {
      input.dispatchEvent(new Event("change", { bubbles: true }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }

  const photo = (name: string, type = "image/jpeg") => new File([new Uint8Array(5000)], name, { type });

  it("shrinks chosen photos, previews them and sends the shrunk files with the form", async () => {
    const picker = await render();
    expect(picker.library.className).toBe("sr-only");
    expect(mounted!.container.querySelector("#photos-hint")!.textContent).toBe("Ảnh JPEG, PNG hoặc WebP, mỗi ảnh tối đa 10\u00a0MB. Ảnh được thu nhỏ trên máy trước khi tải lên.");
    await choose(picker.library, [photo("a.png", "image/png"), photo("b.jpg")]);
    expect(picker.previews()).toEqual(["a.jpg", "b.jpg"]);
    expect(picker.status()).toBe("Đã chọn 2 ảnh");
    expect(picker.sent()).toEqual(["a.jpg", "b.jpg"]);
    expect((new FormData(picker.form).getAll("photos") as File[]).map((file) => file.size)).toEqual([0, 10, 10]);
  });

  it("adds camera shots to the chosen photos and empties the camera input", async () => {
    const picker = await render();
    await choose(picker.library, [photo("a.jpg")]);
    await choose(picker.camera, [photo("camera.jpg")]);
    expect(picker.previews()).toEqual(["a.jpg", "camera.jpg"]);
    expect(picker.camera.files?.length ?? 0).toBe(0);
    expect(picker.sent()).toEqual(["a.jpg", "camera.jpg"]);
    // A second choice in the library adds to the first instead of replacing it.
    await choose(picker.library, [photo("c.jpg")]);
    expect(picker.sent()).toEqual(["a.jpg", "camera.jpg", "c.jpg"]);
  });

  it("removes a photo from the previews and from what is sent", async () => {
    const picker = await render();
    await choose(picker.library, [photo("a.jpg"), photo("b.jpg"), photo("c.jpg")]);
    const removeB = mounted!.container.querySelector<HTMLButtonElement>('button[aria-label="Bỏ ảnh b.jpg"]')!;
    expect(removeB.textContent).toBe("Bỏ");
    await act(async () => removeB.click());
    expect(picker.previews()).toEqual(["a.jpg", "c.jpg"]);
    expect(picker.sent()).toEqual(["a.jpg", "c.jpg"]);
    expect(picker.status()).toBe("Đã chọn 2 ảnh");
  });

  it("keeps at most `max` photos and says so", async () => {
    const picker = await render(2);
    await choose(picker.library, [photo("a.jpg"), photo("b.jpg"), photo("c.jpg")]);
    expect(picker.sent()).toEqual(["a.jpg", "b.jpg"]);
    expect(picker.status()).toBe("Đã chọn 2 ảnhMỗi lần lưu tối đa 6 ảnh.");
  });

  it("sends a photo the browser cannot decode as it is, unless its type is refused anyway", async () => {
    const picker = await render();
    await choose(picker.library, [photo("broken.jpg"), photo("IMG_1.HEIC", "image/heic")]);
    expect(picker.sent()).toEqual(["broken.jpg"]);
    expect(picker.status()).toBe("Đã chọn 1 ảnhChỉ nhận ảnh JPEG, PNG hoặc WebP.");
  });

  it("keeps the chosen photos when the form is reset after a refused save", async () => {
    const picker = await render();
    await choose(picker.library, [photo("a.jpg")]);
    await act(async () => {
      picker.form.reset();
      picker.library.files = new DataTransfer().files; // what a browser's reset does to a file input
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
    expect(picker.sent()).toEqual(["a.jpg"]);
  });
});
