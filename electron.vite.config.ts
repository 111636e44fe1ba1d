import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const define = { __BERKAS_VERSION__: JSON.stringify(pkg.version) };

export default defineConfig({
  // The core worker is a second entry of the main build: out/main/worker.js.
  main: { define, build: { rollupOptions: { input: { index: 'src/main/index.ts', worker: 'src/core/host/worker.ts' } } } },
  // A sandboxed preload must be CommonJS (STACK.md).
  preload: { define, build: { rollupOptions: { output: { format: 'cjs' } } } },
  renderer: { define, plugins: [react()] },
});
