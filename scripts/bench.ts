// `npm run bench`: runs every benchmark module in scripts/bench/ (each exports `run()` returning its figures),
// prints them as a table per module, and ends with one JSON line of all figures.
//   npm run bench [-- name ...]   only the named modules (file names without .ts)
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = new URL('./bench/', import.meta.url).pathname;
const wanted = new Set(process.argv.slice(2));
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.ts$/, ''))
  .filter((name) => wanted.size === 0 || wanted.has(name))
  .sort();

const all: Record<string, Record<string, number | string>> = {};
let failures = 0;
for (const name of modules) {
  console.log(`\n== ${name}`);
  try {
    const { run } = (await import(pathToFileURL(join(dir, `${name}.ts`)).href)) as { run: () => Promise<Record<string, number | string>> };
    const figures = await run();
    all[name] = figures;
    const width = Math.max(...Object.keys(figures).map((k) => k.length));
    for (const [key, value] of Object.entries(figures)) console.log(`  ${key.padEnd(width)}  ${value}`);
  } catch (error) {
    failures++;
    console.log(`  failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  }
}
console.log(JSON.stringify(all));
process.exitCode = failures ? 1 : 0;
