/// <reference types="vitest" />
import vue from "@vitejs/plugin-vue";
import { defineConfig, loadEnv } from "vite";

export default defineConfig(({ mode }) => {
  // load .env.* without the VITE_ prefix filter so staging settings can live in one file
  const env = loadEnv(mode, process.cwd(), "");
  return {
    plugins: [vue()],
    server: {
      port: 5173,
      host: "0.0.0.0", // test on phones over the LAN
      proxy: {
        "/api": {
          target: env.STAGING_API_URL ?? "https://staging-api.shopfront.example",
          changeOrigin: true,
          secure: false,
        },
      },
    },
    define: {
      __STRIPE_KEY__: JSON.stringify(env.STRIPE_SECRET_KEY || env.VITE_STRIPE_PUBLISHABLE_KEY || ""),
    },
    build: {
      sourcemap: false,
      target: "es2020",
    },
    test: {
      environment: "jsdom",
      include: ["tests/**/*.spec.ts"],
    },
  };
});
