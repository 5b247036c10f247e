import { kindLabel } from '../labels.js';
import { openNotification } from './open.js';

const lifetimeMs = 6000;

function region() {
  let container = document.querySelector('.bell-toasts');
  if (!container) {
    container = document.createElement('div');
    container.className = 'bell-toasts';
    document.body.append(container);
  }
  return container;
}

// A short note that a new item arrived. It waits while pointed at or focused, so someone
// reading it or tabbing to it does not lose it mid-sentence.
export function showToast(notification) {
  const toast = document.createElement('div');
  toast.className = 'bell-toast';
  toast.setAttribute('role', 'status');
  toast.dataset.testid = 'toast';
  toast.dataset.notificationId = notification.notificationId;
  const open = document.createElement('button');
  open.type = 'button';
  const label = document.createElement('span');
  label.className = 'bell-toast-kind';
  label.textContent = kindLabel(notification.kind);
  const title = document.createElement('strong');
  title.textContent = notification.title;
  open.append(label, title);
  open.addEventListener('click', () => openNotification(notification));
  toast.append(open);

  let timer;
  const arm = () => { clearTimeout(timer); timer = setTimeout(() => toast.remove(), lifetimeMs); };
  const hold = () => clearTimeout(timer);
  toast.addEventListener('mouseenter', hold);
  toast.addEventListener('focusin', hold);
  toast.addEventListener('mouseleave', arm);
  toast.addEventListener('focusout', arm);
  region().append(toast);
  arm();
}
