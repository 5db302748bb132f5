// The one module that touches extension APIs. Everything else takes what it needs from here, so the
// logic around it stays testable in Node and the browser differences live in one place.
import browser from 'webextension-polyfill';
import type { Runtime } from 'webextension-polyfill';

export type { Runtime };
export type MessageSender = Runtime.MessageSender;

export const extensionId = (): string => browser.runtime.id;
export const extensionUrl = (path: string): string => browser.runtime.getURL(path);
export const manifestVersion = (): string => browser.runtime.getManifest().version;

/** UI text through `_locales`; falls back to the key's English default where a locale lacks it. */
export function t(key: string, substitutions?: string | string[], fallback?: string): string {
  try {
    const text = browser.i18n.getMessage(key, substitutions);
    if (text) return text;
  } catch {
    // Outside an extension page (tests rendering components in Node) i18n does not exist.
  }
  return fallback ?? key;
}
export const uiLanguage = (): string => {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
};

export function sendMessage<T = unknown>(message: unknown): Promise<T> {
  return browser.runtime.sendMessage(message) as Promise<T>;
}

export type MessageHandler = (message: unknown, sender: MessageSender) => Promise<unknown> | undefined;
export function onMessage(handler: MessageHandler): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: MessageSender) => handler(message, sender));
}

/** True while this content script's extension is still loaded; false after an update or reload orphaned it. */
export function extensionAlive(): boolean {
  try {
    return typeof browser.runtime?.id === 'string';
  } catch {
    return false;
  }
}

// Storage: `local` for the reader's settings, `session` for per-tab state that must outlive a worker restart.
export async function getLocal<T>(key: string): Promise<T | undefined> {
  const got = await browser.storage.local.get(key);
  return got[key] as T | undefined;
}
export async function setLocal(key: string, value: unknown): Promise<void> {
  await browser.storage.local.set({ [key]: value });
}
export function onLocalChange(handler: (changes: Record<string, { newValue?: unknown }>) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local') handler(changes as Record<string, { newValue?: unknown }>);
  });
}
const sessionArea = () => browser.storage.session ?? browser.storage.local;
export async function getSession<T>(key: string): Promise<T | undefined> {
  const got = await sessionArea().get(key);
  return got[key] as T | undefined;
}
export async function setSession(key: string, value: unknown): Promise<void> {
  await sessionArea().set({ [key]: value });
}
export async function removeSession(key: string): Promise<void> {
  await sessionArea().remove(key);
}

// Tabs and the toolbar badge. `setBadgeText` with a tabId is per tab, and so per window, private ones included.
export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
export async function tabIdForUrl(url: string): Promise<number | undefined> {
  const tabs = await browser.tabs.query({});
  return tabs.find((tab) => tab.url === url)?.id;
}
export async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}
export async function setBadge(tabId: number, text: string): Promise<void> {
  try {
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#3b4a6b' });
  } catch {
    // The tab closed in the meantime.
  }
}
export function onTabRemoved(handler: (tabId: number) => void): void {
  browser.tabs.onRemoved.addListener((tabId) => handler(tabId));
}
export function onTabNavigated(handler: (tabId: number, url: string) => void): void {
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) handler(tabId, change.url);
  });
}
export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

// Optional host permissions: the reader enables a site that is not in the supported list.
export function originPattern(url: string): string | null {
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return null;
  }
}
export function hasHostPermission(url: string): Promise<boolean> {
  const origin = originPattern(url);
  return origin ? browser.permissions.contains({ origins: [origin] }) : Promise.resolve(false);
}
export function requestHostPermission(url: string): Promise<boolean> {
  const origin = originPattern(url);
  return origin ? browser.permissions.request({ origins: [origin] }) : Promise.resolve(false);
}
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
}
export const fetchExtensionText = async (path: string): Promise<string> => {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
};

/** The action's keyboard shortcut as the browser has it (the reader may have changed it). */
export async function actionShortcut(): Promise<string | null> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((c) => c.name === '_execute_action')?.shortcut || null;
  } catch {
    return null;
  }
}

// Content scripts for the sites the reader enabled (optional host permissions), registered so they run on every
// visit, not only in the tab where the reader pressed the button.
export async function grantedOrigins(): Promise<string[]> {
  return (await browser.permissions.getAll()).origins ?? [];
}
export function manifestContentMatches(): string[] {
  return (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
}
export async function setRegisteredContentScript(id: string, matches: string[]): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [id] });
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id, matches, js: ['content.js'], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}
export function onPermissionsChanged(handler: () => void): void {
  browser.permissions.onAdded.addListener(handler);
  browser.permissions.onRemoved.addListener(handler);
}
export function onStartupOrInstall(handler: () => void): void {
  browser.runtime.onStartup.addListener(handler);
  browser.runtime.onInstalled.addListener(handler);
}
/** Every key of the session area with its value. */
export async function allSession(): Promise<Record<string, unknown>> {
  return sessionArea().get(null);
}
