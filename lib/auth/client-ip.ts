// The client's address for sign-in throttling and the audit trail. Behind a
// load balancer that appends to X-Forwarded-For (nginx's
// $proxy_add_x_forwarded_for, cloud balancers), the last entry is the one it
// saw; entries before it came from the client and can be forged. With more
// proxies in front (TRUSTED_PROXY_HOPS), the client is that many from the end.
type HeaderBag = Headers | Record<string, string | string[] | undefined>;

export function clientIp(headers: HeaderBag, hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 1) || 1): string {
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const value = headers[name];
    return Array.isArray(value) ? value.join(",") : value;
  };
  const entries = get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean) ?? [];
  const forwarded = entries.at(-hops) ?? entries[0];
  return (forwarded || get("x-real-ip") || "unknown").slice(0, 64);
}
