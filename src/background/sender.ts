// Who may ask the worker what. Pure, so the rules are unit-tested without a browser.
import type { MessageSender } from '../platform/browser.ts';

const FROM_PAGE = new Set(['analyze', 'hide-card']);
const FROM_EXTENSION_PAGE = new Set(['tab-state', 'status', 'search']);

/** Returns why a message is refused, or null when its sender may send it. */
export function checkSender(message: unknown, sender: MessageSender, extensionId: string, extensionOrigin: string): string | null {
  if (sender.id !== extensionId) return `sender ${sender.id ?? '(none)'} is not this extension`;
  const kind = typeof message === 'object' && message !== null ? (message as { kind?: unknown }).kind : undefined;
  if (typeof kind !== 'string') return null; // the schema check names what is wrong
  // The popup opened as a tab (as the tests do) is still an extension page: judge by URL, not by tab.
  const isExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  if (FROM_PAGE.has(kind) && (!sender.tab || isExtensionPage)) return `${kind} is accepted only from a content script`;
  if (FROM_EXTENSION_PAGE.has(kind) && !isExtensionPage) return `${kind} is accepted only from the extension's own pages`;
  return null;
}
