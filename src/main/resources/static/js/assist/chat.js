// The store portal's chat with the assistant: sends what the person types or taps, shows the bot's reply with the
// buttons for the next step (guide step fixed or not, which article was meant, whether an answer helped), and on
// hand-off a card with the prefilled ticket that opens in one tap. Text goes in with textContent, never as HTML.
(function () {
  var root = document.getElementById('chat');
  if (!root) { return; }
  var log = document.getElementById('chat-log');
  var form = document.getElementById('chat-form');
  var input = document.getElementById('chat-input');
  var inputError = document.getElementById('chat-input-error');
  var text = document.getElementById('chat-text').dataset;
  var store = Number(root.dataset.store);
  var conversation = null;
  var busy = false;
  // The conversation survives a reload or a trip elsewhere in the same tab; "new chat" starts afresh.
  var remembered = 'chaindesk-chat:' + store;

  function csrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
    if (token && header) { headers[header.content] = token.content; }
    return headers;
  }

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (content !== undefined && content !== null) { node.textContent = content; }
    return node;
  }

  function scrollDown() {
    window.scrollTo(0, document.body.scrollHeight);
  }

  function bubble(who, content) {
    var node = el('div', 'chat-bubble ' + (who === 'me' ? 'chat-me' : 'chat-bot'));
    if (content !== undefined) { node.appendChild(el('div', 'chat-text', content)); }
    log.appendChild(node);
    scrollDown();
    return node;
  }

  function button(label, className, onClick, id) {
    var b = el('button', 'btn ' + className, label);
    b.type = 'button';
    if (id) { b.id = id; }
    b.addEventListener('click', onClick);
    return b;
  }

  function disableOlderActions() {
    log.querySelectorAll('.chat-actions button').forEach(function (b) { b.disabled = true; });
  }

  function say(words) {
    if (busy) { return; }
    var question = (words || '').trim();
    if (!question || question.length > 500) {
      input.classList.add('is-invalid');
      inputError.hidden = false;
      return;
    }
    input.classList.remove('is-invalid');
    inputError.hidden = true;
    disableOlderActions();
    bubble('me', question);
    busy = true;
    var waiting = bubble('bot', '…');
    var body = { store: store, question: question };
    if (conversation) { body.conversationId = conversation; }
    fetch(root.dataset.ask, { method: 'POST', headers: csrf(), body: JSON.stringify(body), credentials: 'same-origin' })
      .then(function (r) { return r.json().then(function (json) { return { ok: r.ok, json: json }; }); })
      .then(function (reply) {
        waiting.remove();
        if (!reply.ok) { bubble('bot', text.error); return; }
        show(reply.json);
      })
      .catch(function () { waiting.remove(); bubble('bot', text.error); })
      .finally(function () { busy = false; });
  }

  function confidenceLine(reply) {
    if (reply.confidence === null || reply.confidence === undefined || !reply.confidenceWords) { return null; }
    var line = el('div', 'small text-body-secondary mt-2 chat-confidence');
    line.appendChild(el('i', 'bi bi-speedometer2 me-1'));
    line.appendChild(document.createTextNode(text.confidence.replace('{0}', reply.confidenceWords)
      .replace('{1}', Math.round(reply.confidence * 100) + '%')));
    return line;
  }

  function botBubble(reply) {
    var node = bubble('bot');
    node.dataset.outcome = reply.outcome;
    node.appendChild(el('div', 'chat-answer chat-text', reply.answer));
    if (reply.articleLink && reply.outcome !== 'HANDED_OFF' && reply.outcome !== 'NO_ANSWER') {
      var link = el('a', 'd-inline-block mt-2 chat-article', text.article);
      link.href = reply.articleLink;
      // A new tab, so the conversation is still here when the person comes back from reading.
      link.target = '_blank';
      link.rel = 'noopener';
      link.prepend(el('i', 'bi bi-journal-text me-1'));
      node.appendChild(link);
    }
    if (reply.outcome !== 'NO_ANSWER' && reply.outcome !== 'HANDED_OFF') {
      var line = confidenceLine(reply);
      if (line) { node.appendChild(line); }
    }
    return node;
  }

  function show(reply) {
    conversation = reply.conversationId;
    try { sessionStorage.setItem(remembered, String(conversation)); } catch (e) { /* private mode: no memory */ }
    var node = botBubble(reply);
    offerNext(node, reply);
    if (reply.ticketDraft) { draftCard(reply.ticketDraft); }
    scrollDown();
  }

  function offerNext(node, reply) {
    var actions = el('div', 'chat-actions');
    if (reply.awaiting === 'STEP') {
      actions.appendChild(button(text.fixed, 'btn-success', function () { say(text.fixed); }, 'chat-fixed'));
      actions.appendChild(button(text.notfixed, 'btn-outline-secondary', function () { say(text.notfixed); }, 'chat-notfixed'));
    } else if (reply.awaiting === 'PICK') {
      reply.options.forEach(function (option) {
        actions.appendChild(button(option.number + '. ' + option.title, 'btn-outline-primary text-start',
          function () { say(String(option.number)); }, 'chat-option-' + option.number));
      });
    } else if (reply.awaiting === 'VERDICT') {
      actions.appendChild(button(text.helped, 'btn-outline-success', function () { say(text.helped); }, 'chat-helped'));
      actions.appendChild(button(text.nothelped, 'btn-outline-secondary', function () { say(text.nothelped); }, 'chat-nothelped'));
    }
    if (actions.childNodes.length) { node.appendChild(actions); }
  }

  function sentCard(container, number, ticketId) {
    var done = el('div', 'text-center py-2', null);
    done.id = 'chat-ticket-sent';
    done.appendChild(el('i', 'bi bi-check-circle-fill text-success fs-1 d-block'));
    done.appendChild(el('p', 'fw-semibold my-2', text.sent.replace('{0}', number)));
    var view = el('a', 'btn btn-outline-primary', text.view);
    view.href = '/tickets/' + ticketId;
    done.appendChild(view);
    container.appendChild(done);
  }

  function restore(id) {
    fetch(root.dataset.ticket + id + '/history', { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (history) {
        if (!history || history.store !== store || !history.exchanges.length) { return; }
        conversation = history.conversationId;
        var last = null;
        history.exchanges.forEach(function (e) {
          bubble('me', e.question);
          last = botBubble({ answer: e.answer, outcome: e.outcome, articleLink: e.articleLink });
        });
        disableOlderActions();
        offerNext(last, { awaiting: history.awaiting, options: history.options });
        if (history.ticketDraft) { draftCard(history.ticketDraft); }
        if (history.ticketNumber) {
          var card = el('div', 'card chat-draft border-success');
          var body = el('div', 'card-body');
          sentCard(body, history.ticketNumber, history.ticketId);
          card.appendChild(body);
          log.appendChild(card);
        }
        scrollDown();
      })
      .catch(function () { /* start afresh */ });
  }

  function field(labelText, control, id) {
    var wrap = el('div', 'mb-2');
    var label = el('label', 'form-label small fw-semibold mb-1', labelText);
    label.htmlFor = id;
    control.id = id;
    wrap.appendChild(label);
    wrap.appendChild(control);
    wrap.appendChild(el('div', 'invalid-feedback'));
    return wrap;
  }

  function draftCard(draft) {
    var card = el('div', 'card chat-draft border-primary');
    card.id = 'chat-draft';
    var body = el('div', 'card-body');
    var title = el('h2', 'h6 card-title', text.draftTitle);
    title.prepend(el('i', 'bi bi-ticket-detailed me-1'));
    body.appendChild(title);
    body.appendChild(el('p', 'small text-body-secondary mb-2', text.draftHint));

    var category = document.getElementById('chat-categories').cloneNode(true);
    category.hidden = false;
    category.removeAttribute('id');
    category.className = 'form-select';
    category.name = 'category';
    var none = el('option', null, text.categoryNone);
    none.value = '';
    category.prepend(none);
    category.value = draft.category || '';
    body.appendChild(field(text.category, category, 'draft-category'));

    var subject = el('input', 'form-control');
    subject.name = 'subject';
    subject.maxLength = 200;
    subject.value = draft.subject;
    body.appendChild(field(text.subject, subject, 'draft-subject'));

    var extra = {};
    (draft.requiredFields || []).forEach(function (f) {
      var control = el('input', 'form-control');
      control.name = 'fields.' + f.key;
      extra[f.key] = control;
      body.appendChild(field(f.label + ' ' + text.required, control, 'draft-field-' + f.key));
    });

    var description = el('textarea', 'form-control small');
    description.name = 'description';
    description.rows = 6;
    description.value = draft.description;
    body.appendChild(field(text.description, description, 'draft-description'));

    var submit = button(text.submit, 'btn-primary btn-lg w-100 mt-1', function () {
      var fields = {};
      Object.keys(extra).forEach(function (k) { if (extra[k].value.trim()) { fields[k] = extra[k].value.trim(); } });
      submit.disabled = true;
      body.querySelectorAll('.is-invalid').forEach(function (c) { c.classList.remove('is-invalid'); });
      fetch(root.dataset.ticket + draft.conversationId + '/ticket', {
        method: 'POST', headers: csrf(), credentials: 'same-origin',
        body: JSON.stringify({ category: category.value, subject: subject.value, description: description.value, fields: fields })
      })
        .then(function (r) { return r.json().then(function (json) { return { status: r.status, json: json }; }); })
        .then(function (reply) {
          if (reply.status === 201) {
            body.innerHTML = '';
            sentCard(body, reply.json.number, reply.json.ticketId);
            return;
          }
          submit.disabled = false;
          var shown = false;
          (reply.json.errors || []).forEach(function (p) {
            var control = p.field.indexOf('fields.') === 0 ? extra[p.field.substring(7)]
              : body.querySelector('[name="' + p.field + '"]');
            if (control) {
              control.classList.add('is-invalid');
              control.parentNode.querySelector('.invalid-feedback').textContent = text.fix;
              shown = true;
            }
          });
          if (!shown) { bubble('bot', text.error); }
        })
        .catch(function () { submit.disabled = false; bubble('bot', text.error); });
    }, 'draft-submit');
    body.appendChild(submit);
    card.appendChild(body);
    log.appendChild(card);
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var words = input.value;
    if (words.trim()) { input.value = ''; }
    say(words);
  });
  document.querySelectorAll('[data-chat-example]').forEach(function (b) {
    b.addEventListener('click', function () { say(b.textContent); });
  });
  document.querySelectorAll('[data-chat-say]').forEach(function (b) {
    b.addEventListener('click', function () { say(b.dataset.say); });
  });
  var fresh = document.getElementById('chat-new');
  if (fresh) {
    fresh.addEventListener('click', function () {
      try { sessionStorage.removeItem(remembered); } catch (e) { /* nothing kept */ }
      window.location.reload();
    });
  }
  var kept = null;
  try { kept = sessionStorage.getItem(remembered); } catch (e) { /* private mode */ }
  if (kept) { restore(kept); }
})();
