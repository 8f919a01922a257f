import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['src/**/*.test.{ts,tsx}'],
    coverage: {
      provider: 'v8',
      reporter: ['text', 'lcov', 'html'],
      include: ['src/**/*.{ts,tsx}'],
      // keep the report focused on logic we own; stories + thin wrappers are noise
      exclude: ['src/**/*.stories.tsx', 'src/api.ts', 'src/components/**'],
      thresholds: { lines: 62, functions: 55, branches: 48, statements: 62 },
    },
  },
});
