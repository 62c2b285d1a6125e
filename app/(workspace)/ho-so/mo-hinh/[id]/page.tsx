import type { Metadata } from "next";
import Link from "next/link";
import { getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DraftCleared } from "@/components/forms/draft-keeper";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { DeleteRecordForm } from "@/components/records/delete-record-form";
import { RECORD_FORM_MESSAGES } from "@/components/records/record-form-messages";
import { RecordHistory } from "@/components/records/record-history";
import { RecordMeta } from "@/components/records/record-meta";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { deleteRecordAction } from "@/lib/actions/records";
import { requireViewer } from "@/lib/auth/viewer";
import { recordHistory } from "@/lib/data/records/history";
import { ClientMessages, getFormat } from "@/lib/i18n/server";
import { listHref } from "@/lib/lists/list-url";
import { modelPhotoPath, RECORD_PATHS } from "@/lib/records/paths";
import { modelNoticeParams } from "@/lib/validation/model";
import { editModelForm, NEW_MODEL_FORM } from "../form-choices";
import { loadModel } from "./load-model";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const PATH = RECORD_PATHS.model;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await loadModel((await params).id)).name };
}

export default async function ModelPage({ params, searchParams }: Props) {
  const [{ id }, notice] = await Promise.all([params, searchParams.then((raw) => modelNoticeParams.parse(raw))]);
  const [model, viewer] = await Promise.all([loadModel(id), requireViewer()]);
  const [m, t, format, history] = await Promise.all([getMessages(), getTranslations("models"), getFormat(), recordHistory("model", model.id)]);
  const k = m.models;
  const f = k.fields;
  const recognised = model.status === "RECOGNISED";
  const details: [string, ReactNode][] = [
    [f.committee, model.committee.name],
    [f.field, k.fieldNames[model.field]],
    [f.registeredOn, format.date(model.registeredOn)],
    [f.status, k.statuses[model.status]],
    ...(recognised
      ? ([
          [f.recognitionLevel, model.recognitionLevel ? k.levels[model.recognitionLevel] : null],
          [f.recognisedOn, model.recognisedOn ? format.date(model.recognisedOn) : null],
        ] as [string, ReactNode][])
      : []),
    [
      m.records.kinds.campaign,
      model.campaign ? (
        <Link href={listHref(PATH, { phong_trao: model.campaign.id })} className="text-brand-800 hover:underline">
          {model.campaign.name}
        </Link>
      ) : null,
    ],
  ];
  const labels: Record<string, string> = {
    committee: f.committee,
    name: f.name,
    field: f.field,
    campaign: m.records.kinds.campaign,
    registeredOn: f.registeredOn,
    status: f.status,
    recognitionLevel: f.recognitionLevel,
    recognisedOn: f.recognisedOn,
    description: f.description,
    photos: f.photos,
  };
  return (
    <WorkspacePage
      title={model.name}
      lead={
        <>
          {k.fieldNames[model.field]} ·{" "}
          <Badge tone={recognised ? "success" : "neutral"}>{k.statuses[model.status]}</Badge>
        </>
      }
      actions={model.canUpdate ? <ButtonLink href={`${PATH}/${model.id}/sua`}>{k.edit}</ButtonLink> : null}
    >
      {notice.saved ? (
        <>
          <Alert tone="success" className="mb-4">
            {k.saved}
          </Alert>
          <DraftCleared userId={viewer.id} formIds={[NEW_MODEL_FORM, editModelForm(model.id)]} />
        </>
      ) : null}
      <div className="grid max-w-3xl gap-6">
        <section className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
            {details.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-sm font-semibold text-ink-700">{label}</dt>
                <dd className="min-w-0 break-words text-ink-900">{value ?? <span className="text-ink-500">{m.committee.empty}</span>}</dd>
              </div>
            ))}
          </dl>
          <div className="mt-4 border-t border-ink-100 pt-3">
            <RecordMeta record={model} />
          </div>
        </section>
        {model.description ? (
          <section aria-labelledby="model-description" className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
            <h2 id="model-description" className="mb-2 text-lg font-semibold text-ink-900">
              {f.description}
            </h2>
            <p className="whitespace-pre-line break-words text-ink-900">{model.description}</p>
          </section>
        ) : null}
        <section aria-labelledby="model-photos" className="rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
          <h2 id="model-photos" className="mb-4 text-lg font-semibold text-ink-900">
            {f.photos}
          </h2>
          {model.photos.length === 0 ? (
            <p className="text-sm text-ink-600">{m.conferences.noPhotos}</p>
          ) : (
            <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3">
              {model.photos.map((photo, index) => (
                <li key={photo.id}>
                  <a href={modelPhotoPath(model.id, photo.id)} className="block rounded-md focus-visible:outline-2 focus-visible:outline-brand-700">
                    {/* eslint-disable-next-line @next/next/no-img-element -- a private photo behind the model's read check */}
                    <img
                      src={modelPhotoPath(model.id, photo.id, "thumbnail")}
                      alt={photo.caption ?? t("photoAlt", { n: index + 1 })}
                      width={photo.width ?? undefined}
                      height={photo.height ?? undefined}
                      loading="lazy"
                      className="aspect-[4/3] h-auto w-full rounded-md border border-ink-200 object-cover"
                    />
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
        <RecordHistory changes={history} labels={labels} fields={{ choices: { field: k.fieldNames, status: k.statuses, recognitionLevel: k.levels } }} />
        {model.canDelete ? (
          <section className="rounded-lg border border-danger-700/30 bg-white p-5 shadow-sm sm:p-6">
            <ClientMessages paths={RECORD_FORM_MESSAGES}>
              <DeleteRecordForm action={deleteRecordAction.bind(null, "model", model.id)} version={model.version} />
            </ClientMessages>
          </section>
        ) : null}
      </div>
    </WorkspacePage>
  );
}
