import type { Messages } from "next-intl";
import { ImportStart as RecordImportStart } from "@/components/imports/import-start";
import { uploadActivityImportAction } from "@/lib/actions/activity-import";
import { ACTIVITY_IMPORT_TEMPLATE_PATH } from "@/lib/records/import-paths";

/** The activities' import start: also shown under a preview with errors, to send the corrected file. */
export function ImportStart({ m, again = false }: { m: Messages; again?: boolean }) {
  const steps = m.activities.importSteps;
  return (
    <RecordImportStart
      m={m}
      title={m.activities.importTitle}
      stepsTitle={steps.title}
      steps={[steps.fill, steps.codes, steps.check, steps.commit]}
      templatePath={ACTIVITY_IMPORT_TEMPLATE_PATH}
      action={uploadActivityImportAction}
      again={again}
    />
  );
}
