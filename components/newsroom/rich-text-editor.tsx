"use client";

import { mergeAttributes, Node } from "@tiptap/core";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useTranslations } from "next-intl";
import { useRef, useState, type ReactNode } from "react";
import { shrinkPhoto } from "@/lib/files/browser-shrink";
import type { ImageUploadResult } from "@/lib/actions/newsroom";

// The newsroom's editor (TipTap, loaded only on the newsroom's pages). It
// writes HTML into the form's `body` textarea, which is what is submitted;
// without JavaScript that textarea is the editor. The server sanitizes
// whatever arrives (lib/text/article-html.ts), so the toolbar offers exactly
// what the allowlist keeps.

/** An image with its caption: <figure><img><figcaption>. */
const Figure = Node.create({
  name: "figure",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes() {
    return { src: { default: null }, alt: { default: "" }, caption: { default: "" } };
  },
  parseHTML() {
    return [
      {
        tag: "figure",
        getAttrs: (element) => {
          const img = element.querySelector("img");
          if (!img) return false;
          return { src: img.getAttribute("src"), alt: img.getAttribute("alt") ?? "", caption: element.querySelector("figcaption")?.textContent ?? "" };
        },
      },
      { tag: "img[src]", getAttrs: (element) => ({ src: element.getAttribute("src"), alt: element.getAttribute("alt") ?? "", caption: "" }) },
    ];
  },
  renderHTML({ node, HTMLAttributes }) {
    const img = ["img", mergeAttributes({ src: node.attrs.src, alt: node.attrs.alt || node.attrs.caption })] as const;
    void HTMLAttributes;
    return node.attrs.caption ? ["figure", {}, img, ["figcaption", {}, node.attrs.caption]] : ["figure", {}, img];
  },
});

const NOTHING_ACTIVE = { bold: false, italic: false, underline: false, strike: false, h2: false, h3: false, bulletList: false, orderedList: false, blockquote: false, link: false, figure: false };

type Props = {
  /** The id of the form's body textarea, which the editor keeps up to date. */
  textareaId: string;
  initialHtml: string;
  labelledBy: string;
  describedBy: string;
  invalid: boolean;
  /** Uploads an image for the body; absent before the article is first saved. */
  uploadImage?: (formData: FormData) => Promise<ImageUploadResult>;
};

