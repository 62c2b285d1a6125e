import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/messages/en";
import { vi } from "@/lib/i18n/messages/vi";
import { MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, MAX_PHOTOS_PER_SUBMISSION } from "@/lib/files/limits";

// next.config.mjs is JavaScript without types: loaded by its path.
const configPath = new URL("../../next.config.mjs", import.meta.url).href;
const { default: nextConfig } = (await import(/* @vite-ignore */ configPath)) as { default: unknown };

/** Bytes of a size as Next reads it (the `bytes` package: 1mb = 1024 × 1024). */
function bytesOf(size: string | number | undefined): number {
  if (typeof size === "number") return size;
  const match = /^(\d+)(b|kb|mb|gb)$/i.exec(size ?? "");
  if (!match) throw new Error(`Unreadable size: ${size}`);
  return Number(match[1]) * 1024 ** ["b", "kb", "mb", "gb"].indexOf(match[2]!.toLowerCase());
}

describe("upload limits", () => {
  const config = nextConfig as { experimental?: { serverActions?: { bodySizeLimit?: string | number }; proxyClientMaxBodySize?: string | number } };
  // The form's text and the multipart framing, generously.
  const fullForm = MAX_PHOTOS_PER_SUBMISSION * MAX_PHOTO_BYTES + 1024 * 1024;

  it("let a server action receive a form with every photo at the largest size", () => {
    expect(bytesOf(config.experimental?.serverActions?.bodySizeLimit)).toBeGreaterThanOrEqual(fullForm);
  });

  it("let proxy.ts pass the whole body on (it buffers only up to its limit)", () => {
    expect(bytesOf(config.experimental?.proxyClientMaxBodySize)).toBeGreaterThanOrEqual(bytesOf(config.experimental?.serverActions?.bodySizeLimit));
  });

  // The messages keep a number and its unit together with a no-break space.
  it("are the numbers the messages name", () => {
    const megabytes = MAX_PHOTO_BYTES / 1024 / 1024;
    expect(vi.validation.photoTooLarge).toContain(`${megabytes}\u00a0MB`);
    expect(en.validation.photoTooLarge).toContain(`${megabytes}\u00a0MB`);
    expect(vi.photoInput.hint).toContain(`${megabytes}\u00a0MB`);
    expect(en.photoInput.hint).toContain(`${megabytes}\u00a0MB`);
    expect(vi.validation.photoTooMany).toContain(`${MAX_PHOTOS_PER_SUBMISSION} ảnh`);
    expect(en.validation.photoTooMany).toContain(`${MAX_PHOTOS_PER_SUBMISSION} photos`);
    expect(vi.validation.photoDimensions).toContain(`${MAX_PHOTO_PIXELS / 1_000_000}\u00a0megapixel`);
    expect(en.validation.photoDimensions).toContain(`${MAX_PHOTO_PIXELS / 1_000_000}\u00a0megapixels`);
  });
});
