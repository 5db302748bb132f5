// `source-context qids [--dataset DIR]`: every Wikidata QID in the dataset, one per line, sorted.
import { openBuiltDataset, DEFAULT_DATASET_DIR } from '../dataset/open-built.ts';
import { SEARCH_FILE } from '../dataset/format.ts';

export async function run(args: string[]): Promise<number> {
  let dir = DEFAULT_DATASET_DIR;
  for (let k = 0; k < args.length; k++) {
    if (args[k] === '--dataset' && args[k + 1]) dir = args[++k];
    else {
      console.error(`qids: unknown argument ${args[k]}\nusage: source-context qids [--dataset DIR]`);
      return 2;
    }
  }
  try {
    const ds = await openBuiltDataset(dir);
    const ids = await ds.allIds();
    const qids = ids.filter((id) => /^Q\d+$/.test(id)).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    process.stdout.write(qids.join('\n') + (qids.length ? '\n' : ''));
    return 0;
  } catch (e) {
    console.error(`qids: ${e instanceof Error ? e.message : String(e)} (${SEARCH_FILE})`);
    return 1;
  }
}
