// Bundles the `berkas` command-line tool into out/cli/berkas.mjs so that `npx berkas` works right
// after `npm install` (this runs as the `prepare` script). Native and WebAssembly packages stay
// external: they are loaded from node_modules at run time.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'out/cli/berkas.mjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: 'linked',
  external: Object.keys(pkg.dependencies ?? {}),
  define: { __BERKAS_VERSION__: JSON.stringify(pkg.version) },
  logLevel: 'warning',
});
