// Popup entry: wires the Popup component to the extension through the platform module.
import { render } from 'preact';
import * as platform from '../platform/browser.ts';
import { SETTINGS_KEY, parseSettings } from '../shared/settings.ts';
import { t } from '../ui/i18n.ts';
import { Popup, type PopupApi } from './Popup.tsx';

async function main(): Promise<void> {
  // Tests open the popup as a tab and name the tab it is for (by id, or by URL where the driver knows no tab ids);
  // the toolbar popup uses the active tab.
  const params = new URLSearchParams(location.search);
  const fromQuery = Number(params.get('tabId'));
  const forUrl = params.get('forUrl');
  const tabId =
    Number.isInteger(fromQuery) && fromQuery > 0
      ? fromQuery
      : forUrl
        ? await platform.tabIdForUrl(forUrl)
        : await platform.activeTabId();
  // The tab's address as last seen, so that the permission request below starts without waiting for anything.
  let knownUrl: string | undefined;
  const api: PopupApi = {
    send: (message) => platform.sendMessage(message),
    async siteStatus() {
      const url = tabId === undefined ? undefined : await platform.tabUrl(tabId);
      knownUrl = url;
      if (!url || !platform.originPattern(url)) return { host: null, enabled: false };
      return { host: new URL(url).hostname, enabled: await platform.hasHostPermission(url) };
    },
    async enableSite() {
      // permissions.request must run straight from the click (a user gesture): nothing awaited before it.
      const url = knownUrl ?? (tabId === undefined ? undefined : await platform.tabUrl(tabId));
      if (!url || tabId === undefined) return false;
      const granted = await platform.requestHostPermission(url);
      if (granted) await platform.injectContentScript(tabId);
      return granted;
    },
    loadSettings: async () => parseSettings(await platform.getLocal(SETTINGS_KEY)),
    saveSettings: (settings) => platform.setLocal(SETTINGS_KEY, settings),
    openOptions: () => void platform.openOptionsPage(),
  };
  document.documentElement.lang = platform.uiLanguage();
  document.title = t('extensionName');
  render(<Popup api={api} tabId={tabId} />, document.getElementById('root')!);
}

void main();
