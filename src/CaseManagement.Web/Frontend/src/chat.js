// Live chat on the resident's consultation page and the desk's task workspace. Progressive enhancement only:
// without it the forms post and a reload shows everything. The page renders the history; this only appends.
// Live over SignalR (WebSockets, else server-sent events, else long polling); if the hub cannot be reached at all,
// it polls the page's small state endpoint instead. Pushes never carry text: new messages are fetched as list items
// through the same authorized pages. Nothing is kept in the browser's storage.
import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';

const root = document.querySelector('[data-chat]');
const list = document.querySelector('[data-chat-list]');
if (root && list) startChat(root, list);

function startChat(root, list) {
  const side = root.dataset.chatSide; // 'resident' | 'staff'
  const caseId = root.dataset.chatCase;
  const messagesUrl = root.dataset.chatMessages;
  const pollMs = Number(root.dataset.chatPoll) || 3000;
  const antiforgery = root.querySelector('[data-chat-antiforgery]')?.value || '';
  const connectionLine = root.querySelector('[data-chat-connection]');
  const counterpart = root.querySelector('[data-chat-counterpart]');
  const typing = root.querySelector('[data-chat-typing]');
  const announce = root.querySelector('[data-chat-announce]');
  const messageForm = document.querySelector('form[data-chat-form]');
  const attachForm = root.querySelector('form[data-chat-attach]');
  const mine = (li) => (li.dataset.author === 'resident') === (side === 'resident');
  const items = () => [...list.querySelectorAll('li[data-message-id]')];
  const lastId = () => items().at(-1)?.dataset.messageId || '';

  let connection = null;
  let pollTimer = 0;
  let typingTimer = 0;
  let lastTypingSent = 0;
  let lastMarked = '';
  // How far the other side has read. A mark can arrive before this page shows the message it names (the other side
  // fetched the reply faster than this page did): it is kept and applied again whenever messages arrive.
  let theirRead = '';
  let fetching = null;
  let fetchAgain = false;

  const setLive = (state) => {
    root.dataset.live = state;
    if (connectionLine && connectionLine.dataset[state]) connectionLine.textContent = connectionLine.dataset[state];
  };
  const setCounterpart = (present) => {
    if (!counterpart) return;
    counterpart.dataset.state = present ? 'present' : 'absent';
    counterpart.textContent = present ? counterpart.dataset.present : counterpart.dataset.absent;
  };
  const showTyping = () => {
    if (!typing) return;
    typing.textContent = typing.dataset.typing;
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => { typing.textContent = ''; }, 4000);
  };

  // New list items after the last one this page has; the whole list when the server no longer knows that one.
  const fetchNew = () => {
    if (fetching) { fetchAgain = true; return fetching; }
    fetching = (async () => {
      do {
        fetchAgain = false;
        const url = new URL(messagesUrl, window.location.href);
        const after = lastId();
        if (after) url.searchParams.set('after', after);
        const response = await fetch(url, { credentials: 'same-origin', headers: { 'X-Requested-With': 'fetch' } });
        if (!response.ok) return;
        const template = document.createElement('template');
        template.innerHTML = await response.text();
        if (response.headers.get('X-Chat-Reset') === '1') list.replaceChildren();
        const added = [...template.content.querySelectorAll('li[data-message-id]')]
          .filter((li) => !list.querySelector(`li[data-message-id="${li.dataset.messageId}"]`));
        for (const li of added) list.append(li);
        if (added.length > 0) arrived(added);
      } while (fetchAgain);
    })().catch(() => { /* the next push, poll or reload brings it */ }).finally(() => { fetching = null; });
    return fetching;
  };

  const arrived = (added) => {
    if (typing && added.some((li) => !mine(li))) typing.textContent = '';
    if (announce && added.some((li) => !mine(li))) {
      announce.textContent = '';
      window.setTimeout(() => { announce.textContent = announce.dataset.newMessage || ''; }, 50);
    }
    added.at(-1).scrollIntoView({ block: 'nearest' });
    if (theirRead) applyRead(side === 'staff' ? 'resident' : 'staff', theirRead);
    markRead();
  };

  const post = (url, fields) => {
    const body = new FormData();
    for (const [k, v] of Object.entries(fields)) body.append(k, v);
    return fetch(url, {
      method: 'POST', body, credentials: 'same-origin',
      headers: { 'X-Requested-With': 'fetch', RequestVerificationToken: antiforgery },
    });
  };

  // 既読: tell the other side how far this person has seen, once the page is in front of them.
  const markRead = () => {
    if (document.visibilityState !== 'visible') return;
    const last = items().filter((li) => !mine(li)).at(-1)?.dataset.messageId;
    if (!last || last === lastMarked) return;
    lastMarked = last;
    const live = connection && connection.state === 'Connected';
    const done = live
      ? connection.invoke('MarkRead', ...(side === 'staff' ? [caseId, last] : [last]))
      : post(withHandler(messagesUrl, 'Read'), { messageId: last }).then((r) => { if (!r.ok) throw new Error(String(r.status)); });
    done.catch(() => { lastMarked = ''; });
  };

  // The other side read up to messageId: mark this person's own messages up to it.
  const applyRead = (reader, messageId) => {
    if (!messageId || reader === side) return;
    const all = items();
    const upTo = all.findIndex((li) => li.dataset.messageId === messageId);
    if (upTo < 0) {
      theirRead = messageId;
      return;
    }
    if (all.findIndex((li) => li.dataset.messageId === theirRead) <= upTo) theirRead = messageId;
    for (const li of all.slice(0, upTo + 1).filter(mine)) {
      const meta = li.querySelector('.cm-message__meta');
      if (!meta || meta.querySelector('[data-read-mark]')) continue;
      const mark = document.createElement('span');
      mark.className = 'cm-message__read';
      mark.dataset.readMark = '';
      mark.textContent = root.dataset.readLabel || '';
      meta.append(mark);
    }
  };

  const pollOnce = async () => {
    try {
      const response = await fetch(withHandler(messagesUrl, 'State'), { credentials: 'same-origin', headers: { 'X-Requested-With': 'fetch' } });
      if (!response.ok) return;
      const state = await response.json();
      if (state.lastMessageId && state.lastMessageId !== lastId()) await fetchNew();
      if (state.residentRead) applyRead('resident', state.residentRead.messageId);
      if (state.staffRead) applyRead('staff', state.staffRead.messageId);
    } catch { /* try again at the next tick */ }
  };
  const startPolling = () => {
    if (pollTimer) return;
    setLive('polling');
    pollTimer = window.setInterval(pollOnce, pollMs);
    pollOnce();
  };
  const stopPolling = () => { window.clearInterval(pollTimer); pollTimer = 0; };

  const joined = async () => {
    if (side === 'staff') {
      const answer = await connection.invoke('JoinCase', caseId);
      setCounterpart(Boolean(answer && answer.residentOnline));
    }
    stopPolling();
    setLive('connected');
    await fetchNew();
    markRead();
  };

  const connect = () => {
    connection = new HubConnectionBuilder().withUrl(root.dataset.chatHub).withAutomaticReconnect()
      .configureLogging(LogLevel.None).build();
    connection.on('messageAdded', () => fetchNew());
    connection.on('read', (r) => applyRead(r && r.reader, r && r.messageId));
    connection.on('presence', (p) => setCounterpart(Boolean(p && p.online)));
    connection.on('counselor', (c) => setCounterpart(Boolean(c && c.present)));
    connection.on('typing', showTyping);
    connection.onreconnecting(() => setLive('reconnecting'));
    connection.onreconnected(() => joined().catch(startPolling));
    connection.onclose(startPolling);
    connection.start().then(joined).catch(startPolling);
  };

  // ?chat=poll forces the fallback (for trying it out); otherwise live first.
  if (new URLSearchParams(window.location.search).get('chat') === 'poll') startPolling();
  else connect();
  document.addEventListener('visibilitychange', markRead);

  // Typing: the resident's keystrokes tell the counselor "入力中", at most every two seconds.
  const box = messageForm && messageForm.querySelector('textarea');
  if (box && side === 'resident') {
    box.addEventListener('input', () => {
      const now = Date.now();
      if (now - lastTypingSent < 2000 || !connection || connection.state !== 'Connected') return;
      lastTypingSent = now;
      connection.invoke('Typing').catch(() => {});
    });
  }

  // Sending without leaving the page; a refusal shows the server's own message above the form.
  const submitInPlace = (form, check) => {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const refusal = check ? check(form) : '';
      if (refusal) { showError(form, refusal); return; }
      const button = form.querySelector('button[type="submit"]');
      if (button) button.disabled = true;
      try {
        const response = await fetch(form.action, {
          method: 'POST', body: new FormData(form), credentials: 'same-origin', headers: { 'X-Requested-With': 'fetch' },
        });
        if (response.ok) {
          form.reset();
          showError(form, '');
          await fetchNew();
        } else {
          showError(form, refusalText(await response.text()) || String(response.status));
        }
      } catch {
        showError(form, root.dataset.sendFailed || '');
      } finally {
        if (button) button.disabled = false;
      }
    });
  };
  if (messageForm) submitInPlace(messageForm);
  if (attachForm) {
    submitInPlace(attachForm, (form) => {
      const file = form.querySelector('input[type="file"]')?.files?.[0];
      return file && file.size > Number(form.dataset.maxBytes) ? form.dataset.tooLarge : '';
    });
  }

  markRead();
}

function withHandler(url, handler) {
  const u = new URL(url, window.location.href);
  u.searchParams.set('handler', handler);
  return u;
}

// The message of a refused post: the validation summary or status message of the page the server answered with.
function refusalText(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const items = [...doc.querySelectorAll('.cm-error li, main p[role="alert"]')]
    .map((el) => el.textContent.trim()).filter(Boolean);
  return [...new Set(items)].join(' ');
}

function showError(form, text) {
  const box = form.querySelector('[data-chat-error], .cm-error');
  if (!box) return;
  box.replaceChildren();
  if (!text) return;
  const p = document.createElement('p');
  p.textContent = text;
  box.append(p);
}
