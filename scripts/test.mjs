// `npm test`: type-check, build, lint the Firefox build, unit tests, then the end-to-end tests in Chromium and
// Firefox. Ends with one line `N passed, N failed` counting every test and check of every suite.
//   node scripts/test.mjs [--only typecheck,build,lint,unit,e2e]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const onlyArg = process.argv.indexOf('--only');
const only = onlyArg > 0 ? new Set(process.argv[onlyArg + 1].split(',')) : null;
const tmp = join(root, '.tmp');
mkdirSync(tmp, { recursive: true });

let passed = 0;
let failed = 0;
const summary = [];

function step(name, cmd, args) {
  console.log(`\n=== ${name}: ${[cmd, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, env: { ...process.env, FORCE_COLOR: '0' } });
  return { ok: result.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) };
}

/** A check that is one pass or one failure (type-check, build, lint). */
function check(name, cmd, args) {
  if (only && !only.has(name)) return true;
  const { ok, seconds } = step(name, cmd, args);
  ok ? passed++ : failed++;
  summary.push(`${name}: ${ok ? 'passed' : 'FAILED'} (${seconds}s)`);
  return ok;
}

/** A vitest suite, counted test by test from its JSON report. */
function suite(name, config) {
  if (only && !only.has(name)) return;
  const report = join(tmp, `${name}.json`);
  rmSync(report, { force: true });
  const { ok, seconds } = step(name, process.execPath, [
    join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  let p = 0;
  let f = 0;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    p = json.numPassedTests;
    f = json.numFailedTests;
    // A file that fails to load counts as a failure even though none of its tests ran.
    f += json.testResults.filter((r) => r.status === 'failed' && r.assertionResults.length === 0).length;
  } catch {
    f = 1;
  }
  if (!ok && f === 0) f = 1;
  passed += p;
  failed += f;
  summary.push(`${name}: ${p} passed, ${f} failed (${seconds}s)`);
}

const node = process.execPath;
check('typecheck', node, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', root]);
const built = check('build', node, [join(root, 'build.mjs')]);
if (built) {
  check('lint', node, [join(root, 'scripts/lint-firefox.mjs')]);
}
suite('unit', 'vitest.config.ts');
if (built) suite('e2e', 'vitest.e2e.config.ts');
else if (!only || only.has('e2e')) {
  failed++;
  summary.push('e2e: not run, the build failed');
}

console.log('\n=== summary');
for (const line of summary) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
