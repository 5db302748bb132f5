// `source-context link [--dataset DIR]`: finds and links the names in texts.
// Input on stdin, one JSON object a line: {"id", "text", "lang"?, "date"?, "country"?}.
// Output on stdout, one JSON line per input line, in order:
//   {"id", "mentions": [{"start", "end", "surface", "id", "qid", "type", "cited"?, "titleInText"?}]}
// with UTF-16 offsets into text (qid is null for entities without a Wikidata item), or
// {"id", "error"} for a line that could not be read; the run goes on and exits 1 at the end.
import { createInterface } from 'node:readline';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Dataset } from '../dataset/store.ts';
import { fsReader } from '../dataset/fs-reader.ts';
import { createLinker, type NameIndex } from '../match/index.ts';

const USAGE = `usage: source-context link [--dataset DIR]
Reads JSON lines {"id","text","lang","date"} on stdin and writes {"id","mentions":[...]} lines on stdout.
DIR defaults to build/dataset (make it with: npm run dataset).`;

export async function run(args: string[]): Promise<number> {
  let dir = 'build/dataset';
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    if (a === '--dataset' && args[k + 1]) dir = args[++k];
    else if (a === '-h' || a === '--help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    } else {
      process.stderr.write(`link: unknown argument ${a}\n${USAGE}\n`);
      return 2;
    }
  }
  if (!existsSync(join(dir, 'manifest.json'))) {
    process.stderr.write(`link: no built dataset in ${dir} (run: npm run dataset)\n`);
    return 2;
  }
  let dataset: Dataset;
  try {
    dataset = await Dataset.open(fsReader(dir));
  } catch (e) {
    process.stderr.write(`link: cannot open the dataset in ${dir}: ${(e as Error).message}\n`);
    return 2;
  }
  const linker = createLinker(dataset.nameIndex as NameIndex);

  let failures = 0;
  let lineNo = 0;
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      let doc: unknown;
      try {
        doc = JSON.parse(line);
      } catch (e) {
        throw new Error(`line ${lineNo}: not JSON: ${(e as Error).message}`);
      }
      if (typeof doc !== 'object' || doc === null) throw new Error(`line ${lineNo}: expected a JSON object`);
      const d = doc as Record<string, unknown>;
      id = d.id ?? null;
      if (typeof d.text !== 'string') throw new Error(`line ${lineNo}: "text" must be a string`);
      for (const f of ['lang', 'date', 'country'] as const) {
        if (d[f] !== undefined && d[f] !== null && typeof d[f] !== 'string') throw new Error(`line ${lineNo}: "${f}" must be a string or null`);
      }
      if (typeof d.date === 'string' && !/^\d{4}-\d{2}-\d{2}/.test(d.date)) throw new Error(`line ${lineNo}: "date" must be YYYY-MM-DD`);
      const mentions = linker.link(d.text, {
        lang: (d.lang as string | undefined) ?? null,
        date: typeof d.date === 'string' ? d.date.slice(0, 10) : null,
        country: (d.country as string | undefined) ?? null,
      });
      const out = mentions.map((m) => ({
        start: m.start,
        end: m.end,
        surface: m.surface,
        id: m.id,
        qid: /^Q\d+$/.test(m.id) ? m.id : null,
        type: m.type,
        ...(m.cited ? { cited: true } : {}),
        ...(m.titleInText ? { titleInText: m.titleInText } : {}),
      }));
      process.stdout.write(JSON.stringify({ id, mentions: out }) + '\n');
    } catch (e) {
      failures++;
      const message = (e as Error).message;
      process.stderr.write(`link: ${message}\n`);
      process.stdout.write(JSON.stringify({ id, error: message }) + '\n');
    }
  }
  return failures ? 1 : 0;
}
