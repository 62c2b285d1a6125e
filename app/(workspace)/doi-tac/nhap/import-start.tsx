import type { Messages } from "next-intl";
import { ImportStart as RecordImportStart } from "@/components/imports/import-start";
import { uploadPartnerImportAction } from "@/lib/actions/partner-import";
import { PARTNER_IMPORT_TEMPLATE_PATH } from "@/lib/records/import-paths";

/** The partners' import start: also shown under a preview with errors, to send the corrected file. */
export function ImportStart({ m, again = false }: { m: Messages; again?: boolean }) {
  const steps = m.partners.importSteps;
  return (
    <RecordImportStart
      m={m}
      title={m.partners.importTitle}
      stepsTitle={steps.title}
      steps={[steps.fill, steps.codes, m.activities.importSteps.check, m.activities.importSteps.commit]}
      templatePath={PARTNER_IMPORT_TEMPLATE_PATH}
      action={uploadPartnerImportAction}
      again={again}
    />
  );
}
