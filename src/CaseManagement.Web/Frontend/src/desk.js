// Desk pages, progressive enhancement only (without it the queue updates on reload and the history form posts).
import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';

// The queue: when a task of one of my queues changes, re-fetch the queue fragment and announce it politely.
const queue = document.getElementById('desk-queue');
const live = document.getElementById('desk-live');
if (queue && live) {
  let timer = 0;
  let pending = 'updated';
  const refresh = async () => {
    const url = new URL(window.location.href);
    url.searchParams.set('handler', queue.dataset.rowsHandler || 'Rows');
    const response = await fetch(url, { credentials: 'same-origin', headers: { 'X-Requested-With': 'fetch' } });
    if (!response.ok) return;
    queue.innerHTML = await response.text();
    live.textContent = live.dataset[pending] || live.dataset.updated || '';
    pending = 'updated';
  };
  const connection = new HubConnectionBuilder().withUrl('/hubs/desk').withAutomaticReconnect()
    .configureLogging(LogLevel.Warning).build();
  connection.on('deskChanged', (change) => {
    // The most important news of a burst wins the announcement: new work first.
    if (change && ['created', 'escalated'].includes(change.change)) pending = change.change;
    else if (change && change.change === 'claimed' && pending === 'updated') pending = 'claimed';
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 250);
  });
  connection.onreconnected(() => refresh());
  connection.start().then(() => { queue.dataset.live = 'connected'; }).catch(() => { /* reload still works */ });
}

// History first: opening the history records it, then the reply box is enabled.
const history = document.querySelector('details[data-history-viewed="false"]');
if (history) {
  const form = history.querySelector('form[data-history-form]');
  const none = document.querySelector('form[data-history-none-form]');
  const enable = () => {
    history.dataset.historyViewed = 'true';
    for (const el of document.querySelectorAll('[data-history-gated]')) {
      el.disabled = false;
      el.removeAttribute('aria-describedby');
    }
    for (const el of document.querySelectorAll('[data-history-pending], form[data-history-form], form[data-history-none-form]')) el.remove();
  };
  const post = async (target) => {
    const response = await fetch(target.action, {
      method: 'POST', body: new FormData(target), credentials: 'same-origin', headers: { 'X-Requested-With': 'fetch' },
    });
    if (response.ok) enable();
  };
  history.addEventListener('toggle', () => {
    if (history.open && history.dataset.historyViewed === 'false' && form) post(form);
  });
  const box = none && none.querySelector('[data-history-none]');
  if (box) box.addEventListener('change', () => { if (box.checked) post(none); });
}
