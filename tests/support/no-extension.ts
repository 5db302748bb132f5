// Stands in for webextension-polyfill in unit tests: every API is missing, as on a page outside an extension,
// so code paths that need the browser fail loudly instead of pretending.
const missing = new Proxy(
  {},
  {
    get(_target, prop) {
      throw new Error(`browser.${String(prop)} is not available in unit tests`);
    },
  },
);
export default missing;
