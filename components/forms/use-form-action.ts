"use client";

import { useActionState } from "react";
import { emptyFormState, type FormState } from "@/lib/actions/form-state-shape";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/** useActionState with the portal's FormState; `value(name, fallback)` keeps what the user typed. */
export function useFormAction(action: Action) {
  const [state, formAction, pending] = useActionState(action, emptyFormState);
  const value = (name: string, fallback: string | number | null | undefined) => state.values[name] ?? (fallback == null ? "" : String(fallback));
  return { state, formAction, pending, value };
}
