import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { WorkspacePage } from "@/components/layout/workspace-page";
import { ArticleForm, type ArticleFormValues } from "@/components/newsroom/article-form";
import { ARTICLE_FORM_MESSAGES, articleFormId } from "@/components/newsroom/article-form-messages";
import { createArticleAction } from "@/lib/actions/newsroom";
import { requireViewer } from "@/lib/auth/viewer";
import type { Viewer } from "@/lib/auth/policy";
import { getConference } from "@/lib/data/conferences";
import { NotFoundError } from "@/lib/data/errors";
import { getHouse } from "@/lib/data/houses";
import { articleFormChoices } from "@/lib/data/newsroom";
import { ClientMessages, getFormat } from "@/lib/i18n/server";
import { textToArticleHtml } from "@/lib/text/article-html";
import { isRecordId } from "@/lib/validation/fields";
import { articleFormOptions } from "../form-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("newsroom"))("newArticle") };
}

type Prefill = Partial<ArticleFormValues>;

/** "Viết tin từ hồ sơ": a draft from a conference the viewer reads. */
async function fromConference(viewer: Viewer, id: string): Promise<Prefill> {
  const [conference, t, format] = await Promise.all([getConference(viewer, id), getTranslations("newsroom.prefill"), getFormat()]);
  const facts = t("conferenceFacts", {
    date: format.date(conference.heldOn),
    place: conference.place ?? "—",
    chair: [conference.chairTitle, conference.chairName].filter(Boolean).join(" ") || "—",
  });
  const text = [facts, conference.summary, conference.conclusions, conference.directions].filter(Boolean).join("\n\n");
  return {
    title: conference.title,
    summary: (conference.summary ?? facts).slice(0, 600),
    body: textToArticleHtml(text),
    conferenceId: conference.id,
    campaignId: conference.campaign?.id ?? "",
  };
}

/** A draft from a house handover: the house, never its household (getHouse leaves it out for editors; the draft never uses it). */
async function fromHouse(viewer: Viewer, id: string): Promise<Prefill> {
  const [house, t, m, format] = await Promise.all([getHouse(viewer, id), getTranslations("newsroom.prefill"), getTranslations("houses"), getFormat()]);
  const values = {
    committee: house.committee.name,
    programme: house.programme.name,
    work: m(`works.${house.work}`),
    commune: house.commune,
    value: format.vnd(house.valueVnd),
    date: house.handedOverOn ? format.date(house.handedOverOn) : "—",
  };
  return {
    title: t("houseTitle", values),
    summary: t("houseSummary", values),
    body: textToArticleHtml(t("houseSummary", values)),
    campaignId: house.campaign?.id ?? "",
  };
}

async function prefill(viewer: Viewer, query: Record<string, string | string[] | undefined>): Promise<Prefill> {
  try {
    if (isRecordId(query.hoi_nghi)) return await fromConference(viewer, query.hoi_nghi);
    if (isRecordId(query.nha)) return await fromHouse(viewer, query.nha);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  return {};
}

export default async function NewArticlePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer();
  const [t, choices, filled] = await Promise.all([getTranslations("newsroom"), articleFormChoices(viewer), searchParams.then((query) => prefill(viewer, query))]);
  if (choices.committees.length === 0) notFound();
  const options = await articleFormOptions(choices);
  const own = choices.committees.find((c) => c.id === viewer.committeeId) ?? choices.committees[0];
  return (
    <WorkspacePage title={t("newArticle")}>
      <div className="max-w-3xl rounded-lg border border-ink-200 bg-white p-5 shadow-sm sm:p-6">
        <ClientMessages paths={ARTICLE_FORM_MESSAGES}>
          <ArticleForm
            action={createArticleAction}
            formId={articleFormId(null)}
            userId={viewer.id}
            values={{ title: "", summary: "", body: "", byline: viewer.name, slug: "", committeeId: own?.id ?? "", conferenceId: "", campaignId: "", topicIds: [], ...filled }}
            {...options}
          />
        </ClientMessages>
      </div>
    </WorkspacePage>
  );
}
