"use client";

import { useSyncExternalStore } from "react";

const subscribeNothing = () => () => {};

/** Whether the page has been hydrated: false on the server and in the first client render (controls that need JavaScript appear only then). */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}
