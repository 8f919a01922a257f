/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // make the key available to the summarize route on edge + node runtimes
  env: { OPENAI_API_KEY: process.env.OPENAI_API_KEY },
  images: {
    remotePatterns: [{ protocol: "https", hostname: "avatars.githubusercontent.com" }],
  },
};

export default nextConfig;
