// Live ticket lists: listens to /tickets/stream (server-sent events) and asks htmx to fetch the rows again when a
// ticket in the reader's scope changes. Changes arriving close together cause one refresh. The browser's EventSource
// reconnects by itself after a network break; the server sends the retry delay.
(function () {
  function start() {
    var target = document.querySelector('[data-live-rows]');
    if (!target || !window.EventSource || !window.htmx) {
      return;
    }
    var pending = null;
    var source = new EventSource(target.getAttribute('data-live-rows'));
    function refresh() {
      if (pending) {
        return;
      }
      pending = setTimeout(function () {
        pending = null;
        // Keep what the agent ticked: skip the refresh while a bulk selection is in progress.
        if (document.querySelector('[data-live-rows] input[name=ticket]:checked')) {
          document.body.setAttribute('data-live-stale', 'true');
          return;
        }
        htmx.trigger(document.querySelector('[data-live-rows]'), 'ticket-changed');
      }, 1500);
    }
    source.addEventListener('ticket', refresh);
    source.addEventListener('ready', function () {
      document.body.setAttribute('data-live', 'on');
    });
    window.addEventListener('pagehide', function () {
      source.close();
    });
  }
  if (document.readyState === 'complete') {
    start();
  } else {
    window.addEventListener('load', start);
  }
})();
