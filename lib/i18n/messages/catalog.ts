import type { vi } from "./vi";

/** The same keys as T, every message a plain string: the shape of a translated catalog. */
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every catalog has; the Vietnamese catalog is the reference. */
export type Catalog = Strings<typeof vi>;
