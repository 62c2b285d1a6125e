import type { Locale } from "../config";
import { en } from "./en";
import { vi } from "./vi";

/** The shape every catalog has: the Vietnamese catalog is the reference. */
export type Messages = typeof vi;

export const catalogs: Record<Locale, Messages> = { vi, en };
