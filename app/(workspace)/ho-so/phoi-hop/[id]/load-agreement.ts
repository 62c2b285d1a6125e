import "server-only";
import { cache } from "react";
import { requireViewer } from "@/lib/auth/viewer";
import { getAgreement } from "@/lib/data/agreements";
import { orNotFound } from "@/lib/data/not-found";

// Read once per request: the layout checks the agreement exists and is
// readable (a real 404, before anything streams) and the pages reuse it.
export const loadAgreement = cache(async (id: string) => orNotFound(getAgreement(await requireViewer(), id)));
