/** @type {import("next").NextConfig} */
const nextConfig = {
  // Do not advertise the framework in an `X-Powered-By` header.
  poweredByHeader: false,
};

export default nextConfig;
