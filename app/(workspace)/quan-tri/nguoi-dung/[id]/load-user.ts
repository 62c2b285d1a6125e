import "server-only";
import { cache } from "react";
import { requireViewer } from "@/lib/auth/viewer";
import { orNotFound } from "@/lib/data/not-found";
import { getUser } from "@/lib/data/users";

// Read once per request: the layout checks the user exists (a real 404,
// before the loading skeleton streams) and the page reuses the row.
export const loadUser = cache(async (id: string) => orNotFound(getUser(await requireViewer(), id)));
