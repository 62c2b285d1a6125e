import createNextIntlPlugin from "next-intl/plugin";

// next-intl reads its per-request configuration (locale from the `lang`
// cookie, catalogs, time zone) from this file.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import("next").NextConfig} */
const nextConfig = {
  // Do not advertise the framework in an `X-Powered-By` header.
  poweredByHeader: false,
};

export default withNextIntl(nextConfig);
