import "server-only";
import { cache } from "react";
import { requireViewer } from "@/lib/auth/viewer";
import { getModel } from "@/lib/data/models";
import { orNotFound } from "@/lib/data/not-found";

// Read once per request: the layout checks the model exists and is readable
// (a real 404, before anything streams) and the pages reuse the row.
export const loadModel = cache(async (id: string) => orNotFound(getModel(await requireViewer(), id)));
