// `npm run bench`: bundles the benchmarks from bench/ with the current sources and runs them.
// `npm run bench -- search` runs one of them (store, blobs, search, dossier).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

const only = process.argv[2];
await build({
  entryPoints: ['bench/store.ts', 'bench/blobs.ts', 'bench/search.ts', 'bench/dossier.ts'],
  outdir: 'out/bench',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  define: { __BERKAS_VERSION__: '"bench"' },
  logLevel: 'warning',
});
// The store, search and dossier benches run in a process of their own each: a clean heap and page
// cache (the dossier bench spawns one more per size, for a peak RSS of its own).
const runs = [];
if (!only || only === 'store') runs.push(spawnSync(process.execPath, ['out/bench/store.mjs'], { stdio: 'inherit' }));
if (!only || only === 'blobs') {
  const { benchBlobs } = await import('../out/bench/blobs.mjs');
  await benchBlobs();
}
if (!only || only === 'search') runs.push(spawnSync(process.execPath, ['out/bench/search.mjs'], { stdio: 'inherit' }));
if (!only || only === 'dossier') runs.push(spawnSync(process.execPath, ['out/bench/dossier.mjs'], { stdio: 'inherit' }));
process.exit(runs.map((r) => r.status ?? 1).find((s) => s !== 0) ?? 0);
