// Lints the Firefox build with web-ext (Mozilla's addons-linter). Errors fail; warnings are listed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const result = spawnSync(
  process.execPath,
  [join(root, 'node_modules/web-ext/bin/web-ext.js'), 'lint', '--source-dir', join(root, 'dist/firefox'), '--output', 'json'],
  { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
let report;
try {
  report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{')));
} catch {
  console.error(result.stdout, result.stderr);
  process.exit(1);
}
for (const kind of ['errors', 'warnings', 'notices']) {
  for (const item of report[kind] ?? []) console.log(`${kind.slice(0, -1)}: ${item.code} ${item.file ?? ''} ${item.message}`);
}
console.log(`web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`);
process.exit(report.summary.errors === 0 ? 0 : 1);
