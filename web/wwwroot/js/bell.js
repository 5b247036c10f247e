// The notification bell: unread count in the page header, live over its own hub connection,
// and a toast when a new item arrives. Include it on any page; it needs nothing from the page.
// It tells the page about items through window events: 'bb:notification' (a new item) and
// 'bb:unread' (the count changed for another reason, e.g. read in another tab).
import { api, session } from './api.js';
import { connectFeed } from './notifications/feed.js';
import { showToast } from './notifications/toast.js';

// The token lives in sessionStorage, and writes in the same tab fire no event; looking once a
// second lets the bell appear after sign-in and go after sign-out on pages it knows nothing of.
const tokenCheckMs = 1000;
// A first connect that failed (server restarting) is tried again: automatic reconnect only
// covers connections that once were up.
const retryMs = 10000;
let current = null;

function svgBell() {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'bell-icon');
  const path = document.createElementNS(ns, 'path');
  path.setAttribute('d', 'M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1z');
  svg.append(path);
  return svg;
}

// The bell brings its own styles, so a page includes it with one script line and nothing else.
function ensureStyles() {
  if (document.querySelector('link[href$="css/bell.css"]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/css/bell.css';
  document.head.append(link);
}

function createBell() {
  ensureStyles();
  const link = document.createElement('a');
  link.href = '/inbox.html';
  link.className = 'bell';
  link.dataset.testid = 'bell';
  link.dataset.state = 'connecting';
  if (window.location.pathname === '/inbox.html') link.setAttribute('aria-current', 'page');
  const text = document.createElement('span');
  text.textContent = 'Notiser';
  const count = document.createElement('span');
  count.className = 'bell-count';
  count.dataset.testid = 'bell-count';
  count.setAttribute('role', 'img');
  count.hidden = true;
  link.append(svgBell(), text, count);
  const header = document.querySelector('header.topbar');
  const title = header?.querySelector('h1');
  if (title) title.after(link); else if (header) header.append(link); else document.body.prepend(link);
  return link;
}

/** Shows the unread count; exported so a page that just marked items read shows it at once. */
export function showUnread(unread) {
  const count = current?.bell.querySelector('.bell-count');
  if (!count) return;
  count.hidden = unread <= 0;
  count.textContent = unread > 99 ? '99+' : String(unread);
  count.setAttribute('aria-label', unread === 1 ? '1 oläst notis' : `${unread} olästa notiser`);
}

const announce = (name, detail) => window.dispatchEvent(new CustomEvent(name, { detail }));

// Items already in the inbox when the page loaded were seen; the hub pushes the unread ones
// again on every connect, and those must neither toast nor count as new.
function receive(run, notification, unread) {
  if (run !== current) return;
  showUnread(unread);
  if (run.seen.has(notification.notificationId)) return;
  run.seen.add(notification.notificationId);
  if (!notification.readAt) showToast(notification);
  announce('bb:notification', { notification, unread });
}

async function resync(run) {
  const inbox = await api('/api/me/inbox');
  if (run !== current) return;
  showUnread(inbox.unread);
  announce('bb:unread', { unread: inbox.unread });
}

async function start(token) {
  const run = { token, seen: new Set(), connection: null };
  current = run;
  run.bell = createBell();
  try {
    const inbox = await api('/api/me/inbox');
    if (run !== current) return;
    for (const item of inbox.items) run.seen.add(item.notificationId);
    showUnread(inbox.unread);
    run.connection = await connectFeed({
      token,
      onNotification: (notification, unread) => receive(run, notification, unread),
      onUnread: (unread) => {
        if (run !== current) return;
        showUnread(unread);
        announce('bb:unread', { unread });
      },
      onState: (state) => { run.bell.dataset.state = state; },
      onReconnected: () => resync(run),
    });
    if (run !== current) await run.connection.stop();
  } catch {
    // Meanwhile the bell stays a plain link to the inbox; stopping lets checkToken start afresh.
    run.bell.dataset.state = 'disconnected';
    setTimeout(() => { if (run === current) stop(); }, retryMs);
  }
}

function stop() {
  if (!current) return;
  current.connection?.stop();
  current.bell.remove();
  // Another person may sign in next on this screen: their toasts must not show the last one's children.
  document.querySelector('.bell-toasts')?.replaceChildren();
  current = null;
}

function checkToken() {
  const token = session.token;
  if (token === (current?.token ?? null)) return;
  stop();
  if (token) start(token);
}

checkToken();
setInterval(checkToken, tokenCheckMs);
