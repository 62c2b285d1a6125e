// The housing programmes houses are built under. The migration that made
// them a table (20261122063000_housing_programmes) created these five with
// the same slugs; admins add others at /quan-tri/chuong-trinh-nha.
import { seedId, type Tx } from "./util";

export const HOUSING_PROGRAMMES = [
  { slug: "nghia-tinh-dan-van", name: "Nhà “Nghĩa tình Dân vận”" },
  { slug: "dai-doan-ket", name: "Nhà Đại đoàn kết" },
  { slug: "tinh-nghia", name: "Nhà tình nghĩa" },
  { slug: "tinh-thuong", name: "Nhà tình thương" },
  { slug: "tinh-nghia-quan-dan", name: "Nhà tình nghĩa Quân – Dân" },
] as const;

export type HousingProgrammeSlug = (typeof HOUSING_PROGRAMMES)[number]["slug"];
export type HousingProgrammeIds = Record<HousingProgrammeSlug, string>;

/** Finds each programme by slug (an admin may have renamed it: the name is left as it is) or creates it. */
export async function seedHousingProgrammes(tx: Tx): Promise<HousingProgrammeIds> {
  const ids = {} as HousingProgrammeIds;
  for (const [index, programme] of HOUSING_PROGRAMMES.entries()) {
    const row = await tx.housingProgramme.upsert({
      where: { slug: programme.slug },
      create: { id: seedId("programme", programme.slug), slug: programme.slug, name: programme.name, position: index + 1 },
      update: {},
      select: { id: true },
    });
    ids[programme.slug] = row.id;
  }
  return ids;
}
