import "server-only";
import { cache } from "react";
import { requireViewer } from "@/lib/auth/viewer";
import { getCommitteeProfile, getCommitteeProfileForEdit } from "@/lib/data/committees";
import { orNotFound } from "@/lib/data/not-found";

// Read once per request: the layouts check scope with them (outside the
// loading boundary, so a committee out of scope answers a real 404) and the
// pages reuse the result.
export const loadCommitteeProfile = cache(async (id: string) => orNotFound(getCommitteeProfile(await requireViewer(), id)));
export const loadCommitteeProfileForEdit = cache(async (id: string) => orNotFound(getCommitteeProfileForEdit(await requireViewer(), id)));
