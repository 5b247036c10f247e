// "Visa äldre notiser" on the inbox page: older read notifications, moved out of the live inbox,
// read a page at a time from /api/me/inbox/archived (newest first; `next` is the cursor).
import { api } from '../api.js';

const $ = (id) => document.getElementById(id);
let next = null;
let started = false;

async function showOlder(renderItem) {
  const button = $('show-older');
  button.disabled = true;
  $('older-message').textContent = '';
  try {
    const query = next ? `?before=${encodeURIComponent(next)}` : '';
    const page = await api(`/api/me/inbox/archived${query}`);
    started = true;
    next = page.next;
    const added = page.items.map(renderItem);
    $('older-list').append(...added);
    $('older').hidden = $('older-list').children.length === 0;
    button.hidden = !next;
    // The button that had the focus is gone at the end: the focus goes to the first item just shown.
    if (!next && added.length > 0) added[0].querySelector('a')?.focus();
  } catch (error) {
    $('older-message').textContent = `De äldre notiserna kunde inte hämtas: ${error.message}`;
  } finally {
    button.disabled = false;
  }
}

/** Shows the button while some archived notifications are not yet on the page. */
export function offerOlder(archivedCount) {
  $('show-older').hidden = archivedCount === 0 || (started && !next);
}

export function startOlder(renderItem) {
  $('show-older').addEventListener('click', () => showOlder(renderItem));
}
