import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
// This file and the modules it loads spell out `.ts` in relative imports: Vite's native config loader (Node's own
// import, to become the default) needs them, and Vite warns at every start while any is missing.
import { codeSplittingPlugin } from './scripts/code-splitting.ts';
import { devNonce, securityHeadersPlugin } from './scripts/security-headers.ts';
import { contentPlugin } from './scripts/vite-plugin-content.ts';
import { prerenderPlugin } from './scripts/vite-plugin-prerender.ts';
import { assessmentSchemaPlugin } from './scripts/vite-plugin-assessment-schema.ts';

const splitting = codeSplittingPlugin();

export default defineConfig(({ command }) => {
  // The dev server lets Vite's own tags (injected styles, the React refresh preamble) through its policy by a nonce.
  const nonce = command === 'serve' ? devNonce() : undefined;
  return {
    // Relative base: the built site works from any sub-path of a static host.
    base: './',
    html: { cspNonce: nonce },
    plugins: [
      react(),
      splitting.plugin,
      // The Content-Security-Policy (one definition): the meta tag, the hosts' header files, the dev server's variant.
      securityHeadersPlugin(nonce),
      contentPlugin(),
      // Publishes the JSON Schema of exported assessment files, generated from the importer's zod schema.
      assessmentSchemaPlugin(),
      // The landing rendered into index.html in every language (its heading in the first paint), before the precache.
      prerenderPlugin(),
      // Offline and installable: a service worker precaches every built file (the PDF renderer and its fonts
      // included), so after one visit the app opens and works with no network. It waits for the user to
      // accept a new version (src/app/update-banner.tsx registers it and asks).
      VitePWA({
        registerType: 'prompt',
        injectRegister: false,
        includeAssets: ['favicon.svg', 'icons/*.png'],
        manifest: {
          id: './',
          name: 'Peldaño',
          short_name: 'Peldaño',
          description: 'Autoevaluación de madurez en redes sociales en diez etapas / Social media maturity self-assessment in ten stages.',
          lang: 'es',
          start_url: './',
          scope: './',
          display: 'standalone',
          background_color: '#f4f6f5',
          theme_color: '#0f4c5c',
          icons: [
            { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
            { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
            { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
            { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml' },
          ],
        },
        workbox: {
          globPatterns: ['**/*.{html,js,css,svg,png,ttf,woff2,json,webmanifest}'],
          // The PDF renderer carries its fonts: larger than workbox's default limit.
          maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
          navigateFallback: 'index.html',
          cleanupOutdatedCaches: true,
          // The first install takes charge of the open page at once, so it keeps working if the network goes mid-visit;
          // later versions still wait for the user (skipWaiting stays off).
          clientsClaim: true,
        },
      }),
    ],
    build: {
      target: 'es2022',
      sourcemap: false,
      // Every browser the app supports knows <link rel="modulepreload">: no polyfill in the entry chunk.
      modulePreload: { polyfill: false },
      rolldownOptions: { output: { codeSplitting: splitting.codeSplitting } },
    },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['tests/setup.ts'],
      include: ['tests/**/*.test.{ts,tsx}'],
      exclude: ['tests/e2e/**', 'node_modules/**'],
      // Whole screens render in jsdom: on a busy two-core machine 5 s (the default) times out healthy tests.
      testTimeout: 30_000,
    },
  };
});
