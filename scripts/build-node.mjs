// Bundles what runs under plain Node: the `berkas` command (out/cli/berkas.mjs, so that `npx berkas`
// works right after `npm install`: this runs as the `prepare` script), and the preview server with
// its core worker (out/preview/). Native and WebAssembly packages stay external: they load from
// node_modules at run time.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: 'linked',
  external: Object.keys(pkg.dependencies ?? {}),
  define: { __BERKAS_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['src/cli/main.ts'], outfile: 'out/cli/berkas.mjs' }),
  build({ ...common, entryPoints: ['src/preview/main.ts'], outfile: 'out/preview/main.mjs' }),
  build({ ...common, entryPoints: ['src/core/host/worker.ts'], outfile: 'out/preview/worker.mjs' }),
]);
