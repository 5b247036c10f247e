// "Mina barn": the children I work with, what is waiting (new concerns, overdue actions, the next
// follow-up), found by name as I type.
import { api } from '../api.js';
import { el, field, formatDate } from '../dom.js';
import { label, relationLabels } from '../labels.js';
import { startShell } from '../shell.js';

const $ = (id) => document.getElementById(id);

function row(child) {
  return el('li', { className: 'card', data: { childId: child.childId, name: child.displayName.toLowerCase() } }, [
    el('h2', { className: 'card-title' }, [el('a', { text: child.displayName, attrs: { href: `/barn/${child.childId}` } })]),
    el('p', { className: 'meta' }, [
      child.age !== null && child.age !== undefined ? el('span', { text: `${child.age} år` }) : null,
      el('span', { text: label(relationLabels, child.relation, '') }),
    ]),
    el('p', { className: 'row-actions' }, [
      el('span', { className: `badge ${child.newConcerns ? 'danger' : ''}`, text: `Öppen oro: ${child.openConcerns}${child.newConcerns ? ` (${child.newConcerns} ny)` : ''}` }),
      el('span', { className: `badge ${child.followUpOverdue ? 'warn' : ''}`, text: `Nästa uppföljning: ${formatDate(child.nextFollowUp) || 'ej satt'}${child.followUpOverdue ? ' (passerad)' : ''}` }),
      el('span', { className: `badge ${child.overdueActions ? 'warn' : ''}`, text: `Försenade insatser: ${child.overdueActions}` }),
      child.handoverToMe ? el('span', { className: 'badge warn', text: 'Överlämning till dig väntar' }) : null,
    ]),
  ]);
}

async function start() {
  await startShell({ current: 'children' });
  const children = await api('/api/me/overview/children');
  const search = el('input', { className: 'search', attrs: { type: 'search', name: 'search', autocomplete: 'off' } });
  const list = el('ul', { className: 'card-list', attrs: { 'data-testid': 'my-children' } }, children.map(row));
  const none = el('p', { className: 'empty', text: children.length ? 'Inget barn heter så.' : 'Du har inga barn ännu. Barn du är barnkontakt för, eller har en insats för, visas här.', attrs: { hidden: children.length > 0 } });
  search.addEventListener('input', () => {
    const wanted = search.value.trim().toLowerCase();
    let shown = 0;
    for (const item of list.children) {
      item.hidden = !item.dataset.name.includes(wanted);
      if (!item.hidden) shown++;
    }
    none.hidden = shown > 0;
  });
  $('content').replaceChildren(field('Sök på namn', search), list, none);
  document.body.dataset.page = 'ready';
}

start();
