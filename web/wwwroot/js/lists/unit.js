// Min enhet: for the unit's administrators, the children whose barnkontakt was deactivated in the
// directory ("barnkontakt saknas"), so someone new is named at once.
import { api } from '../api.js';
import { el } from '../dom.js';
import { startShell } from '../shell.js';

const $ = (id) => document.getElementById(id);

async function start() {
  const me = await startShell({ current: 'unit' });
  const children = await api('/api/unit/children-without-contact');
  $('content').replaceChildren(el('section', { className: 'panel', attrs: { 'aria-labelledby': 'orphans-title' } }, [
    el('h2', { text: `Barn utan barnkontakt – ${me.unit ?? ''}`, attrs: { id: 'orphans-title' } }),
    el('p', { className: 'hint', text: 'Barn vars barnkontakt har avaktiverats i katalogen. Utse en ny barnkontakt via barnets sida.' }),
    children.length
      ? el('ul', { className: 'children', attrs: { 'data-testid': 'children-without-contact' } }, children.map((c) => el('li', {}, [
        el('a', { text: c.childDisplayName, attrs: { href: `/barn/${c.childId}` } }),
        el('span', { className: 'warning', text: ` barnkontakt saknas (tidigare ${c.formerContactName})` }),
      ])))
      : el('p', { className: 'empty', text: 'Alla barn i enheten har en barnkontakt.' }),
  ]));
  document.body.dataset.page = 'ready';
}

start().catch((error) => { $('page-status').textContent = error.message; });
