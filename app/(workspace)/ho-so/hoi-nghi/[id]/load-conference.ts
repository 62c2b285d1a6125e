import "server-only";
import { cache } from "react";
import { requireViewer } from "@/lib/auth/viewer";
import { getConference } from "@/lib/data/conferences";
import { orNotFound } from "@/lib/data/not-found";

// Read once per request: the layout checks the conference exists and is
// readable (a real 404, before anything streams) and the pages reuse the row.
export const loadConference = cache(async (id: string) => orNotFound(getConference(await requireViewer(), id)));
