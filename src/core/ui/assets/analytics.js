// Kinfold's own visit counting. Pages include this script only for visitors who have accepted
// analytics cookies; it tells Kinfold's own server (nothing else) which page was viewed, and which
// step towards getting in touch was taken (links and forms marked with data-funnel="step-name").
(function () {
  'use strict';
  var tokenTag = document.querySelector('meta[name="csrf-token"]');
  if (!tokenTag || typeof window.fetch !== 'function') return;
  var token = tokenTag.getAttribute('content') || '';

  function send(event) {
    try {
      // keepalive lets the request finish when the visitor is already on their way to the next page.
      window
        .fetch('/analytics/events', {
          method: 'POST',
          keepalive: true,
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json', 'x-csrf-token': token },
          body: JSON.stringify(event),
        })
        .catch(function () {});
    } catch (error) {
      // Counting a visit must never get in the way of the visit.
    }
  }

  function stepOf(element) {
    var step = element && element.getAttribute && element.getAttribute('data-funnel');
    return step && /^[a-z0-9][a-z0-9:-]{0,59}$/.test(step) ? step : null;
  }

  var pageView = { kind: 'page_view', path: window.location.pathname };
  if (document.referrer) pageView.referrer = document.referrer;
  send(pageView);

  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[data-funnel]') : null;
    var step = stepOf(link);
    if (step) send({ kind: 'funnel_step', path: window.location.pathname, step: step });
  });

  document.addEventListener(
    'submit',
    function (event) {
      var step = stepOf(event.target);
      if (step) send({ kind: 'funnel_step', path: window.location.pathname, step: step });
    },
    true,
  );
})();
