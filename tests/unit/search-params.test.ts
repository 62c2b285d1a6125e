// The search page's query string: /tim-kiem?q= is trimmed, composed, capped
// at 100 characters; anything else (missing, empty, repeated) is no search.
import { describe, expect, it } from "vitest";
import { searchPath } from "@/components/layout/public-nav";
import { SEARCH_QUERY_MAX, searchPageParams } from "@/lib/validation/search-params";

const q = (raw: Record<string, unknown>) => searchPageParams.parse(raw).q;

describe("searchPageParams", () => {
  it("keeps a query, trimmed, with its spaces and control characters collapsed", () => {
    expect(q({ q: "  an giang   giao ban\ttong ket \n" })).toBe("an giang giao ban tong ket");
    expect(q({ q: "dân\u200bvận" })).toBe("dân vận");
  });

  it("composes letters typed with separate marks (NFD → NFC)", () => {
    expect(q({ q: "Dân vận".normalize("NFD") })).toBe("Dân vận");
  });

  it("cuts a long query at the limit", () => {
    const long = `${"giao ban ".repeat(30)}`;
    const kept = q({ q: long })!;
    expect(kept.length).toBeLessThanOrEqual(SEARCH_QUERY_MAX);
    expect(long.startsWith(kept)).toBe(true);
  });

  it.each([[{}], [{ q: "" }], [{ q: "   " }], [{ q: ["a", "b"] }], [{ q: 5 }]])("is no search for %j", (raw) => {
    expect(q(raw)).toBeUndefined();
  });
});

describe("searchPath", () => {
  it("puts the query in the URL", () => {
    expect(searchPath()).toBe("/tim-kiem");
    expect(searchPath("dân vận & khéo")).toBe("/tim-kiem?q=d%C3%A2n+v%E1%BA%ADn+%26+kh%C3%A9o");
  });
});
