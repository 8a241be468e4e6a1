/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Content is read from ../shared only by the content check; pages read content/ through lib/.
  outputFileTracingIncludes: { '/**': ['./content/**/*'] },
};

module.exports = nextConfig;
