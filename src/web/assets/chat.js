// The widget page's script (served from /assets/chat-<hash>.js, after Web Chat's bundle): opens the
// chat, keeps it across reloads, keeps it readable, and keeps a double click or an old card from
// answering twice. Plain ES5 so it runs without a build step.
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('chat-config').textContent);
  var root = document.getElementById('webchat');
  var status = document.getElementById('status');
  var storageKey = 'clinic-chat:' + location.pathname;
  var brand = config.brand;

  function fail() {
    root.hidden = true;
    status.textContent = config.copy.startFailed;
    status.hidden = false;
  }

  // ---- The conversation survives a reload: token, conversation id and watermark in sessionStorage
  // (this tab only, gone when it closes). The transcript comes back from the Direct Line.
  function readSession() {
    try {
      var saved = JSON.parse(sessionStorage.getItem(storageKey) || 'null');
      return saved && saved.token && saved.conversationId && saved.expiresAt > Date.now() ? saved : null;
    } catch (e) {
      return null;
    }
  }
  function writeSession(session) {
    try {
      sessionStorage.setItem(storageKey, JSON.stringify(session));
    } catch (e) {
      /* private mode: the chat still works, it just does not survive a reload */
    }
  }
  function forgetSession() {
    try {
      sessionStorage.removeItem(storageKey);
    } catch (e) {}
  }

  function newSession() {
    return fetch(config.tokenUrl, { method: 'POST', headers: { Accept: 'application/json' } }).then(function (res) {
      if (!res.ok) throw new Error('token ' + res.status);
      return res.json().then(function (body) {
        return {
          token: body.token,
          conversationId: body.conversationId,
          userId: body.userId,
          domain: new URL(body.domain, location.href).href.replace(/\/$/, ''),
          lifetimeMs: (body.expiresIn || 1800) * 1000,
          watermark: ''
        };
      });
    });
  }

  // ---- Colours: every text/background pair at least 4.5:1 (checked by the browser test).
  var ink = '#1d2b33';
  var subtle = '#4a5358';
  var styleOptions = {
    accent: brand.primary,
    backgroundColor: '#ffffff',
    bubbleBackground: '#eef3f5',
    bubbleTextColor: ink,
    bubbleBorderRadius: 12,
    bubbleBorderWidth: 0,
    bubbleNubSize: 0,
    bubbleFromUserBackground: brand.primary,
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 12,
    bubbleFromUserBorderWidth: 0,
    bubbleFromUserNubSize: 0,
    subtle: subtle,
    timestampColor: subtle,
    botAvatarInitials: config.initials,
    botAvatarBackgroundColor: brand.primary,
    hideUploadButton: true,
    sendBoxTextWrap: true,
    sendBoxTextColor: ink,
    sendBoxPlaceholderColor: subtle,
    sendBoxButtonColor: brand.primary,
    sendBoxBorderTop: 'solid 1px #c4cbcf',
    suggestedActionLayout: 'flow',
    suggestedActionBorderColor: brand.primary,
    suggestedActionBorderRadius: 16,
    suggestedActionTextColor: brand.primary,
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionDisabledTextColor: subtle,
    suggestedActionDisabledBackgroundColor: '#f1f3f4',
    cardEmphasisBackgroundColor: '#f1f3f4',
    primaryFont: '"Segoe UI", system-ui, -apple-system, Roboto, Helvetica, Arial, sans-serif',
    fontSizeSmall: '80%'
  };

  function colours(def, strong) {
    return {
      default: { default: def, subtle: def === ink ? subtle : def },
      accent: { default: strong.accent, subtle: strong.accent },
      attention: { default: strong.attention, subtle: strong.attention },
      dark: { default: ink, subtle: subtle },
      good: { default: '#0b6a0b', subtle: '#0b6a0b' },
      light: { default: '#ffffff', subtle: '#ffffff' },
      warning: { default: strong.warning, subtle: strong.warning }
    };
  }
  var strong = { accent: brand.primary, attention: brand.danger, warning: '#7a4100' };
  // Web Chat's own host config puts orange on peach (1.9:1); this one keeps every pair readable.
  var hostConfig = {
    containerStyles: {
      default: { backgroundColor: '#ffffff', foregroundColors: colours(ink, strong) },
      emphasis: { backgroundColor: '#f1f3f4', foregroundColors: colours(ink, strong) },
      accent: { backgroundColor: '#e3eef1', foregroundColors: colours(ink, strong) },
      good: { backgroundColor: '#e6f4e6', foregroundColors: colours(ink, strong) },
      attention: { backgroundColor: '#fde7e9', foregroundColors: colours(ink, strong) },
      warning: { backgroundColor: '#fff4ce', foregroundColors: colours(ink, strong) }
    },
    supportsInteractivity: true,
    fontFamily: styleOptions.primaryFont,
    actions: { actionAlignment: 'stretch', actionsOrientation: 'vertical', buttonSpacing: 8, maxActions: 100, spacing: 'default', showCard: { actionMode: 'inline', inlineTopMargin: 8 } },
    adaptiveCard: { allowCustomStyle: false },
    factSet: {
      title: { color: 'default', size: 'default', isSubtle: false, weight: 'bolder', wrap: true, maxWidth: 150 },
      value: { color: 'default', size: 'default', isSubtle: false, weight: 'default', wrap: true },
      spacing: 8
    },
    textBlock: { headingLevel: 2 }
  };

  // ---- No lock-ups: once the patient has answered (clicked or typed), the buttons of earlier
  // steps are disabled, so a double click, a click on an old card or a click during a reply cannot
  // send a second answer. Links (call, book, email) stay usable: they do not talk to the bot.
  var linkTitles = {};
  function rememberLinks(activity) {
    (activity.attachments || []).forEach(function (attachment) {
      JSON.stringify(attachment.content || {}, function (key, value) {
        if (value && value.type === 'Action.OpenUrl' && value.title) linkTitles[value.title] = true;
        return value;
      });
    });
  }
  function disableIn(scope) {
    var buttons = scope.querySelectorAll('.ac-pushButton');
    for (var i = 0; i < buttons.length; i++) {
      var label = buttons[i].getAttribute('aria-label') || buttons[i].textContent;
      if (!linkTitles[label] && !buttons[i].disabled) buttons[i].disabled = true;
    }
  }
  // Every button on screen, at the moment the patient answers.
  function disableAnsweredButtons() {
    disableIn(root);
  }
  // Cards above the patient's latest message were answered: also after a reload re-renders them.
  function disableCardsAboveLastAnswer() {
    var activities = root.querySelectorAll('.webchat__basic-transcript__activity');
    var last = -1;
    for (var i = 0; i < activities.length; i++) if (activities[i].querySelector('.webchat__bubble--from-user')) last = i;
    for (var j = 0; j < last; j++) disableIn(activities[j]);
  }
  var pending = false;
  new MutationObserver(function () {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () {
      pending = false;
      disableCardsAboveLastAnswer();
    });
  }).observe(root, { childList: true, subtree: true });
  var lastPost = 0;
  var lastKey = '';
  var cardActionMiddleware = function () {
    return function (next) {
      return function (args) {
        var action = args.cardAction || {};
        var type = action.type;
        if (type === 'imBack' || type === 'postBack' || type === 'messageBack') {
          // The second click of a double click: the same answer again, within 0.8 s. (Only the same
          // button: a quick answer to the next question is not a double click.)
          var key = type + '|' + JSON.stringify(action.value || action.text || action.title || '');
          if (key === lastKey && Date.now() - lastPost < 800) return;
          lastKey = key;
          lastPost = Date.now();
        }
        return next(args);
      };
    };
  };

  function start(session, resuming) {
    var directLine = window.WebChat.createDirectLine({
      domain: session.domain,
      token: session.token,
      conversationId: resuming ? session.conversationId : undefined,
      // Streams over a WebSocket where the browser has one; polling otherwise.
      webSocket: config.webSocket
    });
    function save() {
      session.conversationId = directLine.conversationId || session.conversationId;
      session.token = directLine.token || session.token;
      session.watermark = directLine.watermark || session.watermark;
      session.expiresAt = Date.now() + session.lifetimeMs;
      if (session.conversationId) writeSession(session);
    }
    var gaveUp = false;
    directLine.connectionStatus$.subscribe(function (value) {
      if (value === 2) save(); // online
      // A resumed conversation that expired or ended: start a new one, once.
      if ((value === 4 || value === 5) && resuming && !gaveUp) {
        gaveUp = true;
        forgetSession();
        newSession().then(function (fresh) { start(fresh, false); }).catch(fail);
      }
    });

    var store = window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
            rememberLinks(action.payload.activity);
            setTimeout(save, 0);
          }
          if (action.type === 'DIRECT_LINE/POST_ACTIVITY') disableAnsweredButtons();
          return next(action);
        };
      };
    });

    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        // Azure's "dl_" ids live inside the token; passing them again only causes a warning.
        userID: /^dl_/.test(session.userId || '') ? undefined : session.userId,
        locale: config.locale,
        styleOptions: styleOptions,
        adaptiveCardsHostConfig: hostConfig,
        cardActionMiddleware: cardActionMiddleware
      },
      root
    );
  }

  if (!window.WebChat) return fail();
  var saved = readSession();
  if (saved) start(saved, true);
  else newSession().then(function (session) { start(session, false); }).catch(fail);
})();
