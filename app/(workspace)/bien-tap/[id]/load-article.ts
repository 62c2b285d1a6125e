import "server-only";
import { cache } from "react";
import { requireViewer } from "@/lib/auth/viewer";
import { getNewsroomArticle } from "@/lib/data/newsroom";
import { orNotFound } from "@/lib/data/not-found";

// Read once per request by the page and its metadata.
export const loadArticle = cache(async (id: string) => orNotFound(getNewsroomArticle(await requireViewer(), id)));
