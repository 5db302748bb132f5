// Shared by the hostile pages: a page-side heartbeat the tests read to check the page stayed responsive.
window.__beats = 0;
window.__maxGap = 0;
(function () {
  var last = Date.now();
  setInterval(function () {
    var now = Date.now();
    window.__maxGap = Math.max(window.__maxGap, now - last);
    last = now;
    window.__beats++;
  }, 20);
})();
