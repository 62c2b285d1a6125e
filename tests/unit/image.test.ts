import { createHash } from "node:crypto";
import { crc32, deflateSync } from "node:zlib";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { RuleViolation } from "@/lib/data/errors";
import { PhotoError, processPhoto, sniffImageType, type PhotoErrorReason } from "@/lib/files/image";
import { MAX_PHOTO_BYTES } from "@/lib/files/limits";
import { chosenFiles, processPhotoUploads } from "@/lib/files/uploads";

/** The tags of IFD0 of an EXIF block as sharp returns it ("Exif\0\0" + TIFF). */
function ifd0Tags(exif: Buffer): number[] {
  const tiff = exif.subarray(exif.indexOf("II*\0") >= 0 ? exif.indexOf("II*\0") : exif.indexOf("MM\0*"));
  const little = tiff.toString("latin1", 0, 2) === "II";
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  const ifd = u32(4);
  return Array.from({ length: u16(ifd) }, (_, index) => u16(ifd + 2 + index * 12));
}

const GPS_IFD_POINTER = 0x8825;

/** A 64×32 camera JPEG turned on its side (EXIF orientation 6) with a GPS location and camera make. */
async function cameraJpeg() {
  return sharp({ create: { width: 64, height: 32, channels: 3, background: "#b91c1c" } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: "CameraMakerXYZ", Model: "PhoneModel" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "10/1 22/1 3/1", GPSLongitudeRef: "E", GPSLongitude: "105/1 26/1 9/1" },
    })
    .toBuffer();
}

const image = (width: number, height: number, format: "jpeg" | "png" | "webp", alpha = false) =>
  sharp({ create: { width, height, channels: alpha ? 4 : 3, background: alpha ? { r: 0, g: 80, b: 160, alpha: 0.5 } : "#0050a0" } })
    [format]()
    .toBuffer();

async function refusal(bytes: Uint8Array, field?: string): Promise<PhotoError> {
  try {
    await processPhoto(bytes, field);
  } catch (error) {
    if (error instanceof PhotoError) return error;
    throw error;
  }
  throw new Error("the photo was accepted");
}

const reason = async (bytes: Uint8Array): Promise<PhotoErrorReason> => (await refusal(bytes)).reason;

