// Options page entry: wires the Options component to storage and the worker through the platform module.
import { render } from 'preact';
import * as platform from '../platform/browser.ts';
import { SETTINGS_KEY, parseSettings } from '../shared/settings.ts';
import { t } from '../ui/i18n.ts';
import { Options } from './Options.tsx';

document.documentElement.lang = platform.uiLanguage();
document.title = t('optionsTitle');
render(
  <Options
    api={{
      load: async () => parseSettings(await platform.getLocal(SETTINGS_KEY)),
      save: (settings) => platform.setLocal(SETTINGS_KEY, settings),
      send: (message) => platform.sendMessage(message),
      shortcut: () => platform.actionShortcut(),
    }}
  />,
  document.getElementById('root')!,
);
