import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/main/security';
import { checkedContentPlugin } from './scripts/checked-content';

/** Writes the one CSP (defined in electron/main/security.ts) into the built page, for both editions. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'capamap-csp',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
  };
}

// One build for the desktop shell and the renderer; the browser edition serves out/renderer as is.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require nothing but 'electron': bundle everything into one CommonJS file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicy(), checkedContentPlugin(resolve(__dirname, 'questionnaires'))],
    // JSON modules (the translation catalog) become JSON.parse of a string, which engines parse much faster than an object literal.
    json: { stringify: true },
    worker: { format: 'es' },
    build: {
      // electron-vite leaves the renderer unminified; minified, the page and the report worker compile in a fraction of the time.
      minify: true,
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      rolldownOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
        // The bundled content's fetch in a chunk of its own that needs no other: evaluated before React and zod, it starts the download at once.
        output: { codeSplitting: { groups: [{ name: 'bundled-content', test: /platform[\\/]bundled-content\.ts|checked-content|questionnaires[\\/].*\.json/ }] } },
      },
    },
  },
});
