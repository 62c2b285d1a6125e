// The portal's public address, for links that leave the page (sitemap, RSS,
// robots.txt): NEXTAUTH_URL, which `npm start` always sets.

export function siteUrl(path = "/"): string {
  const base = (process.env.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
  return `${base}${path.startsWith("/") ? path : `/${path}`}`;
}
