import createNextIntlPlugin from "next-intl/plugin";

// next-intl reads its per-request configuration (locale from the `lang`
// cookie, catalogs, time zone) from this file.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

// Record forms upload photos through server actions: up to 6 photos of up to
// 10 MB each (lib/files/limits.ts) plus the form's text. Server actions refuse
// bodies over 1 MB by default, and proxy.ts (which runs on every path) would
// buffer only the first 10 MB of a body and hand the action a truncated one.
// Both limits are raised together; tests/unit/photo-limits.test.ts checks
// they hold a full form.
const UPLOAD_BODY_LIMIT = "64mb";

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Do not advertise the framework in an `X-Powered-By` header.
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: UPLOAD_BODY_LIMIT },
    proxyClientMaxBodySize: UPLOAD_BODY_LIMIT,
  },
};

export default withNextIntl(nextConfig);
