// Popup entry: wires the Popup component to the extension through the platform module.
import { render } from 'preact';
import * as platform from '../platform/browser.ts';
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
  const api: PopupApi = {
    send: (message) => platform.sendMessage(message),
    async siteStatus() {
      const url = tabId === undefined ? undefined : await platform.tabUrl(tabId);
      if (!url || !platform.originPattern(url)) return { host: null, enabled: false };
      return { host: new URL(url).hostname, enabled: await platform.hasHostPermission(url) };
    },
    async enableSite() {
      const url = tabId === undefined ? undefined : await platform.tabUrl(tabId);
      if (!url || tabId === undefined) return false;
      // permissions.request must run straight from the click: nothing awaited before it but the URL.
      const granted = await platform.requestHostPermission(url);
      if (granted) await platform.injectContentScript(tabId);
      return granted;
    },
    openOptions: () => void platform.openOptionsPage(),
  };
  document.documentElement.lang = platform.uiLanguage();
  render(<Popup api={api} tabId={tabId} />, document.getElementById('root')!);
}

void main();
