// The answer of every server action, shared by actions and client forms.
export type FormState = {
  fieldErrors: Record<string, string>;
  formError: string | null;
  values: Record<string, string>;
};

export const emptyFormState: FormState = { fieldErrors: {}, formError: null, values: {} };
