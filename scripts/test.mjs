// `npm test`: type-check, lint, build, then every test suite, and one closing line that CI reads:
// "tests: N passed, N failed[, N skipped]". Exits non-zero if any step fails.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const npx = (args) => spawnSync('npx', args, { stdio: 'inherit' }).status ?? 1;

let failedSteps = 0;
for (const [name, args] of [
  ['type-check (node)', ['tsc', '-p', 'tsconfig.node.json', '--noEmit']],
  ['type-check (web)', ['tsc', '-p', 'tsconfig.web.json', '--noEmit']],
  ['lint', ['eslint', '.']],
  ['build (electron-vite: main, preload, renderer)', ['electron-vite', 'build', '--logLevel', 'warn']],
]) {
  console.log(`\n== ${name}`);
  if (npx(args) !== 0) failedSteps += 1;
}

console.log('\n== unit and integration tests (vitest)');
mkdirSync('test-results', { recursive: true });
rmSync('test-results/vitest.json', { force: true });
const vitest = npx(['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const report = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests + (report.numRuntimeErrorTestSuites ?? 0);
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
} catch {
  failed += 1;
}
if (vitest !== 0 && failed === 0) failed = 1;
failed += failedSteps;

console.log(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
