import { api } from '../api.js';

// Links come from the server, but only same-site paths are followed, so a stored item can
// never send the user to another site or run a javascript: URL.
export function safeLink(link) {
  return typeof link === 'string' && link.startsWith('/') && !link.startsWith('//') ? link : '/inbox.html';
}

// Opening an item counts as reading it. The read is best effort: failing to mark it must not
// keep the user from the child or meeting the item is about.
export async function openNotification(notification) {
  if (!notification.readAt) {
    try {
      await api(`/api/me/inbox/${encodeURIComponent(notification.notificationId)}/read`, { method: 'POST' });
    } catch {
      // The item stays unread and is shown as such next time; nothing is lost.
    }
  }
  window.location.assign(safeLink(notification.link));
}
