// 情報セキュリティ自社診断 — embed snippet for a host page. Paste where the diagnosis should appear:
//
//   <script src="https://HOST/PATH/embed.js" async></script>
//   <script src="https://HOST/PATH/embed.js" async data-org="ID"></script>   (orgs/ID.json)
//
// It inserts an iframe of the app (the folder this script is served from) right where the tag
// is, and keeps the frame as tall as the app's content, so the host page scrolls and the frame
// never shows a scrollbar of its own. The app only ever sends its height; this script accepts a
// message only from its own frame, from the app's origin, of the expected type, with a sane
// number. Several snippets on one page each look after their own frame. No other data is read
// or sent, and nothing is stored.
(function () {
  'use strict';

  var MESSAGE_TYPE = 'jishin-shindan:height';
  // Sane heights only. The longest screen (the result with all 25 解説) is about 18 000 px on a
  // 320 px phone and twice that with large text, so the ceiling is generous.
  var MIN_HEIGHT = 100;
  var MAX_HEIGHT = 100000;
  var INITIAL_HEIGHT = 640;
  var ORG_ID = /^[a-z0-9-]{1,40}$/;

  var script = document.currentScript;
  if (!script || !script.src) return;

  var appUrl;
  try {
    appUrl = new URL('index.html', script.src);
  } catch (e) {
    return;
  }
  var org = script.getAttribute('data-org');
  if (org !== null && org !== '') {
    if (ORG_ID.test(org)) {
      appUrl.searchParams.set('org', org);
    } else {
      console.warn('[情報セキュリティ自社診断] data-org="' + org + '" は団体 ID として使えないため無視します（半角英小文字・数字・ハイフンで 40 文字まで）。');
    }
  }

  var frame = document.createElement('iframe');
  frame.src = appUrl.href;
  frame.title = '情報セキュリティ自社診断';
  frame.setAttribute('loading', 'lazy');
  frame.style.display = 'block';
  frame.style.width = '100%';
  frame.style.border = '0';
  frame.style.height = INITIAL_HEIGHT + 'px';

  // Right where the tag is; a tag placed in <head> puts the frame at the start of <body>.
  var parent = script.parentNode;
  if (parent && parent !== document.head && parent !== document.documentElement) {
    parent.insertBefore(frame, script);
  } else if (document.body) {
    document.body.insertBefore(frame, document.body.firstChild);
  } else {
    document.addEventListener('DOMContentLoaded', function () {
      document.body.insertBefore(frame, document.body.firstChild);
    });
  }

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || event.origin !== appUrl.origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== MESSAGE_TYPE) return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < MIN_HEIGHT || height > MAX_HEIGHT) return;
    frame.style.height = Math.ceil(height) + 'px';
  });
})();
