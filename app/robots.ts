import type { MetadataRoute } from "next";
import { WORKSPACE_PREFIXES } from "@/lib/auth/routes";
import { siteUrl } from "@/lib/site-url";

// /robots.txt: the public pages are for everyone; the workspace, sign-in and
// the API are not pages for search engines.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: [...WORKSPACE_PREFIXES, "/dang-nhap", "/api/"] },
    sitemap: siteUrl("/sitemap.xml"),
  };
}
