import "server-only";
import { cache } from "react";
import { requireViewer } from "@/lib/auth/viewer";
import { getActivity } from "@/lib/data/activities";
import { orNotFound } from "@/lib/data/not-found";

// Read once per request: the layout checks the activity exists and is readable
// (a real 404, before anything streams) and the pages reuse the row.
export const loadActivity = cache(async (id: string) => orNotFound(getActivity(await requireViewer(), id)));
