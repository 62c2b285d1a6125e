import sanitizeHtml from "sanitize-html";

// An article's body is HTML from the newsroom's editor. It is cleaned
// against this allowlist when saved and again when rendered: whatever the
// editor, an import or a hand-made request sends, no script, style, event
// handler, frame or javascript:/data: link survives.

/** Images in a body are the article's own uploads (served by /anh-tin/<id>), never another site's. */
export const ARTICLE_IMAGE_PATH = "/anh-tin/";
const OWN_IMAGE = /^\/anh-tin\/[a-z0-9]{1,40}$/;

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "h2", "h3", "h4", "strong", "em", "u", "s", "a", "ul", "ol", "li", "blockquote", "figure", "img", "figcaption", "hr"],
  allowedAttributes: { a: ["href", "title", "rel"], img: ["src", "alt"] },
  allowedSchemes: ["http", "https", "mailto", "tel"],
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: false,
  // The page has one h1, the title: headings in the body start at h2.
  transformTags: {
    h1: "h2",
    h5: "h4",
    h6: "h4",
    b: "strong",
    i: "em",
    strike: "s",
    del: "s",
    // Readers leave for other sites without handing them the page or a ranking.
    a: (_tagName, attribs) => ({ tagName: "a", attribs: { ...attribs, rel: "noopener noreferrer nofollow" } }),
  },
  exclusiveFilter: (frame) => frame.tag === "img" && !OWN_IMAGE.test(frame.attribs.src ?? ""),
};

/** The body kept to the allowlist. Idempotent: cleaning clean HTML changes nothing. */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS).trim();
}

/** The text a reader sees, with block ends as line breaks (for summaries, search and checks that a body says something). */
export function articleHtmlToText(html: string): string {
  const text = sanitizeHtml(html.replace(/<\/(p|h[1-6]|li|blockquote|figcaption)>|<br\s*\/?>/gi, "$&\n"), { allowedTags: [], allowedAttributes: {} });
  return decodeEntities(text)
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

/** The ids of the article images a body shows. */
export function articleImageIds(html: string): string[] {
  const ids = new Set<string>();
  for (const match of html.matchAll(/<img\b[^>]*\bsrc="\/anh-tin\/([a-z0-9]{1,40})"/g)) ids.add(match[1]!);
  return [...ids];
}

/** Plain text as body HTML: paragraphs at blank lines, line breaks kept, everything escaped. */
export function textToArticleHtml(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => `<p>${escapeHtmlText(paragraph).replace(/\n/g, "<br />")}</p>`)
    .join("");
}

/** Text as HTML text content, escaped as the sanitizer writes it (quotes need no escape outside attributes). */
function escapeHtmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", "#39": "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith("#x")) return safeCodePoint(Number.parseInt(lower.slice(2), 16), entity);
    if (lower.startsWith("#")) return safeCodePoint(Number.parseInt(lower.slice(1), 10), entity);
    return ENTITIES[lower] ?? entity;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : fallback;
}
