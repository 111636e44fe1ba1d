// `npm run bench`: bundles the benchmarks from bench/ with the current sources and runs them.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

await build({
  entryPoints: ['bench/store.ts', 'bench/blobs.ts'],
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
const run = spawnSync(process.execPath, ['out/bench/store.mjs'], { stdio: 'inherit' });
const { benchBlobs } = await import('../out/bench/blobs.mjs');
await benchBlobs();
process.exit(run.status ?? 1);
