// Builds the `berkas` command from the current sources once per run, so CLI tests never exercise a
// stale bundle, the helper programs some tests start as second processes, and the renderer
// (out/renderer) that the end-to-end tests load through the preview server. The end-to-end tests
// that host the core themselves use copies in out/e2e, because start.test.ts runs `npm start`,
// which rebuilds out/renderer (emptying it first) and out/preview while other files run.
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

export default async function setup(): Promise<void> {
  execFileSync(process.execPath, ['scripts/build-node.mjs'], { stdio: 'inherit' });
  execFileSync(process.execPath, ['node_modules/electron-vite/bin/electron-vite.js', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  rmSync('out/e2e', { recursive: true, force: true });
  cpSync('out/renderer', 'out/e2e/renderer', { recursive: true });
  cpSync('out/preview/worker.mjs', 'out/e2e/worker.mjs');
  await build({
    entryPoints: ['tests/fixtures/hold-open.ts', 'tests/fixtures/write-loop.ts'],
    outdir: 'out/test',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
}
