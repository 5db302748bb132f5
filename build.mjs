// Builds the extension for Chrome and Firefox from one source tree and one manifest.
//   node build.mjs              dataset (when missing or older than data/, src/dataset/, src/match/) + bundles
//                               → dist/chrome, dist/firefox (with the local demo hosts)
//   node build.mjs --dataset    rebuild the dataset first
//   node build.mjs --package    store builds (no local demo hosts) zipped into dist/
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const packaging = args.has('--package');
const root = new URL('.', import.meta.url).pathname;
const out = (...p) => join(root, ...p);

/** The bundled demo page and the tests are served on these; store packages leave them out. */
const DEMO_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

function run(cmd, cmdArgs) {
  const result = spawnSync(cmd, cmdArgs, { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** Loads a small TypeScript module (site table, UI strings, the dataset's inputs) by bundling it for Node. */
async function importTs(entry) {
  const result = await esbuild.build({ entryPoints: [out(entry)], bundle: true, format: 'esm', platform: 'node', write: false });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

const { datasetIsStale } = await importTs('src/dataset/inputs.ts');
if (args.has('--dataset') || datasetIsStale(root, out('build/dataset/manifest.json'))) {
  run(process.execPath, [out('node_modules/tsx/dist/cli.mjs'), out('src/dataset/build/cli.ts')]);
}

const bundleDir = out('build/bundle');
rmSync(bundleDir, { recursive: true, force: true });
await esbuild.build({
  entryPoints: {
    background: out('src/background/index.ts'),
    content: out('src/content/index.ts'),
    popup: out('src/popup/index.tsx'),
    options: out('src/options/index.tsx'),
  },
  outdir: bundleDir,
  bundle: true,
  format: 'iife',
  target: ['chrome120', 'firefox128'],
  minify: false,
  legalComments: 'linked',
  loader: { '.css': 'text' },
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'warning',
});

const { SUPPORTED_SITES } = await importTs('src/detect/sites.ts');
const { EN } = await importTs('src/ui/strings.ts');
const siteMatches = [...new Set(SUPPORTED_SITES.flatMap((site) => site.hosts.flatMap((h) => [`*://${h}/*`, `*://*.${h}/*`])))];
const cardCss = readFileSync(out('src/ui/card.css'), 'utf8');
const baseManifest = JSON.parse(readFileSync(out('manifest.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(out('package.json'), 'utf8'));

function manifestFor(browser) {
  const m = structuredClone(baseManifest);
  m.version = pkg.version;
  m.content_scripts[0].matches = packaging ? siteMatches : [...siteMatches, ...DEMO_MATCHES];
  if (browser === 'chrome') {
    m.background = { service_worker: 'background.js' };
    delete m.browser_specific_settings;
  } else {
    m.background = { scripts: ['background.js'] };
  }
  return m;
}

function localeFiles(target) {
  const messages = Object.fromEntries(Object.entries(EN).map(([key, message]) => [key, { message }]));
  mkdirSync(join(target, '_locales/en'), { recursive: true });
  writeFileSync(join(target, '_locales/en/messages.json'), JSON.stringify(messages, null, 2));
  const translations = out('assets/_locales');
  if (!existsSync(translations)) return;
  for (const lang of readdirSync(translations)) {
    if (lang === 'en') continue;
    const translated = JSON.parse(readFileSync(join(translations, lang, 'messages.json'), 'utf8'));
    mkdirSync(join(target, '_locales', lang), { recursive: true });
    writeFileSync(join(target, '_locales', lang, 'messages.json'), JSON.stringify(translated, null, 2));
  }
}

for (const browser of ['chrome', 'firefox']) {
  const target = out('dist', browser);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const file of readdirSync(bundleDir)) cpSync(join(bundleDir, file), join(target, file));
  cpSync(out('src/popup/popup.html'), join(target, 'popup.html'));
  cpSync(out('src/options/options.html'), join(target, 'options.html'));
  writeFileSync(join(target, 'popup.css'), cardCss + '\n' + readFileSync(out('src/popup/popup.css'), 'utf8'));
  writeFileSync(join(target, 'options.css'), cardCss + '\n' + readFileSync(out('src/options/options.css'), 'utf8'));
  cpSync(out('assets/icons'), join(target, 'icons'), { recursive: true });
  cpSync(out('build/dataset'), join(target, 'dataset'), { recursive: true });
  cpSync(out('LICENSE'), join(target, 'LICENSE'));
  localeFiles(target);
  writeFileSync(join(target, 'manifest.json'), JSON.stringify(manifestFor(browser), null, 2));
}

if (packaging) {
  for (const browser of ['chrome', 'firefox']) {
    const name = `source-context-${browser}-${pkg.version}.zip`;
    rmSync(out('dist', name), { force: true });
    run(process.execPath, [out('node_modules/web-ext/bin/web-ext.js'), 'build', '--source-dir', out('dist', browser), '--artifacts-dir', out('dist'), '--filename', name, '--overwrite-dest']);
  }
}
console.log(`built dist/chrome and dist/firefox${packaging ? ' and their store packages' : ''}`);
