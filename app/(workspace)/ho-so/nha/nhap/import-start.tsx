import type { Messages } from "next-intl";
import { ImportStart as RecordImportStart } from "@/components/imports/import-start";
import { uploadHouseImportAction } from "@/lib/actions/house-import";
import { HOUSE_IMPORT_TEMPLATE_PATH } from "@/lib/records/import-paths";

/** The house handovers' import start: also shown under a preview with errors, to send the corrected file. */
export function ImportStart({ m, again = false }: { m: Messages; again?: boolean }) {
  const steps = m.houses.importSteps;
  return (
    <RecordImportStart
      m={m}
      title={m.houses.importTitle}
      stepsTitle={steps.title}
      steps={[steps.fill, steps.codes, m.activities.importSteps.check, m.activities.importSteps.commit]}
      templatePath={HOUSE_IMPORT_TEMPLATE_PATH}
      action={uploadHouseImportAction}
      again={again}
    />
  );
}
