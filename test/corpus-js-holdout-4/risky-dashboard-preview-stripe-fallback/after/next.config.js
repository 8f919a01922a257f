/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  env: {
    NEXT_PUBLIC_APP_VERSION: process.env.npm_package_version,
    NEXT_PUBLIC_STRIPE_KEY: process.env.STRIPE_SECRET_KEY,
  },
};

module.exports = nextConfig;
