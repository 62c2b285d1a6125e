import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "./errors";

/** For pages: a record the viewer may not see answers 404, like a missing one. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
