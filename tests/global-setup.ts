// Builds the `berkas` command from the current sources once per run, so CLI tests never exercise a
// stale bundle, and the helper programs some tests start as second processes.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

export default async function setup(): Promise<void> {
  execFileSync(process.execPath, ['scripts/build-node.mjs'], { stdio: 'inherit' });
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
