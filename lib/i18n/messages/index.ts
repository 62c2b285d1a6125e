import type { Locale } from "../config";
import type { Catalog } from "./catalog";
import { en } from "./en";
import { vi } from "./vi";

export type { Catalog } from "./catalog";

export const catalogs: Record<Locale, Catalog> = { vi, en };
