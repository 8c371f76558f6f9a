// Inlined into index.html's <head> by trunk (its hash is in the CSP): runs before the first paint.
//
// index.html holds the app's first screens as static HTML, rendered at build time from the app's
// own components (src/app/prerender.rs): the landing and the three Parts of the questionnaire.
// They are only right for a first visit in Japanese (nothing saved, no share link, no other
// language); otherwise the plain loading indicator shows instead (classes in style/main.css).
//
// On such a visit the page's loader (public/loader.js) lets the static screens paint before the
// wasm downloads: it reads window.__jishinBoot, set below.
//
// On a first visit this script lets the questionnaire be used before the wasm has arrived (issue
// 14), and does nothing else: it shows one screen at a time (the buttons' data-go), counts the
// chosen answers into the progress indicators, and remembers the last click it cannot serve (the
// result, the history, the language, …) so the app can repeat it when it takes over
// (src/platform/boot.rs). No scoring, no saving: the model stays in Rust. In a frame it also sets
// the compact layout and tells the host page its height, as src/platform/embed.rs does after
// take-over.
(function () {
  'use strict';
  var PREFIX = 'jishin-shindan.';
  var root = document.documentElement;
  // The screen the address names (?screen=…, src/platform/history.rs): the static page has the landing
  // ('start') and the Parts ('part-1' … 'part-3').
  var named = /[?&]screen=([^&#]*)/.exec(location.search);
  named = named ? named[1] : 'start';
  var part = /^part-([123])$/.exec(named);
  function firstVisitInJapanese() {
    try {
      if (named !== 'start' && !part) return false;
      if (/(^#|&)r=/.test(location.hash)) return false;
      if (/[?&]lang=(?!ja(&|$))/.test(location.search)) return false;
      var lang = localStorage.getItem(PREFIX + 'lang');
      if (lang && lang !== 'ja') return false;
      // (Where storage cannot even be read, a sandboxed frame, this throws: the plain indicator.)
      if (localStorage.getItem(PREFIX + 'session') !== null) return false;
      return true;
    } catch (e) {
      return false;
    }
  }
  var framed = window.parent !== window;
  var first = firstVisitInJapanese();
  root.className += (first ? ' boot-landing' : ' boot-plain') + (framed ? ' is-embedded' : '') +
    (first && part ? ' static-part-' + part[1] : '');
  if (!first) return;

  // What the app reads when it takes over (src/platform/boot.rs).
  var boot = { screen: part ? Number(part[1]) : 0, pending: null, stop: stop, live: true };
  boot.last = boot.screen || 1;
  window.__jishinBoot = boot;
  var TOKENS = ['start', 'part-1', 'part-2', 'part-3'];
  // Each screen is an entry of the browser's history, as in the app (src/platform/history.rs): the entry's
  // state is the screen's token, its address names it.
  history.replaceState(TOKENS[boot.screen], '');

  function sections() {
    return document.querySelectorAll('.prerender main > section');
  }
  // One heading carries the id the app's focus and labels use: the one on screen.
  function headingIds(all) {
    for (var i = 0; i < all.length; i++) {
      var h = all[i].querySelector('h1');
      if (i === boot.screen) h.id = 'screen-heading';
      else h.removeAttribute('id');
    }
  }
  if (boot.screen > 0) {
    document.addEventListener('DOMContentLoaded', function () { headingIds(sections()); });
  }

  // Screen 0 is the landing, 1–3 the Parts (the order of src/app/prerender.rs). `push`: a move of
  // the user's (a new history entry), not the browser's back or forward button.
  function show(n, push) {
    root.classList.remove('static-part-1', 'static-part-2', 'static-part-3');
    if (n > 0) root.classList.add('static-part-' + n);
    boot.screen = n;
    var all = sections();
    headingIds(all);
    if (push) {
      var url = new URL(location.href);
      url.searchParams.set('screen', TOKENS[n]);
      url.hash = '';
      history.pushState(TOKENS[n], '', url.href);
    }
    window.scrollTo(0, 0);
    all[n].querySelector('h1').focus();
  }

  function count() {
    var all = sections();
    var total = 0;
    var perPart = [];
    for (var i = 1; i < all.length; i++) {
      var n = all[i].querySelectorAll('input[type=radio]:checked').length;
      perPart.push(n);
      total += n;
      var sets = all[i].querySelectorAll('fieldset.question');
      for (var j = 0; j < sets.length; j++) {
        sets[j].classList.toggle('question--answered', !!sets[j].querySelector('input:checked'));
      }
    }
    for (i = 1; i < all.length; i++) {
      var text = all[i].querySelector('.progress__text');
      text.textContent = text.textContent.replace(/\d+(?= \/)/, total);
      all[i].querySelector('.progress__bar').value = total;
      var counts = all[i].querySelectorAll('.part-nav__count');
      for (j = 0; j < counts.length; j++) {
        counts[j].textContent = counts[j].textContent.replace(/^\d+/, perPart[j]);
      }
    }
  }

  // A click the app must serve: where the button is (its region and its index among the
  // region's buttons, which are the same in the app's own rendering of this screen).
  function wait(button) {
    var region = button.closest('header, footer') || button.closest('main > section');
    var kind = region.tagName === 'SECTION' ? 'screen' : region.tagName.toLowerCase();
    var buttons = region.querySelectorAll('button');
    boot.pending = { region: kind, index: Array.prototype.indexOf.call(buttons, button) };
    var status = document.querySelector('.boot-pending');
    status.textContent = status.getAttribute(button.getAttribute('data-go') === 'result' ? 'data-result' : 'data-other');
    root.classList.add('boot-waiting');
  }

  function onClick(event) {
    var button = event.target.closest && event.target.closest('.prerender button');
    if (!button) return;
    var go = button.getAttribute('data-go');
    var to = /^part-([123])$/.exec(go || '');
    if (boot.live && go === 'start') show(boot.last, true);
    else if (boot.live && to) show(boot.last = Number(to[1]), true);
    else if (boot.live && go === 'intro') show(0, true);
    else wait(button);
  }
  function onPop(event) {
    if (!boot.live) return;
    var n = TOKENS.indexOf(event.state);
    show(n < 0 ? 0 : n, false);
  }
  function onChange(event) {
    if (event.target.closest && event.target.closest('.prerender')) count();
  }
  document.addEventListener('click', onClick);
  document.addEventListener('change', onChange);
  window.addEventListener('popstate', onPop);

  // In a frame: the host page sizes the frame to the content (public/embed.js), as src/platform/embed.rs
  // does once the app runs.
  var observer = null;
  var timer = 0;
  if (framed && window.ResizeObserver) {
    var last = 0;
    var report = function () {
      var height = Math.ceil(root.getBoundingClientRect().height);
      if (height > 0 && height !== last) {
        last = height;
        window.parent.postMessage({ type: 'jishin-shindan:height', height: height }, '*');
      }
    };
    observer = new ResizeObserver(report);
    observer.observe(root);
    timer = setInterval(report, 1000);
  }

  // Called by the app when it starts taking over: from then on every click waits for it, and the
  // app's own code sizes the frame.
  function stop() {
    boot.live = false;
    if (observer) observer.disconnect();
    clearInterval(timer);
  }
})();
