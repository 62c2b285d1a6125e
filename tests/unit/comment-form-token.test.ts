// The comment form's defences without third parties: a token signed at render
// time (not too fast, not too old, this article's, this server's), the keyed
// hash clients are rate-limited under, and the form's plain-text rules.
import { describe, expect, it } from "vitest";
import { checkFormToken, clientKeyOf, COMMENT_MAX_FORM_AGE_MS, COMMENT_MIN_FILL_MS, issueFormToken } from "@/lib/comments/form-token";
import { COMMENT_BODY_MAX, COMMENT_NAME_MAX, commentSchema } from "@/lib/validation/comment";

const SECRET = "test-secret-test-secret-test-secret";
const T0 = Date.parse("2026-03-01T02:00:00Z");

describe("the comment form token", () => {
  const token = issueFormToken(SECRET, "article1", T0);

  it("is accepted from 3 seconds after the page was rendered until a few hours later", () => {
    expect(checkFormToken(SECRET, "article1", token, T0 + COMMENT_MIN_FILL_MS)).toBe("ok");
    expect(checkFormToken(SECRET, "article1", token, T0 + COMMENT_MAX_FORM_AGE_MS)).toBe("ok");
  });

  it("refuses a post faster than a person types, or from a form left open too long", () => {
    expect(checkFormToken(SECRET, "article1", token, T0)).toBe("tooFast");
    expect(checkFormToken(SECRET, "article1", token, T0 + COMMENT_MIN_FILL_MS - 1)).toBe("tooFast");
    expect(checkFormToken(SECRET, "article1", token, T0 - 60_000)).toBe("tooFast");
    expect(checkFormToken(SECRET, "article1", token, T0 + COMMENT_MAX_FORM_AGE_MS + 1)).toBe("expired");
  });

  it("refuses another article's token, another server's, a changed time and garbage", () => {
    const later = T0 + 10_000;
    expect(checkFormToken(SECRET, "article2", token, later)).toBe("invalid");
    expect(checkFormToken("another-secret-another-secret-xx", "article1", token, later)).toBe("invalid");
    const [, mac] = token.split(".");
    expect(checkFormToken(SECRET, "article1", `${(T0 - 60_000).toString(36)}.${mac}`, later)).toBe("invalid");
    for (const garbage of ["", "x", `${token}x`, token.replace(/.$/, (c) => (c === "A" ? "B" : "A")), "1.".padEnd(46, "=")]) {
      expect(checkFormToken(SECRET, "article1", garbage, later)).toBe("invalid");
    }
  });
});

describe("the client key", () => {
  it("is a keyed SHA-256 in hex: never the address, different per address and per secret", () => {
    const key = clientKeyOf(SECRET, "203.0.113.7");
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(key).not.toContain("203");
    expect(clientKeyOf(SECRET, "203.0.113.7")).toBe(key);
    expect(clientKeyOf(SECRET, "203.0.113.8")).not.toBe(key);
    expect(clientKeyOf("another-secret-another-secret-xx", "203.0.113.7")).not.toBe(key);
  });
});

describe("the comment schema", () => {
  const parse = (values: Record<string, string>) => commentSchema.safeParse({ formToken: "t", ...values });
  const messages = (values: Record<string, string>) => {
    const result = parse(values);
    return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
  };

  it("keeps plain text composed and tidy: one line for the name, paragraphs for the body", () => {
    const result = parse({ authorName: "  Nguye\u0302\u0303n   Va\u0306n\nA ", body: "  Dòng 1\r\nDòng 2\n\n\n\nĐoạn 2 <b>x</b>  " });
    expect(result.success && result.data).toMatchObject({ authorName: "Nguyễn Văn A", body: "Dòng 1\nDòng 2\n\nĐoạn 2 <b>x</b>", website: "" });
  });

  it("names each refused field with its own message", () => {
    expect(messages({ authorName: "   ", body: "" })).toEqual({ authorName: "comments.errors.nameRequired", body: "comments.errors.bodyRequired" });
    expect(messages({ authorName: "a".repeat(COMMENT_NAME_MAX + 1), body: "b".repeat(COMMENT_BODY_MAX + 1) })).toEqual({
      authorName: "comments.errors.nameTooLong",
      body: "comments.errors.bodyTooLong",
    });
    expect(messages({ authorName: "A", body: "x\u0000" })).toEqual({ body: "validation.invalid" });
    expect(messages({ body: "x" })).toEqual({ authorName: "comments.errors.nameRequired" });
  });

  it("turns a missing or oversized token into no token (refused as invalid by the action, not at a field)", () => {
    const result = commentSchema.safeParse({ authorName: "A", body: "b", formToken: "x".repeat(500) });
    expect(result.success && result.data.formToken).toBe("");
  });
});
