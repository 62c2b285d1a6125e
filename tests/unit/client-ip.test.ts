import { describe, expect, it } from "vitest";
import { clientIp } from "@/lib/auth/client-ip";

describe("clientIp", () => {
  it.each([
    [{ "x-forwarded-for": "203.0.113.7" }, "203.0.113.7"],
    // A forged first entry is ignored: the balancer appended the real one.
    [{ "x-forwarded-for": "1.2.3.4, 203.0.113.7" }, "203.0.113.7"],
    [{ "x-forwarded-for": ["1.2.3.4", "203.0.113.8"] }, "203.0.113.8"],
    [{ "x-real-ip": "198.51.100.1" }, "198.51.100.1"],
    [{}, "unknown"],
  ])("%j → %s", (headers, expected) => {
    expect(clientIp(headers)).toBe(expected);
  });

  it("skips the proxies it is told about", () => {
    expect(clientIp({ "x-forwarded-for": "1.2.3.4, 203.0.113.7, 10.0.0.2" }, 2)).toBe("203.0.113.7");
    expect(clientIp({ "x-forwarded-for": "203.0.113.7" }, 3)).toBe("203.0.113.7");
  });

  it("reads a Headers object", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "::1" }))).toBe("::1");
  });
});
