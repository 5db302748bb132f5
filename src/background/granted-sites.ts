// Sites the reader enabled from the popup: the optional host permissions granted beyond the manifest's own
// content-script matches. Pure, so the rule is tested without a browser.

/** Granted origins that the manifest's content scripts do not already cover, as match patterns to register. */
export function extraOrigins(granted: string[], manifestMatches: string[]): string[] {
  const covered = new Set(manifestMatches);
  // The optional permission's own wildcards never come back as grants of one site; skip them should a browser list them.
  const wildcard = /^(\*|https?):\/\/\*\/\*$|^<all_urls>$/;
  return [...new Set(granted)].filter((origin) => !covered.has(origin) && !wildcard.test(origin)).sort();
}
