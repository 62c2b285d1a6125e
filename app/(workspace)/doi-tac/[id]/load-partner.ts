import "server-only";
import { cache } from "react";
import { requireViewer } from "@/lib/auth/viewer";
import { orNotFound } from "@/lib/data/not-found";
import { getPartner } from "@/lib/data/partners";

// Read once per request: the layout checks the partner exists and is readable
// (a real 404, before the loading skeleton streams) and the pages reuse the row.
export const loadPartner = cache(async (id: string) => orNotFound(getPartner(await requireViewer(), id)));