export function RichTextEditor({ textareaId, initialHtml, labelledBy, describedBy, invalid, uploadImage }: Props) {
  const t = useTranslations("newsroom.editor");
  const [notice, setNotice] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const editor = useEditor({
    immediatelyRender: false,
    // Styles come from globals.css (the CSP allows no injected <style>).
    injectCSS: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        link: { openOnClick: false, autolink: true, defaultProtocol: "https", protocols: ["mailto", "tel"] },
      }),
      Figure,
    ],
    content: initialHtml,
    editorProps: {
      attributes: {
        class: "article-body min-h-72 px-4 py-3 focus:outline-none",
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelledBy,
        "aria-describedby": describedBy,
        ...(invalid ? { "aria-invalid": "true" } : {}),
      },
    },
    onCreate: ({ editor: created }) => {
      const textarea = document.getElementById(textareaId);
      if (!(textarea instanceof HTMLTextAreaElement)) return;
      textarea.hidden = true;
      // A restored draft arrives as a change of the textarea (sync only fires input events).
      const restore = () => created.commands.setContent(textarea.value, { emitUpdate: false });
      textarea.addEventListener("change", restore);
      created.on("destroy", () => textarea.removeEventListener("change", restore));
      sync(created);
    },
    onUpdate: ({ editor: updated }) => sync(updated),
  });

  function sync(current: Editor) {
    const textarea = document.getElementById(textareaId);
    if (!(textarea instanceof HTMLTextAreaElement)) return;
    textarea.value = current.isEmpty ? "" : current.getHTML();
    // The draft keeper listens for input events.
    textarea.dispatchEvent(new Event("input", { bubbles: true }));
  }

  // Which marks and blocks the cursor is in, for the toolbar's pressed buttons.
  const active =
    useEditorState({
      editor,
      selector: ({ editor: e }) =>
        e
          ? {
              bold: e.isActive("bold"),
              italic: e.isActive("italic"),
              underline: e.isActive("underline"),
              strike: e.isActive("strike"),
              h2: e.isActive("heading", { level: 2 }),
              h3: e.isActive("heading", { level: 3 }),
              bulletList: e.isActive("bulletList"),
              orderedList: e.isActive("orderedList"),
              blockquote: e.isActive("blockquote"),
              link: e.isActive("link"),
              figure: e.isActive("figure"),
            }
          : null,
    }) ?? NOTHING_ACTIVE;

  if (!editor) return null;
  const chain = () => editor.chain().focus();

  const setLink = () => {
    const previous = (editor.getAttributes("link").href as string | undefined) ?? "https://";
    const href = window.prompt(t("linkPrompt"), previous);
    if (href === null) return;
    if (href.trim() === "" || href.trim() === "https://") chain().extendMarkRange("link").unsetLink().run();
    else chain().extendMarkRange("link").setLink({ href: href.trim() }).run();
  };

  const editCaption = () => {
    const current = (editor.getAttributes("figure").caption as string | undefined) ?? "";
    const caption = window.prompt(t("caption"), current);
    if (caption !== null) chain().updateAttributes("figure", { caption: caption.trim(), alt: caption.trim() }).run();
  };

  const insertImage = async (file: File) => {
    if (!uploadImage) return;
    setNotice(t("uploading"));
    const data = new FormData();
    data.set("image", await shrinkPhoto(file).catch(() => file));
    const result = await uploadImage(data).catch(() => ({ error: t("uploadFailed") }));
    if ("error" in result) {
      setNotice(result.error);
      return;
    }
    setNotice(null);
    const caption = window.prompt(t("caption"), "") ?? "";
    chain().insertContent({ type: "figure", attrs: { src: result.src, alt: caption.trim(), caption: caption.trim() } }).run();
  };

  return (
    <div className={`rounded-md border bg-white shadow-sm ${invalid ? "border-danger-700" : "border-ink-300"}`}>
      <div role="toolbar" aria-label={t("toolbar")} className="sticky top-0 z-10 flex flex-wrap gap-1 border-b border-ink-200 bg-ink-50 p-1.5">
        <Tool label={t("bold")} pressed={active.bold} onClick={() => chain().toggleBold().run()}>
          <b>B</b>
        </Tool>
        <Tool label={t("italic")} pressed={active.italic} onClick={() => chain().toggleItalic().run()}>
          <i>I</i>
        </Tool>
        <Tool label={t("underline")} pressed={active.underline} onClick={() => chain().toggleUnderline().run()}>
          <u>U</u>
        </Tool>
        <Tool label={t("strike")} pressed={active.strike} onClick={() => chain().toggleStrike().run()}>
          <s>S</s>
        </Tool>
        <Tool label={t("heading")} pressed={active.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
          H2
        </Tool>
        <Tool label={t("subheading")} pressed={active.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
          H3
        </Tool>
        <Tool label={t("bulletList")} pressed={active.bulletList} onClick={() => chain().toggleBulletList().run()}>
          •≡
        </Tool>
        <Tool label={t("orderedList")} pressed={active.orderedList} onClick={() => chain().toggleOrderedList().run()}>
          1.≡
        </Tool>
        <Tool label={t("quote")} pressed={active.blockquote} onClick={() => chain().toggleBlockquote().run()}>
          ❝
        </Tool>
        <Tool label={t("link")} pressed={active.link} onClick={setLink}>
          <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <path d="M10 14a4 4 0 0 0 5.66 0l3-3a4 4 0 0 0-5.66-5.66l-1 1M14 10a4 4 0 0 0-5.66 0l-3 3a4 4 0 0 0 5.66 5.66l1-1" />
          </svg>
        </Tool>
        {uploadImage ? (
          <Tool label={t("image")} onClick={() => fileRef.current?.click()}>
            <svg viewBox="0 0 24 24" className="size-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
              <path d="M4 5h16v14H4zM4 16l5-5 4 4 3-3 4 4" />
            </svg>
          </Tool>
        ) : null}
        {active.figure ? (
          <Tool label={t("caption")} onClick={editCaption}>
            Aa
          </Tool>
        ) : null}
        <Tool label={t("undo")} onClick={() => chain().undo().run()}>
          ↶
        </Tool>
        <Tool label={t("redo")} onClick={() => chain().redo().run()}>
          ↷
        </Tool>
        <input
          ref={fileRef}
          type="file"
          accept="image/jpeg,image/png,image/webp"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = "";
            if (file) void insertImage(file);
          }}
        />
      </div>
      <EditorContent editor={editor} />
      <p aria-live="polite" className="px-4 pb-2 text-sm text-ink-600 empty:hidden">
        {notice ?? (uploadImage ? "" : t("imageAfterSave"))}
      </p>
    </div>
  );
}

function Tool({ label, pressed, onClick, children }: { label: string; pressed?: boolean; onClick: () => void; children: ReactNode }) {
  return (
    <button
      type="button"
      title={label}
      aria-label={label}
      {...(pressed === undefined ? {} : { "aria-pressed": pressed })}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
      className="inline-flex h-9 min-w-9 items-center justify-center rounded px-2 text-sm text-ink-800 hover:bg-ink-200 aria-pressed:bg-brand-700 aria-pressed:text-white"
    >
      <span aria-hidden="true">{children}</span>
    </button>
  );
}
