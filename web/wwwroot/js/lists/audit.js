// Loggkontroll: who accessed which child's data, and what one professional accessed, over a
// period. The auditor reads no child: children are named by a short reference, never by name.
import { api } from '../api.js';
import { el, field, formatShortTime, option, scrollBox, swedishToday } from '../dom.js';
import { clearFormErrors, showFormErrors } from '../errors.js';
import { describePerson, loadPeople } from '../people.js';
import { startShell } from '../shell.js';
import { kindOf } from '../audit-words.js';

const $ = (id) => document.getElementById(id);
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const childReference = (childId) => (childId ? `Barn ref. ${childId.replaceAll('-', '').slice(0, 8)}` : '–');

function table(entries) {
  if (entries.length === 0) return el('p', { className: 'empty', text: 'Inga loggposter för urvalet.' });
  return scrollBox('Loggposter', [el('table', { className: 'data-table', attrs: { 'data-testid': 'audit-entries' } }, [
    el('caption', { className: 'visually-hidden', text: 'Loggposter' }),
    el('thead', {}, [el('tr', {}, ['Tid', 'Vem', 'Händelse', 'Barn'].map((h) => el('th', { text: h, attrs: { scope: 'col' } })))]),
    el('tbody', {}, entries.map((e) => el('tr', {}, [
      el('td', { text: formatShortTime(e.at) }),
      el('td', { text: describePerson(e.professionalId) }),
      el('td', { text: kindOf(e.action) }),
      el('td', { text: childReference(e.childId) }),
    ]))),
  ])]);
}

async function start() {
  await startShell({ current: 'audit' });
  const people = await loadPeople();
  const by = el('select', { attrs: { name: 'by' } }, [option('professional', 'En person'), option('child', 'Ett barn (referens från en incidentrapport)')]);
  const who = el('select', { attrs: { name: 'professionalId' } }, people.map((p) => option(p.id, `${p.name} – ${p.title}`)));
  const child = el('input', { attrs: { name: 'childId', autocomplete: 'off', 'aria-describedby': 'audit-child-hint' } });
  const from = el('input', { attrs: { name: 'from', type: 'date' } });
  const to = el('input', { attrs: { name: 'to', type: 'date' } });
  to.value = swedishToday();
  const result = el('div', { attrs: { 'data-testid': 'audit-result', 'aria-live': 'polite' } });
  const childField = el('div', { className: 'field' }, [el('label', { text: 'Barnets referens (hela id:t)', attrs: { for: 'audit-child' } }), child,
    el('p', { className: 'hint', text: 'Klistra in barnets id från rapporten. Det visas inte på sidan.', attrs: { id: 'audit-child-hint' } })]);
  child.id = 'audit-child';
  const whoField = field('Person', who);
  const form = el('form', { attrs: { novalidate: true, method: 'post', 'data-testid': 'audit-form' } }, [
    field('Granska', by), whoField, childField, field('Från och med', from), field('Till och med', to),
    el('button', { text: 'Visa loggen', attrs: { type: 'submit' } }),
  ]);
  const toggle = () => { childField.hidden = by.value !== 'child'; whoField.hidden = by.value !== 'professional'; };
  by.addEventListener('change', toggle);
  toggle();
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (by.value === 'child' && !guid.test(child.value.trim())) {
      showFormErrors(form, [{ control: child, text: 'Klistra in barnets hela referens (36 tecken).' }]);
      return;
    }
    clearFormErrors(form);
    const query = new URLSearchParams();
    if (from.value) query.set('from', `${from.value}T00:00:00+01:00`);
    if (to.value) query.set('to', `${to.value}T23:59:59+01:00`);
    const path = by.value === 'child' ? `/api/audit/children/${child.value.trim()}` : `/api/audit/professionals/${encodeURIComponent(who.value)}`;
    try {
      result.replaceChildren(table(await api(`${path}?${query}`)));
    } catch (error) {
      result.replaceChildren(el('p', { className: 'notice', text: error.message }));
    }
  });
  const extractLink = el('p', {}, [el('a', { text: 'Ta fram ett loggutdrag för ett barn (att lämna till vårdnadshavarna)', attrs: { href: '/loggutdrag.html' } })]);
  $('content').replaceChildren(extractLink, el('section', { className: 'panel' }, [form]), result);
  document.body.dataset.page = 'ready';
}

start();