describe("sniffImageType", () => {
  it("knows the accepted types and other images by their bytes", async () => {
    expect(sniffImageType(await image(4, 4, "jpeg"))).toBe("image/jpeg");
    expect(sniffImageType(await image(4, 4, "png"))).toBe("image/png");
    expect(sniffImageType(await image(4, 4, "webp"))).toBe("image/webp");
    expect(sniffImageType(await sharp({ create: { width: 4, height: 4, channels: 3, background: "#fff" } }).gif().toBuffer())).toBe("other");
    expect(sniffImageType(await sharp({ create: { width: 4, height: 4, channels: 3, background: "#fff" } }).tiff().toBuffer())).toBe("other");
    expect(sniffImageType(Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe("other");
    expect(sniffImageType(Buffer.from("\0\0\0\x18ftypheic\0\0\0\0"))).toBe("other");
    expect(sniffImageType(Buffer.from("hello"))).toBeNull();
    expect(sniffImageType(new Uint8Array())).toBeNull();
  });
});

describe("processPhoto", () => {
  it("turns a camera photo upright and drops its EXIF, GPS location included", async () => {
    const input = await cameraJpeg();
    const before = await sharp(input).metadata();
    expect(before.orientation).toBe(6);
    expect(ifd0Tags(before.exif!)).toContain(GPS_IFD_POINTER);
    expect(input.includes("CameraMakerXYZ")).toBe(true);

    const photo = await processPhoto(input);
    expect(photo).toMatchObject({ contentType: "image/webp", width: 32, height: 64, sourceType: "image/jpeg" });
    for (const output of [photo.bytes, photo.thumbnail.bytes]) {
      const after = await sharp(output).metadata();
      expect(after.format).toBe("webp");
      expect(after.exif).toBeUndefined();
      expect(after.xmp).toBeUndefined();
      expect(after.icc).toBeUndefined();
      expect(after.orientation).toBeUndefined();
      expect(Buffer.from(output).includes("CameraMakerXYZ")).toBe(false);
      expect(Buffer.from(output).includes("Exif")).toBe(false);
    }
    // Upright: the top of the stored image is what the camera's orientation said.
    expect([photo.width, photo.height]).toEqual([before.autoOrient.width, before.autoOrient.height]);
  });

  it("resizes to web size and a thumbnail, never enlarging", async () => {
    const wide = await processPhoto(await image(3200, 1000, "png"));
    expect([wide.width, wide.height]).toEqual([1600, 500]);
    expect([wide.thumbnail.width, wide.thumbnail.height]).toEqual([400, 125]);
    const tall = await processPhoto(await image(900, 2400, "jpeg"));
    expect([tall.width, tall.height]).toEqual([600, 1600]);
    expect([tall.thumbnail.width, tall.thumbnail.height]).toEqual([150, 400]);
    const small = await processPhoto(await image(300, 200, "webp"));
    expect([small.width, small.height, small.thumbnail.width, small.thumbnail.height]).toEqual([300, 200, 300, 200]);
    expect(small.sourceType).toBe("image/webp");
    const meta = await sharp(wide.bytes).metadata();
    expect([meta.width, meta.height]).toEqual([1600, 500]);
  });

  it("keeps transparency", async () => {
    const photo = await processPhoto(await image(40, 40, "png", true));
    expect((await sharp(photo.bytes).metadata()).hasAlpha).toBe(true);
  });

  it("gives the SHA-256 of the bytes it returns", async () => {
    const photo = await processPhoto(await image(50, 50, "jpeg"));
    expect(photo.sha256).toBe(createHash("sha256").update(photo.bytes).digest("hex"));
    expect(photo.thumbnail.sha256).toBe(createHash("sha256").update(photo.thumbnail.bytes).digest("hex"));
    expect(photo.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("refuses what is not an image, whatever its name", async () => {
    expect(await reason(Buffer.from("MZ\x90\0 a program renamed to photo.jpg"))).toBe("notImage");
    expect(await reason(Buffer.from("%PDF-1.7"))).toBe("notImage");
    expect(await reason(new Uint8Array())).toBe("notImage");
  });

  it("refuses other image types", async () => {
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#fff" } }).gif().toBuffer();
    expect(await reason(gif)).toBe("unsupportedType");
    expect(await reason(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'))).toBe("unsupportedType");
  });

  it("refuses a broken or truncated image", async () => {
    const jpeg = await image(200, 200, "jpeg");
    expect(await reason(jpeg.subarray(0, 300))).toBe("corrupt");
    expect(await reason(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(500, 7)]))).toBe("corrupt");
    // PNG bytes inside a WebP container's header: the content disagrees with itself.
    const png = await image(20, 20, "png");
    expect(await reason(Buffer.concat([Buffer.from("RIFF\0\0\0\0WEBP"), png]))).toBe("corrupt");
  });

  it("refuses a file over 10 MB before decoding it", async () => {
    const big = new Uint8Array(MAX_PHOTO_BYTES + 1);
    big.set([0xff, 0xd8, 0xff]);
    expect(await reason(big)).toBe("tooLarge");
  });

  it("refuses a decompression bomb by its pixel count, before decoding", async () => {
    // A PNG that claims 20000 × 20000 pixels (400 megapixels) in 60 bytes: its
    // header is all that is read.
    const chunk = (type: string, data: Buffer) => {
      const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
      const length = Buffer.alloc(4);
      length.writeUInt32BE(data.length);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(body));
      return Buffer.concat([length, body, crc]);
    };
    const header = Buffer.alloc(13);
    header.writeUInt32BE(20_000, 0);
    header.writeUInt32BE(20_000, 4);
    header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
    const bomb = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(Buffer.alloc(10))), chunk("IEND", Buffer.alloc(0))]);
    expect(await sharp(bomb, { limitInputPixels: false }).metadata()).toMatchObject({ format: "png", width: 20_000, height: 20_000 });
    expect(await reason(bomb)).toBe("tooManyPixels");
  });

  it("throws a RuleViolation with the catalog key and the form field", async () => {
    const error = await refusal(Buffer.from("not an image"), "photos");
    expect(error).toBeInstanceOf(RuleViolation);
    expect(error.code).toBe("validation.photoNotImage");
    expect(error.field).toBe("photos");
  });
});

describe("photo uploads of a form", () => {
  const form = (files: (File | string)[]) => {
    const data = new FormData();
    for (const file of files) data.append("photos", file);
    data.append("title", "x");
    return data;
  };

  it("skip the empty part of an input where nothing was chosen", async () => {
    const jpeg = new File([await image(10, 10, "jpeg")], "a.jpg", { type: "image/jpeg" });
    // A server action's decoding may name the empty part.
    const data = form([new File([], "", { type: "application/octet-stream" }), new File([], "blob", { type: "application/octet-stream" }), jpeg, "text"]);
    expect(chosenFiles(data, "photos").map((file) => file.name)).toEqual(["a.jpg"]);
    const processed = await processPhotoUploads(data, "photos");
    expect(processed).toHaveLength(1);
    expect(processed[0]).toMatchObject({ fileName: "a.jpg", contentType: "image/webp", width: 10, height: 10 });
    expect(await processPhotoUploads(form([]), "photos")).toEqual([]);
    // A server action decodes that empty part as a file named "undefined" (seen from Chromium through Next).
    const decoded = new File([], "undefined", { type: "application/octet-stream" });
    expect(chosenFiles(form([decoded, jpeg]), "photos").map((file) => file.name)).toEqual(["a.jpg"]);
  });

  it("refuse too many photos, an oversized one before reading it, and a fake one", async () => {
    const jpeg = await image(10, 10, "jpeg");
    const many = form(Array.from({ length: 7 }, (_, index) => new File([jpeg], `${index}.jpg`)));
    await expect(processPhotoUploads(many, "photos")).rejects.toMatchObject({ reason: "tooMany", field: "photos", code: "validation.photoTooMany" });
    await expect(processPhotoUploads(form([new File([new Uint8Array(MAX_PHOTO_BYTES + 1)], "big.jpg")]), "photos")).rejects.toMatchObject({ reason: "tooLarge" });
    await expect(processPhotoUploads(form([new File([jpeg], "ok.jpg"), new File(["<html>"], "fake.jpg", { type: "image/jpeg" })]), "photos")).rejects.toMatchObject({
      reason: "notImage",
    });
  });
});
