// Inlined into index.html's <head> by trunk (its hash is in the CSP): runs before the first paint.
// index.html holds the app's landing as static HTML, read before the wasm arrives. It is only right
// for a visit that opens on the landing in Japanese: otherwise (saved progress on another screen, a
// share link, English) the plain loading indicator shows instead (classes in style/main.css).
// In a frame it also sets the compact layout's class.
// Read-only; anything unexpected means the plain indicator.
(function () {
  'use strict';
  var PREFIX = 'jishin-shindan.';
  function opensOnLanding() {
    try {
      if (/(^#|&)r=/.test(location.hash)) return false;
      if (/[?&]lang=(?!ja(&|$))/.test(location.search)) return false;
      var lang = localStorage.getItem(PREFIX + 'lang');
      if (lang && lang !== 'ja') return false;
      var saved = localStorage.getItem(PREFIX + 'session');
      if (saved) {
        var step = JSON.parse(saved).step;
        if (step !== undefined && step !== 'intro') return false;
      }
      return true;
    } catch (e) {
      return false;
    }
  }
  // Inside a frame (an association's page) the compact layout applies from the first paint, as
  // src/embed.rs would set it, so nothing moves when the app takes over.
  var framed = window.parent !== window;
  document.documentElement.className +=
    (opensOnLanding() ? ' boot-landing' : ' boot-plain') + (framed ? ' is-embedded' : '');
})();
