import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { ModelForm } from "@/components/models/model-form";
import { MODEL_FORM_MESSAGES } from "@/components/models/model-form-messages";
import { updateModelAction } from "@/lib/actions/models";
import { requireViewer } from "@/lib/auth/viewer";
import { ClientMessages } from "@/lib/i18n/server";
import { modelPhotoPath } from "@/lib/records/paths";
import { editModelForm, modelChoices, modelFormValues } from "../../form-choices";
import { loadModel } from "../load-model";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("models"))("editTitle") };
}

export default async function EditModelPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer();
  const model = await loadModel(id);
  if (!model.canUpdate) notFound();
  const [t, { choices }] = await Promise.all([getTranslations("models"), modelChoices(viewer, model)]);
  return (
    <WorkspacePage title={t("editTitle")} lead={model.name}>
      <div className="max-w-3xl rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
        <ClientMessages paths={MODEL_FORM_MESSAGES}>
          <ModelForm
            action={updateModelAction.bind(null, model.id)}
            formId={editModelForm(model.id)}
            userId={viewer.id}
            values={modelFormValues(model)}
            choices={choices}
            version={model.version}
            photos={model.photos.map((photo) => ({ id: photo.id, src: modelPhotoPath(model.id, photo.id, "thumbnail") }))}
          />
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
