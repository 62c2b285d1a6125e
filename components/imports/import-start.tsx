import type { Messages } from "next-intl";
import { IMPORT_FORM_MESSAGES } from "@/components/imports/import-form-messages";
import { ImportUploadForm } from "@/components/imports/import-forms";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { buttonClasses } from "@/components/ui/button";
import type { FormState } from "@/lib/actions/form-state-shape";
import { ClientMessages } from "@/lib/i18n/server";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * The start of a record type's Excel import: its steps, the template and the
 * upload. `again` (under a preview with errors) keeps only the upload, to
 * send the corrected file.
 */
export function ImportStart({
  m,
  title,
  stepsTitle,
  steps,
  templatePath,
  action,
  again = false,
}: {
  m: Messages;
  title: string;
  stepsTitle: string;
  steps: readonly string[];
  templatePath: string;
  action: Action;
  again?: boolean;
}) {
  const body = (
    <div className="grid max-w-3xl gap-6">
      {again ? null : (
        <ol className="list-decimal space-y-2 rounded-lg border border-ink-200 bg-white p-4 pl-9 text-sm text-ink-800 shadow-sm sm:p-6 sm:pl-11">
          {steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      )}
      <section className="flex flex-col gap-5 rounded-lg border border-ink-200 bg-white p-4 shadow-sm sm:p-6">
        {again ? null : (
          // A plain anchor: a file download, not a client-side navigation.
          <a href={templatePath} download className={buttonClasses({ variant: "secondary" })}>
            {m.imports.template}
          </a>
        )}
        <ClientMessages paths={IMPORT_FORM_MESSAGES}>
          <ImportUploadForm action={action} again={again} />
        </ClientMessages>
      </section>
    </div>
  );
  return again ? body : <WorkspacePage title={title} lead={stepsTitle}>{body}</WorkspacePage>;
}
