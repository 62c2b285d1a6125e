import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// All UI text comes from the catalogs. This scans the source of lib/,
// components/ and app/ for Vietnamese letters in string literals, templates
// and JSX text (comments do not count) outside the files allowed to hold it.

const ROOT = join(import.meta.dirname, "../..");
const SCANNED = ["lib", "components", "app"];

/** Files that hold Vietnamese by nature, each with its reason. */
const EXEMPT: Record<string, string> = {
  "lib/i18n/messages/vi.ts": "the Vietnamese catalog",
  "lib/i18n/messages/en.ts": "proper names of Vietnamese bodies and movements, and the language's own name",
  "lib/i18n/number-words.ts": "the language's own number words, from which amounts are spelt (lib/money/vnd-words)",
};
const SKIPPED_DIRS = new Set(["generated", "node_modules"]);

// Letters only Vietnamese uses among the portal's languages: a, e, i, o, u, y
// with Vietnamese tone marks, ă â đ ê ô ơ ư, in both cases.
const VIETNAMESE =
  /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** The text of every literal and JSX text node of a file that has Vietnamese letters. */
export function vietnameseLiterals(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, fileName.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node) || ts.isJsxText(node)) {
      const text = ts.isJsxText(node) ? node.getText(file) : node.text;
      if (VIETNAMESE.test(text)) found.push(`${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}: ${text.trim()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

describe("Vietnamese UI text", () => {
  it("finds literals and JSX text but not comments", () => {
    const source = `// Tiếng Việt trong chú thích\n/* Đợt */\nconst a = "Lưu";\nconst b = \`Quý \${1}\`;\nconst c = <p>Đăng nhập {x}</p>;\nconst d = "Save";`;
    expect(vietnameseLiterals("sample.tsx", source).map((line) => line.split(": ")[1])).toEqual(["Lưu", "Quý", "Đăng nhập"]);
  });

  it("is only in the catalogs and the exempt files", () => {
    const offenders = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)))
      .map((path) => relative(ROOT, path).split("\\").join("/"))
      .filter((path) => !(path in EXEMPT))
      .flatMap((path) => {
        const source = readFileSync(join(ROOT, path), "utf8");
        // Parse only files with a Vietnamese letter somewhere (comments included).
        return VIETNAMESE.test(source) ? vietnameseLiterals(path, source).map((line) => `${path}:${line}`) : [];
      });
    expect(offenders).toEqual([]);
  }, 30_000);
});
