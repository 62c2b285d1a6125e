import type { Messages } from "next-intl";
import { IMPORT_FORM_MESSAGES } from "@/components/imports/import-form-messages";
import { ImportUploadForm } from "@/components/imports/import-forms";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { buttonClasses } from "@/components/ui/button";
import { uploadActivityImportAction } from "@/lib/actions/activity-import";
import { ClientMessages } from "@/lib/i18n/server";
import { ACTIVITY_IMPORT_TEMPLATE_PATH } from "@/lib/records/import-paths";

/** The steps, the template and the upload: also shown under a preview with errors, to send the corrected file. */
export function ImportStart({ m, again = false }: { m: Messages; again?: boolean }) {
  const steps = m.activities.importSteps;
  const body = (
    <div className="grid max-w-3xl gap-6">
      {again ? null : (
        <ol className="list-decimal space-y-2 rounded-lg border border-ink-200 bg-white p-4 pl-9 text-sm text-ink-800 shadow-sm sm:p-6 sm:pl-11">
          <li>{steps.fill}</li>
          <li>{steps.codes}</li>
          <li>{steps.check}</li>
          <li>{steps.commit}</li>
        </ol>
      )}
      <section className="flex flex-col gap-5 rounded-lg border border-ink-200 bg-white p-4 shadow-sm sm:p-6">
        {again ? null : (
          // A plain anchor: a file download, not a client-side navigation.
          <a href={ACTIVITY_IMPORT_TEMPLATE_PATH} download className={buttonClasses({ variant: "secondary" })}>
            {m.imports.template}
          </a>
        )}
        <ClientMessages paths={IMPORT_FORM_MESSAGES}>
          <ImportUploadForm action={uploadActivityImportAction} again={again} />
        </ClientMessages>
      </section>
    </div>
  );
  return again ? body : <WorkspacePage title={m.activities.importTitle} lead={steps.title}>{body}</WorkspacePage>;
}
