import { describe, expect, it } from "vitest";
import { articleHtmlToText, articleImageIds, sanitizeArticleHtml, textToArticleHtml } from "@/lib/text/article-html";

describe("sanitizeArticleHtml", () => {
  it("keeps what the editor writes", () => {
    const html =
      '<h2>Kết quả</h2><p>Trao <strong>19</strong> căn <em>nhà</em> <u>tình</u> <s>thương</s>.</p><ul><li>Một</li></ul><ol><li>Hai</li></ol>' +
      '<blockquote><p>Dân biết, dân bàn</p></blockquote><figure><img src="/anh-tin/abc123" alt="Lễ bàn giao"><figcaption>Lễ bàn giao nhà</figcaption></figure><hr>';
    expect(sanitizeArticleHtml(html)).toBe(html.replace("<hr>", "<hr />").replace('alt="Lễ bàn giao">', 'alt="Lễ bàn giao" />'));
  });

  it("is idempotent", () => {
    const once = sanitizeArticleHtml('<p>a<br>b</p><a href="https://dangcongsan.vn">x</a><figure><img src="/anh-tin/a1"></figure>');
    expect(sanitizeArticleHtml(once)).toBe(once);
  });

  it.each([
    ["<script>alert(1)</script><p>ok</p>", "<p>ok</p>"],
    ['<p onclick="alert(1)" style="color:red" class="x">ok</p>', "<p>ok</p>"],
    ["<style>p{}</style><p>ok</p>", "<p>ok</p>"],
    ['<iframe src="https://evil.example"></iframe><p>ok</p>', "<p>ok</p>"],
    ['<a href="javascript:alert(1)">x</a>', '<a rel="noopener noreferrer nofollow">x</a>'],
    ['<a href="JaVaScRiPt&#58;alert(1)">x</a>', '<a rel="noopener noreferrer nofollow">x</a>'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', '<a rel="noopener noreferrer nofollow">x</a>'],
    ['<a href="//evil.example/x">x</a>', '<a rel="noopener noreferrer nofollow">x</a>'],
    ['<img src="data:image/png;base64,AAAA">', ""],
    ['<img src="https://tracker.example/p.gif">', ""],
    ['<img src="/anh-tin/abc" onerror="alert(1)">', '<img src="/anh-tin/abc" />'],
    ["<svg><script>alert(1)</script></svg>", ""],
    ['<math><mi xlink:href="javascript:alert(1)">x</mi></math>', "x"],
    ["<h1>Tiêu đề</h1>", "<h2>Tiêu đề</h2>"],
    ["<b>đậm</b><i>nghiêng</i>", "<strong>đậm</strong><em>nghiêng</em>"],
    ['<form action="/x"><input name="a"><button>go</button></form>', "go"],
    ["<!-- <script>alert(1)</script> -->ok", "ok"],
  ])("cleans %s", (input, expected) => {
    expect(sanitizeArticleHtml(input)).toBe(expected);
  });

  it("keeps links to other sites, mail and phone, and marks them", () => {
    expect(sanitizeArticleHtml('<a href="https://dangcongsan.vn/a" rel="opener" target="_top">x</a>')).toBe(
      '<a href="https://dangcongsan.vn/a" rel="noopener noreferrer nofollow">x</a>',
    );
    expect(sanitizeArticleHtml('<a href="mailto:bdv@angiang.gov.vn">m</a>')).toContain('href="mailto:bdv@angiang.gov.vn"');
    expect(sanitizeArticleHtml('<a href="/tin-tuc/x">n</a>')).toContain('href="/tin-tuc/x"');
  });

  it("survives hostile text without throwing", () => {
    for (const input of ["\u0000<p>\u0000</p>", "\ud800<p>x</p>", "<".repeat(10_000), "<p>".repeat(5_000), "&#0;&#xd800;&#99999999;"]) {
      expect(() => sanitizeArticleHtml(input)).not.toThrow();
      expect(sanitizeArticleHtml(input)).not.toMatch(/<script|on\w+=/i);
    }
  });
});

describe("articleHtmlToText", () => {
  it("reads blocks as lines and decodes entities", () => {
    expect(articleHtmlToText("<h2>A &amp; B</h2><p>một<br>hai</p><ul><li>ba</li></ul><script>x</script>")).toBe("A & B\nmột\nhai\nba");
  });
  it("turns impossible characters into the replacement character", () => {
    expect(articleHtmlToText("<p>&#xd800;&#0;</p>")).toBe("\ufffd\ufffd");
  });
});

describe("textToArticleHtml", () => {
  it("turns paragraphs into escaped <p>", () => {
    const html = textToArticleHtml('Một <b> "x"\r\nhai\n\n  \nba & bốn');
    expect(html).toBe('<p>Một &lt;b&gt; "x"<br />hai</p><p>ba &amp; bốn</p>');
    // As the sanitizer writes it: cleaning it changes nothing.
    expect(sanitizeArticleHtml(html)).toBe(html);
  });
});

describe("articleImageIds", () => {
  it("lists each image once", () => {
    expect(articleImageIds('<figure><img src="/anh-tin/a1" /></figure><img src="/anh-tin/a1"><img src="/anh-tin/b2" alt="">')).toEqual(["a1", "b2"]);
  });
});
