import "server-only";
import { cache } from "react";
import { requireViewer } from "@/lib/auth/viewer";
import { getCommitteeForChange, listActiveCommittees } from "@/lib/data/committee-changes";
import { orNotFound } from "@/lib/data/not-found";

// Read once per request: the layout checks that the viewer keeps the tree (a
// real 404 before anything streams), the pages reuse the committee.
export const loadCommitteeForChange = cache(async (id: string) => orNotFound(getCommitteeForChange(await requireViewer(), id)));
export const loadActiveCommittees = cache(async () => orNotFound(listActiveCommittees(await requireViewer())));
