// The options page: highlight mode, entity types, per-site switches, shortcut, dataset version and sources,
// and the privacy statement.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../ui/i18n.ts';
import { safeHref } from '../ui/Card.tsx';
import { ALL_TYPES, type Settings } from '../shared/settings.ts';
import type { Source } from '../dataset/schema.ts';
import type { MessageKey } from '../ui/strings.ts';

type Reply<T> = { ok: true; result: T } | { ok: false; error: string };
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
const TYPE_KEYS: Record<string, MessageKey> = {
  person: 'typePerson',
  organization: 'typeOrganization',
  outlet: 'typeOutlet',
  country: 'typeCountry',
  place: 'typePlace',
};

export function Options({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [status, setStatus] = useState<{ version: string; builtAt: string; sources: Source[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void api.load().then(setSettings);
    void api.shortcut().then(setShortcut);
    void api.send<{ version: string; builtAt: string; sources: Source[] }>({ kind: 'status' }).then((r) =>
      r.ok ? setStatus(r.result) : setError(r.error),
    );
  }, []);
  if (!settings) return null;
  const update = (next: Settings) => {
    setSettings(next);
    void api.save(next);
  };
  return (
    <main class="sc-options sc-theme">
      <h1>{t('optionsTitle')}</h1>
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
            />{' '}
            {t(key)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('optionsTypes')}</legend>
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
            />{' '}
            {t(TYPE_KEYS[type])}
          </label>
        ))}
      </fieldset>
      <section>
        <h2>{t('optionsSites')}</h2>
        <p>{t('optionsSiteDisabled')}</p>
        {settings.disabledSites.length === 0 ? (
          <p class="sc-muted">{t('optionsNoDisabledSites')}</p>
        ) : (
          <ul>
            {settings.disabledSites.map((site) => (
              <li>
                <label class="sc-choice">
                  <input
                    type="checkbox"
                    checked={false}
                    onChange={() => update({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== site) })}
                  />{' '}
                  {site}
                </label>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>{t('optionsShortcut')}</h2>
        <p>
          {shortcut ? <kbd>{shortcut}</kbd> : null} {t('optionsShortcutHelp')}
        </p>
      </section>
      <section>
        <h2>{t('optionsDataset')}</h2>
        {error && (
          <p class="sc-error" role="alert">
            {t('datasetError', error)}
          </p>
        )}
        {status && <p>{t('optionsDatasetVersion', status.version, status.builtAt.slice(0, 10))}</p>}
        <h3>{t('optionsSources')}</h3>
        <ul class="sc-sources">
          {(status?.sources ?? []).map((s) => (
            <li>
              {safeHref(s.url) ? (
                <a href={safeHref(s.url)} target="_blank" rel="noopener noreferrer">
                  {s.name}
                </a>
              ) : (
                s.name
              )}{' '}
              — {s.licence}, {t('asOf', s.asOf)}
              {s.attribution ? `. ${s.attribution}` : ''}
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h2>{t('optionsPrivacy')}</h2>
        <p>{t('optionsPrivacyText')}</p>
      </section>
    </main>
  );
}
