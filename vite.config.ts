/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// `base: './'` keeps every asset URL relative, so the built site works from any static
// host, under a sub-path, or opened offline.
export default defineConfig({
  base: './',
  plugins: [svelte()],
  resolve: {
    alias: {
      // See src/ui/vendor/ajv-i18n.ts: every ajv locale, for messages Pod Lab never reads.
      'ajv-i18n': fileURLToPath(new URL('./src/ui/vendor/ajv-i18n.ts', import.meta.url)),
      // See src/ui/vendor/ajv-formats-draft2019.ts: formats no schema of the API uses.
      'ajv-formats-draft2019/formats/index.js': fileURLToPath(new URL('./src/ui/vendor/ajv-formats-draft2019.ts', import.meta.url)),
    },
  },
  build: { target: 'es2022', sourcemap: true },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
  },
});
