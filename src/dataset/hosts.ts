// Host names to the key of the domain index: lower case, no "www.", reduced to the registrable domain
// (Public Suffix List via tldts) so that edition.cnn.com and cnn.com meet; pure, runs in the browser.
import { getDomain } from 'tldts';

/** "https://edition.cnn.com/x" or "edition.cnn.com" -> "cnn.com"; null for something that is not a host. */
export function registrableDomain(hostOrUrl: string): string | null {
  const host = normalizeHost(hostOrUrl);
  if (!host) return null;
  return getDomain(host, { allowPrivateDomains: false }) ?? host;
}

/** Lower case host without scheme, path, port, trailing dot or a leading "www."; null when empty. */
export function normalizeHost(hostOrUrl: string): string | null {
  let h = hostOrUrl.trim().toLowerCase();
  if (!h) return null;
  h = h.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '').replace(/\.$/, '');
  h = h.replace(/^www\d?\./, '');
  return h || null;
}
