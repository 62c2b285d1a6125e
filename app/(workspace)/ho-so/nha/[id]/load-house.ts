import "server-only";
import { cache } from "react";
import { requireViewer } from "@/lib/auth/viewer";
import { getHouse } from "@/lib/data/houses";
import { orNotFound } from "@/lib/data/not-found";

// Read once per request: the layout checks the house exists and is readable
// (a real 404, before anything streams) and the pages reuse the row.
export const loadHouse = cache(async (id: string) => orNotFound(getHouse(await requireViewer(), id)));
