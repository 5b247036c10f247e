// The notification bell in the shell: the unread count, live over the tab's one hub connection,
// and a toast when a new item arrives. It tells the page about items through window events:
// 'bb:notification' (a new item) and 'bb:unread' (the count changed for another reason).
import { api } from './api.js';
import { el, svg } from './dom.js';
import { liveHub } from './hub.js';
import { showToast } from './notifications/toast.js';

let bell = null;

function bellIcon() {
  return svg('svg', { viewBox: '0 0 24 24', 'aria-hidden': 'true', class: 'bell-icon' }, [
    svg('path', { d: 'M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1z' }),
  ]);
}

/** Shows the unread count; exported so a page that just marked items read shows it at once. */
export function showUnread(unread) {
  const count = bell?.querySelector('.bell-count');
  if (!count) return;
  count.hidden = unread <= 0;
  count.textContent = unread > 99 ? '99+' : String(unread);
  count.setAttribute('aria-label', unread === 1 ? '1 oläst notis' : `${unread} olästa notiser`);
}

const announce = (name, detail) => window.dispatchEvent(new CustomEvent(name, { detail }));

/** Puts the bell into the shell and keeps it current; items already in the inbox are not news. */
export async function mountBell(slot) {
  const count = el('span', { className: 'bell-count', attrs: { 'data-testid': 'bell-count', role: 'img', hidden: true } });
  bell = el('a', {
    className: 'bell',
    attrs: { href: '/inbox.html', 'data-testid': 'bell', 'data-state': 'connecting', 'aria-current': window.location.pathname === '/inbox.html' ? 'page' : null },
  }, [bellIcon(), el('span', { text: 'Notiser' }), count]);
  slot.replaceChildren(bell);

  const seen = new Set();
  const hub = liveHub();
  // The hub pushes the unread items again on every connect: those must neither toast nor count as new.
  const initial = api('/api/me/inbox').then((inbox) => {
    for (const item of inbox.items) seen.add(item.notificationId);
    showUnread(inbox.unread);
  }).catch(() => {});
  hub.on('Notification', async (notification, unread) => {
    await initial;
    showUnread(unread);
    if (seen.has(notification.notificationId)) return;
    seen.add(notification.notificationId);
    if (!notification.readAt) showToast(notification);
    announce('bb:notification', { notification, unread });
  });
  hub.on('UnreadCount', (unread) => {
    showUnread(unread);
    announce('bb:unread', { unread });
  });
  hub.onState((state) => { bell.dataset.state = state; });
  hub.onReconnected(async () => {
    try {
      const inbox = await api('/api/me/inbox');
      showUnread(inbox.unread);
      announce('bb:unread', { unread: inbox.unread });
    } catch {
      // The next reconnect or push brings the count back.
    }
  });
}
