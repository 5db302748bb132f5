#!/usr/bin/env node
// `source-context <command>`: the project's command line, on the same code as the extension.
// Each command is a module src/cli/<command>.ts exporting `run(args): Promise<number>`.
import { register } from 'tsx/esm/api';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const COMMANDS = {
  lookup: 'Print the card for a name or QID: lookup "<name or QID>" [--date YYYY-MM-DD] [--json]',
  qids: 'Print every QID in the dataset, one per line',
  dataset: 'Dataset statistics: dataset --stats',
  extract: 'Article detection: reads "<path>\\t<url>" lines on stdin, writes one JSON line per page',
  link: 'Name linking: reads {"id","text","lang","date"} JSON lines on stdin, writes mentions per line',
};

const [command, ...args] = process.argv.slice(2);
const module = command && COMMANDS[command] ? new URL(`../src/cli/${command}.ts`, import.meta.url) : null;
if (!module || !existsSync(fileURLToPath(module))) {
  console.error(command ? `source-context: unknown command "${command}"\n` : '');
  console.error('usage: source-context <command> [args]\n');
  for (const [name, help] of Object.entries(COMMANDS)) console.error(`  ${name.padEnd(8)} ${help}`);
  process.exit(command ? 2 : 0);
}
register();
const { run } = await import(module.href);
process.exitCode = await run(args);
