// Keeps a draft of a daily record on this device while it is written, so a lost connection or a
// closed tab does not lose it. Progressive enhancement: without this script the form works the same.
//
// Contract with the page:
// - An element with data-draft-key="<key>" holds the <form>. Every named field in it (not _csrf,
//   hidden fields, buttons or files) is saved to localStorage under that key as it is typed, as
//   {"savedAt": <ms>, "fields": {<name>: <value>}}; a checkbox or radio is saved as its value when
//   ticked and "" when not. The key is made per person and child by the server, so someone else
//   signing in on the same device is never offered the draft.
// - When the page loads, a saved draft is put back into the form, with a notice "We restored what
//   you were writing on <time>" and a "Clear" button that forgets it and empties the form; unless the
//   element says data-draft-restore="no" (the server is showing again what was just sent).
// - Elements with data-draft-hint start hidden and are shown: they tell the person about drafts.
// - An element with data-draft-clear="<key>" (the page after saving) forgets that draft.
// - Drafts older than 7 days are forgotten on every page that loads this script.
(function () {
  'use strict';
  var PREFIX = 'kinfold-draft:';
  var MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;
  var storage;
  try {
    storage = window.localStorage;
    storage.getItem(PREFIX); // private browsing may refuse even a read
  } catch (error) {
    return;
  }

  function read(key) {
    try {
      var draft = JSON.parse(storage.getItem(key) || 'null');
      return draft && typeof draft.savedAt === 'number' && draft.fields ? draft : null;
    } catch (error) {
      return null;
    }
  }

  function forget(key) {
    try {
      storage.removeItem(key);
    } catch (error) {
      // Nothing to do: the draft will age out.
    }
  }

  function forgetOldDrafts() {
    var now = Date.now();
    for (var index = storage.length - 1; index >= 0; index -= 1) {
      var key = storage.key(index);
      if (key && key.indexOf(PREFIX) === 0) {
        var draft = read(key);
        if (!draft || now - draft.savedAt > MAX_AGE_MS) forget(key);
      }
    }
  }

  function fieldsOf(form) {
    var fields = {};
    Array.prototype.forEach.call(form.elements, function (element) {
      var name = element.name;
      var type = element.type;
      if (!name || name === '_csrf' || /^(hidden|submit|button|reset|file|password)$/.test(type)) {
        return;
      }
      if (type === 'checkbox' || type === 'radio') {
        if (!(name in fields)) fields[name] = '';
        if (element.checked) fields[name] = element.value;
      } else {
        fields[name] = element.value;
      }
    });
    return fields;
  }

  function fill(form, fields) {
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || !(element.name in fields)) return;
      if (element.type === 'checkbox' || element.type === 'radio') {
        element.checked = fields[element.name] === element.value;
      } else if (!/^(hidden|submit|button|reset|file|password)$/.test(element.type)) {
        element.value = fields[element.name];
      }
    });
  }

  function showNotice(holder, form, key, savedAt) {
    var when = new Date(savedAt).toLocaleString(document.documentElement.lang || undefined, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      hour: '2-digit',
      minute: '2-digit',
    });
    var notice = document.createElement('div');
    notice.className = 'banner banner--info';
    notice.setAttribute('role', 'status');
    var text = document.createElement('p');
    text.className = 'banner__content';
    text.textContent = 'We restored what you were writing on ' + when + '. ';
    var clear = document.createElement('button');
    clear.type = 'button';
    clear.className = 'button button--secondary';
    clear.textContent = 'Clear';
    clear.setAttribute('aria-label', 'Clear what was restored');
    clear.addEventListener('click', function () {
      forget(key);
      form.reset();
      notice.parentNode.removeChild(notice);
      var first = form.querySelector('input:not([type=hidden]), textarea, select');
      if (first) first.focus();
    });
    text.appendChild(clear);
    notice.appendChild(text);
    holder.insertBefore(notice, form);
  }

  function keepDrafts(holder) {
    var key = holder.getAttribute('data-draft-key');
    var form = holder.querySelector('form');
    if (!key || key.indexOf(PREFIX) !== 0 || !form) return;
    var draft = read(key);
    var shown = JSON.stringify(fieldsOf(form));
    if (draft && holder.getAttribute('data-draft-restore') !== 'no') {
      fill(form, draft.fields);
      if (JSON.stringify(fieldsOf(form)) !== shown) showNotice(holder, form, key, draft.savedAt);
    }
    var save = function () {
      try {
        storage.setItem(key, JSON.stringify({ savedAt: Date.now(), fields: fieldsOf(form) }));
      } catch (error) {
        // A full or refused storage only means no draft; the form still sends.
      }
    };
    form.addEventListener('input', save);
    form.addEventListener('change', save);
  }

  forgetOldDrafts();
  Array.prototype.forEach.call(document.querySelectorAll('[data-draft-clear]'), function (element) {
    var key = element.getAttribute('data-draft-clear');
    if (key && key.indexOf(PREFIX) === 0) forget(key);
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-draft-hint]'), function (element) {
    element.hidden = false;
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-draft-key]'), keepDrafts);
})();
