// The inbox page: every notification newest first, unread ones marked. It reads the list
// over HTTP and learns of changes from the bell (window events), which owns the live connection.
import { api } from './api.js';
import { showUnread } from './bell.js';
import { el, formatShortTime } from './dom.js';
import { kindLabel } from './labels.js';
import { startShell } from './shell.js';
import { openNotification, safeLink } from './notifications/open.js';
import { offerOlder, startOlder } from './notifications/older.js';

const $ = (id) => document.getElementById(id);
let items = [];

const element = (tag, className, text) => el(tag, { className, text });

// Text goes through textContent only: titles and names are data, never markup.
function inboxItem(notification) {
  const unread = !notification.readAt;
  const item = element('li', unread ? 'inbox-item unread' : 'inbox-item');
  item.dataset.notificationId = notification.notificationId;
  const open = element('a', 'inbox-open');
  open.href = safeLink(notification.link);
  const head = element('span', 'inbox-item-head');
  head.append(element('span', 'inbox-kind', kindLabel(notification.kind)));
  if (unread) head.append(element('span', 'inbox-unread', 'Oläst'));
  const time = element('time', 'inbox-time', formatShortTime(notification.at));
  time.dateTime = notification.at;
  head.append(time);
  open.append(head, element('strong', 'inbox-title', notification.title));
  if (notification.childDisplayName) open.append(element('span', 'inbox-child', `Barn: ${notification.childDisplayName}`));
  open.addEventListener('click', (event) => {
    event.preventDefault();
    openNotification(notification);
  });
  item.append(open);
  return item;
}

function render() {
  $('inbox-list').replaceChildren(...items.map(inboxItem));
  $('inbox-empty').hidden = items.length > 0;
  $('read-all').disabled = !items.some((n) => !n.readAt);
}

function showError(error) {
  $('inbox-message').textContent = `Notiserna kunde inte hämtas: ${error.message}`;
}

async function load() {
  try {
    const inbox = await api('/api/me/inbox');
    items = inbox.items;
    $('inbox-message').textContent = '';
    $('inbox-archived').hidden = inbox.archived === 0;
    $('inbox-archived').textContent = `${inbox.archived} äldre lästa notiser har arkiverats.`;
    offerOlder(inbox.archived);
    render();
    document.body.dataset.inbox = 'ready';
  } catch (error) {
    showError(error);
  }
}

async function markAllRead() {
  $('read-all').disabled = true;
  try {
    const { unread } = await api('/api/me/inbox/read-all', { method: 'POST' });
    const now = new Date().toISOString();
    items = items.map((n) => (n.readAt ? n : { ...n, readAt: now }));
    render();
    showUnread(unread);
  } catch (error) {
    $('inbox-message').textContent = `Kunde inte markera som lästa: ${error.message}`;
    render();
  }
}

async function start() {
  await startShell({ current: 'inbox' });
  $('read-all').addEventListener('click', markAllRead);
  startOlder(inboxItem);
  window.addEventListener('bb:notification', ({ detail }) => {
    if (items.some((n) => n.notificationId === detail.notification.notificationId)) return;
    items = [detail.notification, ...items];
    render();
  });
  // The count changed for a reason the page cannot see (read in another tab, a reconnect): re-read.
  window.addEventListener('bb:unread', load);
  load();
}

start();
