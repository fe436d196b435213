// The header's お知らせ badge, for staff on every page: when the desk hub says my notifications changed, re-count
// through the authorized page (the push carries no content) and announce new ones politely.
import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';

const link = document.querySelector('[data-notifications-count-url]');
const badge = document.querySelector('[data-notification-badge]');
const label = document.querySelector('[data-notification-badge-label]');
const live = document.querySelector('[data-notifications-live]');
if (link && badge) {
  let shown = Number(badge.textContent) || 0;
  let timer = 0;
  const refresh = async () => {
    const response = await fetch(link.dataset.notificationsCountUrl, { credentials: 'same-origin', headers: { 'X-Requested-With': 'fetch' } });
    if (!response.ok) return;
    const { unread } = await response.json();
    badge.textContent = String(unread);
    badge.hidden = unread === 0;
    if (label && label.dataset.template) label.textContent = label.dataset.template.replace('{0}', String(unread));
    if (live && unread > shown) live.textContent = live.dataset.announce || '';
    shown = unread;
  };
  const connection = new HubConnectionBuilder().withUrl('/hubs/desk').withAutomaticReconnect()
    .configureLogging(LogLevel.Warning).build();
  connection.on('notificationsChanged', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 250);
  });
  connection.onreconnected(() => refresh());
  connection.start().then(() => { link.dataset.live = 'connected'; }).catch(() => { /* a reload still shows the count */ });
}
