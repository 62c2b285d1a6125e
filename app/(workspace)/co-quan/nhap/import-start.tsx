import type { Messages } from "next-intl";
import { ImportStart as RecordImportStart } from "@/components/imports/import-start";
import { uploadCommitteeImportAction } from "@/lib/actions/committee-import";
import { COMMITTEE_IMPORT_TEMPLATE_PATH } from "@/lib/records/import-paths";

/** The committees' import start (admins): also shown under a preview with errors, to send the corrected file. */
export function ImportStart({ m, again = false }: { m: Messages; again?: boolean }) {
  const steps = m.committeeAdmin.importSteps;
  return (
    <RecordImportStart
      m={m}
      title={m.committeeAdmin.importTitle}
      stepsTitle={steps.title}
      steps={[steps.fill, steps.parents, m.activities.importSteps.check, m.activities.importSteps.commit]}
      templatePath={COMMITTEE_IMPORT_TEMPLATE_PATH}
      action={uploadCommitteeImportAction}
      again={again}
    />
  );
}
