// The five real articles in prisma/seed/articles/*.txt, published as news.
// The files keep the text exactly as it was collected; parseArticle turns one
// into title, summary and body, dropping what belongs to the website rather
// than the article (print links, view counters, dates, the repeated title,
// rating and comment boxes).
import { readFileSync } from "node:fs";
import { ArticleStatus } from "@/lib/generated/prisma/client";
import { textToArticleHtml } from "@/lib/text/article-html";
import type { CampaignIds, CampaignSlug } from "./campaigns";
import type { CommitteeIds } from "./committees";
import { conferenceId, type ConferenceKey } from "./conferences";
import { must, seedId, type Tx } from "./util";

export const SUMMARY_MAX = 300;

type ArticleSource = {
  slug: string;
  committee: string;
  conference: ConferenceKey;
  campaign: CampaignSlug | null;
  byline: string | null;
  /** The date printed in the article, with its time when given, in Vietnam's time zone. */
  publishedAt: string;
  /** Lines that name the author (the byline is stored apart). */
  authorLines: readonly string[];
  /** Photo captions: kept in the body, never taken as the lead. */
  captions: readonly string[];
  /** Slugs of the news topics the migrations create (topics.slug). */
  topics: readonly string[];
};

export const ARTICLES = [
  {
    slug: "an-giang-tp-hcm-phoi-hop-dan-van-2023",
    committee: "an-giang",
    conference: "an-giang-tp-hcm-2023-02-24",
    campaign: null,
    byline: null,
    // The article prints "Ngày 24/2" without a year or time; the conference was in 2023.
    publishedAt: "2023-02-24T00:00:00+07:00",
    authorLines: [],
    captions: ["Quang cảnh hội nghị", "Các đại biểu tỉnh An Giang", "Các đại biểu TP. Hồ Chí Minh"],
    topics: ["cong-tac-phoi-hop", "hoi-nghi-su-kien"],
  },
  {
    slug: "an-giang-giao-ban-tong-ket-dan-van-2023",
    committee: "an-giang",
    conference: "an-giang-2023-11-23",
    campaign: null,
    byline: "HẠNH CHÂU",
    publishedAt: "2023-11-23T11:47:00+07:00",
    authorLines: ["HẠNH CHÂU"],
    captions: [
      "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh An Giang Lê Bích Phượng phát biểu tại hội nghị",
      "Phó Chủ tịch Liên đoàn Lao động tỉnh An Giang Nguyễn Hữu Giang phát biểu tại hội nghị",
      "Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy An Giang Võ Nguyên Nam phát biểu chỉ đạo hội nghị",
    ],
    topics: ["hoi-nghi-su-kien"],
  },
  {
    slug: "phat-huy-suc-manh-tong-hop-trong-cong-tac-dan-van-2022",
    committee: "an-giang",
    conference: "an-giang-2022-07-05",
    campaign: null,
    byline: "THI PHONG",
    publishedAt: "2022-07-05T19:13:00+07:00",
    authorLines: ["THI PHONG"],
    captions: [],
    topics: ["hoi-nghi-su-kien", "an-sinh-xa-hoi"],
  },
  {
    slug: "can-gio-nang-cao-chat-luong-khoi-dan-van-2024",
    committee: "can-gio",
    conference: "can-gio-2024-06-06",
    campaign: null,
    byline: "Thanh Tâm (Thanhuytphcm.vn)",
    publishedAt: "2024-07-13T00:00:00+07:00",
    authorLines: ["Thanh Tâm"],
    captions: ["Đồng chí Lê Thị Hồng Phượng, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Huyện ủy phát biểu tại hội nghị"],
    topics: ["hoi-nghi-su-kien"],
  },
  {
    slug: "hiep-ninh-trien-khai-dan-van-dot-1-2023",
    committee: "hiep-ninh",
    conference: "hiep-ninh-2023-07-12",
    campaign: "ca-nuoc-chung-suc-xay-dung-nong-thon-moi-do-thi-van-minh",
    byline: "Quỳnh Yên",
    publishedAt: "2023-07-12T11:46:00+07:00",
    authorLines: ["Tác giả bài viết: Quỳnh Yên"],
    captions: [],
    topics: ["hoi-nghi-su-kien", "dan-van-kheo"],
  },
] as const satisfies readonly ArticleSource[];

export type ArticleSlug = (typeof ARTICLES)[number]["slug"];

