// The one-line embed: <script src="https://<bot host>/embed.js" async></script> on any page of the
// clinic's site adds a floating "Chat with us" button that opens the chat page in a panel.
// Settings (name, colours, logo, labels) come from content/clinic.yaml and messages.yaml at start.
(function () {
  'use strict';
  var settings = /*SETTINGS*/ {};
  if (window.__clinicChatEmbedded) return;
  window.__clinicChatEmbedded = true;
  var script = document.currentScript;
  var origin = script ? new URL(script.src, location.href).origin : location.origin;

  var css =
    '.clinic-chat-open{position:fixed;right:1rem;bottom:1rem;z-index:2147483000;display:flex;align-items:center;gap:.5rem;' +
    'padding:.75rem 1.1rem;border:0;border-radius:2rem;background:' + settings.primary + ';color:#fff;font:600 1rem/1.2 system-ui,sans-serif;' +
    'box-shadow:0 2px 8px rgba(0,0,0,.3);cursor:pointer}' +
    '.clinic-chat-open img{height:1.5rem;width:auto}' +
    '.clinic-chat-open:focus-visible,.clinic-chat-close:focus-visible{outline:3px solid #1d2b33;outline-offset:2px}' +
    '.clinic-chat-panel{position:fixed;right:1rem;bottom:1rem;z-index:2147483001;width:min(26rem,calc(100vw - 2rem));' +
    'height:min(44rem,calc(100vh - 2rem));display:flex;flex-direction:column;background:#fff;border-radius:.75rem;overflow:hidden;' +
    'box-shadow:0 4px 16px rgba(0,0,0,.35)}' +
    '.clinic-chat-panel[hidden]{display:none}' +
    '.clinic-chat-close{align-self:flex-end;margin:.25rem;padding:.4rem .8rem;border:1px solid #c4cbcf;border-radius:.4rem;background:#fff;' +
    'color:#1d2b33;font:600 .95rem system-ui,sans-serif;cursor:pointer}' +
    '.clinic-chat-panel iframe{flex:1;border:0;width:100%}' +
    '@media (max-width:480px){.clinic-chat-panel{right:0;bottom:0;width:100vw;height:100%;border-radius:0}}';

  function mount() {
    var style = document.createElement('style');
    style.textContent = css;
    document.head.appendChild(style);

    var open = document.createElement('button');
    open.type = 'button';
    open.className = 'clinic-chat-open';
    open.setAttribute('aria-haspopup', 'dialog');
    open.setAttribute('aria-expanded', 'false');
    if (settings.logo) {
      var logo = document.createElement('img');
      logo.src = new URL(settings.logo, origin).href;
      logo.alt = '';
      open.appendChild(logo);
    }
    open.appendChild(document.createTextNode(settings.openChat));

    var panel = document.createElement('div');
    panel.className = 'clinic-chat-panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', settings.chatLabel);
    panel.hidden = true;
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'clinic-chat-close';
    close.textContent = settings.closeChat;
    panel.appendChild(close);

    var frame;
    function show() {
      if (!frame) {
        frame = document.createElement('iframe');
        frame.src = origin + '/';
        frame.title = settings.chatLabel;
        frame.allow = 'clipboard-write';
        panel.appendChild(frame);
      }
      panel.hidden = false;
      open.hidden = true;
      open.setAttribute('aria-expanded', 'true');
      frame.focus();
    }
    function hide() {
      panel.hidden = true;
      open.hidden = false;
      open.setAttribute('aria-expanded', 'false');
      open.focus();
    }
    open.addEventListener('click', show);
    close.addEventListener('click', hide);
    panel.addEventListener('keydown', function (e) {
      if (e.key === 'Escape') hide();
    });
    document.body.appendChild(open);
    document.body.appendChild(panel);
  }

  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
})();
