// The options page: highlight mode, entity types, per-site switches, the keyboard shortcut, the dataset's version
// and sources with their licences, and the privacy statement. Every change is saved at once.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../ui/i18n.ts';
import { formatDate, safeHref, TYPE_LABEL } from '../ui/Card.tsx';
import { ALL_TYPES, siteKey, type Settings } from '../shared/settings.ts';
import type { Source } from '../dataset/schema.ts';
import type { MessageKey } from '../ui/strings.ts';
import type { Reply } from '../shared/messages.ts';

export interface DatasetStatus {
  version: string;
  builtAt: string;
  sources: Source[];
}
export interface OptionsApi {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  send<T>(message: unknown): Promise<Reply<T>>;
  shortcut(): Promise<string | null>;
}

const MODES: Array<[Settings['highlightMode'], MessageKey]> = [
  ['off', 'modeOff'],
  ['popup', 'modePopup'],
  ['first', 'modeFirst'],
  ['all', 'modeAll'],
];

/** "www.Example.com", "https://example.com/x" → "example.com"; null when it is not a host name. */
export function parseSiteInput(input: string): string | null {
  const raw = input.trim();
  if (!raw) return null;
  let host = raw;
  try {
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`).hostname;
  } catch {
    return null;
  }
  host = siteKey(host);
  return /^(?=.{1,253}$)([a-z0-9-]{1,63}\.)*[a-z0-9-]{1,63}$/.test(host) && host.includes('.') ? host : null;
}

export function Options({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<DatasetStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shortcut, setShortcut] = useState<string | null | undefined>(undefined);
  const [saved, setSaved] = useState('');
  const [siteInput, setSiteInput] = useState('');
  const [siteError, setSiteError] = useState<string | null>(null);
  useEffect(() => {
    void api.load().then(setSettings);
    void api.shortcut().then(setShortcut);
    void api.send<DatasetStatus>({ kind: 'status' }).then(
      (r) => (r.ok ? setStatus(r.result) : setError(r.error)),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  if (!settings) return null;
  const update = (next: Settings) => {
    setSettings(next);
    void api.save(next).then(() => setSaved(t('optionsSaved')));
  };
  const addSite = (e: Event) => {
    e.preventDefault();
    const site = parseSiteInput(siteInput);
    if (!site) return setSiteError(t('optionsBadSite', siteInput.trim()));
    setSiteError(null);
    setSiteInput('');
    if (!settings.disabledSites.includes(site)) update({ ...settings, disabledSites: [...settings.disabledSites, site].sort() });
  };

  return (
    <main class="sc-options sc-theme">
      <header class="sc-options-head">
        <h1>{t('optionsTitle')}</h1>
        <p class="sc-saved" role="status">
          {saved}
        </p>
      </header>

      <section class="sc-panel" data-section="display">
        <fieldset>
          <legend>{t('optionsHighlightMode')}</legend>
          {MODES.map(([mode, key]) => (
            <label class="sc-choice">
              <input
                type="radio"
                name="mode"
                value={mode}
                checked={settings.highlightMode === mode}
                onChange={() => update({ ...settings, highlightMode: mode })}
              />
              <span>{t(key)}</span>
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('optionsTypes')}</legend>
          <div class="sc-choice-row">
            {ALL_TYPES.map((type) => (
              <label class="sc-choice">
                <input
                  type="checkbox"
                  name="types"
                  value={type}
                  checked={settings.types.includes(type)}
                  onChange={(e) => {
                    const on = (e.target as HTMLInputElement).checked;
                    update({ ...settings, types: on ? [...settings.types, type] : settings.types.filter((x) => x !== type) });
                  }}
                />
                <span>{t(TYPE_LABEL[type])}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </section>

      <section class="sc-panel" aria-labelledby="sc-h-sites" data-section="sites">
        <h2 id="sc-h-sites">{t('optionsSites')}</h2>
        {settings.disabledSites.length === 0 ? (
          <p class="sc-muted">{t('optionsNoDisabledSites')}</p>
        ) : (
          <>
            <p>{t('optionsSiteDisabled')}</p>
            <ul class="sc-site-list">
              {settings.disabledSites.map((site) => (
                <li key={site}>
                  <span class="sc-site-name">{site}</span>
                  <button
                    type="button"
                    class="sc-link-button"
                    onClick={() => update({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== site) })}
                  >
                    {t('optionsTurnOnSite', site)}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        <form class="sc-add-site" onSubmit={addSite}>
          <label for="sc-add-site-input">{t('optionsAddSiteLabel')}</label>
          <div class="sc-add-site-row">
            <input
              id="sc-add-site-input"
              type="text"
              inputMode="url"
              autocomplete="off"
              spellcheck={false}
              value={siteInput}
              aria-invalid={siteError ? true : undefined}
              aria-describedby={siteError ? 'sc-add-site-error' : undefined}
              onInput={(e) => setSiteInput((e.target as HTMLInputElement).value)}
            />
            <button type="submit" class="sc-button">
              {t('optionsAddSite')}
            </button>
          </div>
          {siteError && (
            <p id="sc-add-site-error" class="sc-field-error" role="alert">
              {siteError}
            </p>
          )}
        </form>
      </section>

      <section class="sc-panel" aria-labelledby="sc-h-shortcut" data-section="shortcut">
        <h2 id="sc-h-shortcut">{t('optionsShortcut')}</h2>
        <p>
          {shortcut ? <kbd>{shortcut}</kbd> : shortcut === null ? <span class="sc-muted">{t('optionsShortcutNone')}</span> : null}
        </p>
        <p class="sc-muted">{t('optionsShortcutHelp')}</p>
      </section>

      <section class="sc-panel" aria-labelledby="sc-h-dataset" data-section="dataset">
        <h2 id="sc-h-dataset">{t('optionsDataset')}</h2>
        {error && (
          <p class="sc-error" role="alert">
            {t('datasetError', error)}
          </p>
        )}
        {status && <p data-testid="dataset-version">{t('optionsDatasetVersion', status.version, formatDate(status.builtAt.slice(0, 10)))}</p>}
        <h3>{t('optionsSources')}</h3>
        <ul class="sc-sources">
          {(status?.sources ?? []).map((s) => (
            <li key={s.id}>
              <span class="sc-source-name">
                {safeHref(s.url) ? (
                  <a href={safeHref(s.url)} target="_blank" rel="noopener noreferrer">
                    {s.name}
                  </a>
                ) : (
                  s.name
                )}
              </span>
              <span class="sc-source-meta">
                {s.licence} · {t('optionsSourceAsOf', formatDate(s.asOf))}
                {s.attribution ? ` · ${s.attribution}` : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>

      <section class="sc-panel" aria-labelledby="sc-h-privacy" data-section="privacy">
        <h2 id="sc-h-privacy">{t('optionsPrivacy')}</h2>
        <p>{t('optionsPrivacyText')}</p>
      </section>
    </main>
  );
}