/** Lines of website furniture that may appear anywhere. */
const CHROME = new Set(["In bài này", ".", ";"]);
/** Lines where the website's footer begins: nothing after them is article text. */
const FOOTER_STARTS = ["Ý kiến bạn đọc", "Tổng số điểm của bài viết", "Thống kê truy cập", "Scroll to Top"];
/** Date lines: "23/11/2023 - 11:47", "Thứ Ba, 05/07/2022, 19:13 [GMT+7]", "Thứ tư - 12/07/2023 11:46 183 0". */
const DATE_LINES = [/^\d{1,2}\/\d{1,2}\/\d{4}\s*-\s*\d{1,2}:\d{2}$/, /^Thứ\s+\S+.*\d{4}\b/];
/** What precedes a lead: "- ", "(Thanhuytphcm.vn) - ". */
const LEAD_PREFIX = /^(?:\([^)]*\)\s*)?[-–]\s+/;

export type ParsedArticle = { title: string; summary: string; body: string };

/** Splits an article's text into title, summary (≤ 300 characters) and body. */
export function parseArticle(text: string, source: { authorLines: readonly string[]; captions: readonly string[] }): ParsedArticle {
  // Non-breaking and repeated spaces become one space.
  const lines = text.split(/\r?\n/).map((line) => line.replace(/[\s\u00a0]+/g, " ").trim());
  const isDate = (line: string) => DATE_LINES.some((re) => re.test(line));
  // The title is the first line, unless the page printed its date above it.
  const titleIndex = lines.findIndex((line) => line && !isDate(line));
  const title = lines[titleIndex] ?? "";
  if (!title) throw new Error("An article needs its title on the first line");
  const footer = lines.findIndex((line, i) => i > titleIndex && FOOTER_STARTS.some((start) => line.startsWith(start)));
  const paragraphs = lines
    .slice(titleIndex + 1, footer === -1 ? undefined : footer)
    .filter((line) => line && line !== title && !CHROME.has(line) && !isDate(line))
    .filter((line) => !source.authorLines.includes(line));

  const leadIndex = paragraphs.findIndex((line) => !source.captions.includes(line));
  if (leadIndex === -1) throw new Error(`Article “${title}” has no text`);
  const lead = paragraphs[leadIndex]!.replace(LEAD_PREFIX, "");
  const rest = paragraphs.filter((_, i) => i !== leadIndex);
  const fits = lead.length <= SUMMARY_MAX;
  return {
    title,
    summary: fits ? lead : truncate(lead, SUMMARY_MAX),
    // A summary cut short keeps the whole lead in the body.
    body: (fits ? rest : [lead, ...rest]).join("\n\n"),
  };
}

/** Cuts at a word boundary and ends with "…", within max characters. */
function truncate(text: string, max: number): string {
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, "")}…`;
}

export function readArticleText(slug: string): string {
  return readFileSync(new URL(`./articles/${slug}.txt`, import.meta.url), "utf8");
}

export async function seedArticles(tx: Tx, refs: { committees: CommitteeIds; campaigns: CampaignIds }): Promise<number> {
  for (const a of ARTICLES as readonly ArticleSource[]) {
    const { title, summary, body: text } = parseArticle(readArticleText(a.slug), a);
    const body = textToArticleHtml(text);
    const data = {
      title,
      summary,
      body,
      byline: a.byline,
      authorId: null,
      committeeId: must(refs.committees, a.committee, "committee"),
      status: ArticleStatus.PUBLISHED,
      publishedAt: new Date(a.publishedAt),
      conferenceId: conferenceId(a.conference),
      campaignId: a.campaign === null ? null : refs.campaigns[a.campaign],
    };
    const id = seedId("article", a.slug);
    await tx.article.upsert({ where: { slug: a.slug }, create: { id, slug: a.slug, ...data }, update: data });
    // The first revision is the text as seeded; the topics are the ones listed.
    await tx.articleRevision.upsert({
      where: { articleId_version: { articleId: id, version: 1 } },
      create: { articleId: id, version: 1, title, summary, body, byline: a.byline },
      update: { title, summary, body, byline: a.byline },
    });
    await tx.articleTopic.deleteMany({ where: { articleId: id } });
    await tx.articleTopic.createMany({ data: a.topics.map((topic) => ({ articleId: id, topicId: `topic-${topic}` })) });
  }
  return ARTICLES.length;
}
