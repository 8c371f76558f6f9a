// Start-up guard, run before the app (a deferred script: it runs once the page is parsed, before
// trunk's module loader, which comes after it in index.html). If the app cannot start (the wasm or
// its loader failed to download or compile) or the app reports a fatal error, it replaces the page
// with a plain error screen (Japanese, or English when English is shown) offering 「再読み込み」 and
// 「データをダウンロード」. The download
// is built from localStorage alone, so it works without the app's state. Plain DOM calls only (no
// HTML strings), so it runs under the strict Content-Security-Policy.
(function () {
  'use strict';
  var started = false;
  var shown = false;
  var PREFIX = 'jishin-shindan.';

  function savedData() {
    var items = {};
    try {
      for (var i = 0; i < localStorage.length; i++) {
        var key = localStorage.key(i);
        if (key && key.indexOf(PREFIX) === 0) items[key] = localStorage.getItem(key);
      }
    } catch (e) {
      return null;
    }
    return items;
  }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return node;
  }

  // The screen's words: Japanese, or English when the page shows English (the app sets
  // <html lang="en">) or was opened with ?lang=en (a load failure comes before the app).
  var TEXT = {
    ja: {
      load: '読み込みに失敗しました',
      panic: 'エラーが発生しました',
      loadDetail: 'アプリを読み込めませんでした。通信状態を確認して、再読み込みしてください。',
      panicDetail: '申し訳ありません。予期しない問題が起きたため、表示を続けられません。',
      kept: 'ここまでの回答はこの端末に保存されています。再読み込みすると続きから回答できます。念のため、保存データをダウンロードしておくこともできます。',
      reload: '再読み込み',
      download: 'データをダウンロード',
    },
    en: {
      load: 'The app could not be loaded',
      panic: 'An error occurred',
      loadDetail: 'The app could not be loaded. Check the connection and reload the page.',
      panicDetail: 'Sorry: an unexpected problem stopped the app.',
      kept: 'Your answers so far are saved on this device. Reload to go on where you left off. To be safe, you can also download the saved data.',
      reload: 'Reload',
      download: 'Download the data',
    },
  };

  function words() {
    var english = document.documentElement.lang === 'en' ||
      /(^|[?&])lang=en(&|$)/.test(location.search);
    return english ? TEXT.en : TEXT.ja;
  }

  function showError(kind) {
    if (shown) return;
    shown = true;
    var t = words();
    var main = el('main', null, 'panic-screen');
    main.setAttribute('role', 'alert');
    main.appendChild(el('h1', kind === 'load' ? t.load : t.panic));
    main.appendChild(el('p', kind === 'load' ? t.loadDetail : t.panicDetail));
    main.appendChild(el('p', t.kept));
    var actions = el('div', null, 'actions');
    var reload = el('a', t.reload, 'button button--primary');
    reload.href = location.href;
    actions.appendChild(reload);
    var items = savedData();
    if (items && Object.keys(items).length > 0) {
      var payload = JSON.stringify({
        format: 'jishin-shindan-storage-backup',
        saved_at: new Date().toISOString(),
        items: items,
      }, null, 2);
      var link = el('a', t.download, 'button');
      link.href = URL.createObjectURL(new Blob([payload], { type: 'application/json' }));
      link.download = 'jishin-shindan-data.json';
      actions.appendChild(link);
    }
    main.appendChild(actions);
    var body = document.body || document.documentElement;
    while (body.firstChild) body.removeChild(body.firstChild);
    body.appendChild(main);
  }

  // The app calls this from its panic hook ('panic'), or when a file it needs to start cannot be
  // had ('load': the saved-data reader's chunk, src/app/start.rs).
  window.__jishinShindanFatal = function (kind) { showError(kind === 'load' ? 'load' : 'panic'); };

  addEventListener('TrunkApplicationStarted', function () { started = true; });
  // Failed loads of the loader or the wasm (capture phase sees element errors), and a rejected
  // wasm instantiation before the app started.
  // A panic in the release build is a trap of the wasm (panics abort at once there, see
  // scripts/build.sh): a WebAssembly.RuntimeError thrown out of whatever the app was running.
  function isTrap(error) {
    return typeof WebAssembly !== 'undefined' && error instanceof WebAssembly.RuntimeError;
  }
  addEventListener('error', function (event) {
    if (isTrap(event.error)) return showError('panic');
    var target = event.target;
    var isResource = target && target !== window && (target.tagName === 'SCRIPT' ||
      (target.tagName === 'LINK' && /preload/.test(target.rel || '')));
    if (!started && (isResource || !target || target === window)) showError('load');
  }, true);
  addEventListener('unhandledrejection', function (event) {
    if (isTrap(event.reason)) return showError('panic');
    if (!started) showError('load');
  });
})();
