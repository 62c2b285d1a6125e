// The answer of every server action, shared by actions and client forms.
export type FormState = {
  fieldErrors: Record<string, string>;
  formError: string | null;
  values: Record<string, string>;
  /**
   * What a successful action hands back to be shown once and never again (a
   * reset's one-time password): not stored, not in a URL, gone on reload.
   */
  shownOnce?: Record<string, string>;
};

export const emptyFormState: FormState = { fieldErrors: {}, formError: null, values: {} };
