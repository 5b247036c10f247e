// Katalog: the directory administrator's page. Everyone in the directory, a form to add or change
// one person, deactivation, and the import of the municipality's CSV export, always tried as a dry
// run first so the administrator sees what would change (and which rows are wrong) before it does.
import { api, apiText } from '../api.js';
import { el, field, scrollBox } from '../dom.js';
import { fieldLabel, messages } from '../errors.js';
import { allRoles, roleLabel } from '../session.js';
import { startShell } from '../shell.js';

const $ = (id) => document.getElementById(id);
const agencies = [
  ['MaternityCare', 'Mödrahälsovård'], ['ChildHealth', 'Barnhälsovård'], ['SchoolOrPreschool', 'Skola/förskola'],
  ['SocialServices', 'Socialtjänst'], ['ChildPsychiatry', 'BUP'], ['Police', 'Polis'], ['Municipality', 'Kommunen'],
];
// Rows stored before the directory used the plan's agency names may still say Preschool or School.
const agencyLabel = (value) => agencies.find(([key]) => key === (value === 'Preschool' || value === 'School' ? 'SchoolOrPreschool' : value))?.[1] ?? value;

function personRow(person, onChanged) {
  const deactivate = person.active ? el('button', {
    text: 'Avaktivera', className: 'secondary small', attrs: { type: 'button', 'aria-label': `Avaktivera ${person.name}` },
    on: { click: async () => {
      await api(`/api/directory/${encodeURIComponent(person.id)}/deactivate`, { method: 'POST' });
      $('page-status').textContent = `${person.name} är avaktiverad och utloggad.`;
      onChanged();
    } },
  }) : el('span', { text: 'Avaktiverad' });
  return el('tr', { data: { id: person.id } }, [
    el('td', { text: person.id }), el('td', { text: person.name }), el('td', { text: person.title }),
    el('td', { text: agencyLabel(person.agency) }), el('td', { text: person.unit ?? '' }),
    el('td', { text: (person.roles ?? []).map(roleLabel).join(', ') }), el('td', {}, [deactivate]),
  ]);
}

function personForm(onSaved) {
  const input = (name, label, type = 'text') => field(label, el('input', { attrs: { name, type, autocomplete: 'off' } }));
  const agency = el('select', { attrs: { name: 'agencyKind' } }, agencies.map(([value, label]) => el('option', { text: label, attrs: { value } })));
  const roles = el('fieldset', {}, [el('legend', { text: 'Roller' }), ...allRoles.map((role) => el('label', { className: 'check' }, [
    el('input', { attrs: { type: 'checkbox', name: 'roles', value: role } }), document.createTextNode(` ${roleLabel(role)}`),
  ]))]);
  const message = el('p', { className: 'form-message', attrs: { role: 'status' } });
  const form = el('form', { attrs: { id: 'person-form', novalidate: true } }, [
    input('hsaId', 'HSA-id'), input('name', 'Namn'), input('title', 'Titel'), field('Verksamhet', agency), input('unit', 'Enhet'),
    roles, input('email', 'E-post', 'email'), input('phone', 'Telefon', 'tel'),
    el('button', { text: 'Spara', attrs: { type: 'submit' } }), message,
  ]);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    try {
      await api(`/api/directory/${encodeURIComponent(data.get('hsaId') ?? '')}`, {
        method: 'PUT',
        body: {
          name: data.get('name'), title: data.get('title'), agencyKind: data.get('agencyKind'), unit: data.get('unit'),
          roles: data.getAll('roles'), email: data.get('email'), phone: data.get('phone'),
        },
      });
      message.textContent = 'Sparat.';
      form.reset();
      onSaved();
    } catch (error) {
      message.textContent = error.message;
    }
  });
  return form;
}

function changeList(title, ids) {
  return ids.length ? el('div', {}, [el('h3', { text: `${title} (${ids.length})` }), el('p', { text: ids.slice(0, 50).join(', ') + (ids.length > 50 ? ' …' : '') })]) : null;
}

function importForm(onImported) {
  const file = el('input', { attrs: { type: 'file', accept: '.csv,text/csv', name: 'file' } });
  const result = el('div', { attrs: { id: 'import-result', role: 'status', 'aria-live': 'polite' } });
  let text = null;
  const run = async (dryRun) => {
    if (!file.files?.[0]) { result.textContent = 'Välj en CSV-fil först.'; return; }
    text ??= await file.files[0].text();
    try {
      const changes = await apiText(`/api/directory/import?dryRun=${dryRun}`, text, 'text/csv');
      result.replaceChildren(
        el('p', { text: dryRun ? 'Provkörning – inget är ändrat ännu:' : 'Importen är klar:' }),
        changeList('Nya', changes.added), changeList('Ändrade', changes.changed), changeList('Avaktiveras', changes.deactivated),
        el('p', { text: `Oförändrade: ${changes.unchanged}` }),
      );
      apply.hidden = !dryRun;
      if (!dryRun) onImported();
    } catch (error) {
      const rows = error.problem?.rows ?? [];
      result.replaceChildren(el('p', { className: 'error', text: rows.length ? 'Filen har rader som inte kan läsas in. Inget är ändrat.' : error.message }),
        rows.length ? el('ul', {}, rows.slice(0, 100).map((r) => el('li', { text: `Rad ${r.line}, kolumn ${r.column}: ${messages[r.code]?.({}, fieldLabel(r.column)) ?? r.code}` }))) : null);
      apply.hidden = true;
    }
  };
  file.addEventListener('change', () => { text = null; apply.hidden = true; });
  const apply = el('button', { text: 'Genomför importen', attrs: { type: 'button', hidden: true }, on: { click: () => run(false) } });
  return el('div', {}, [
    el('p', { className: 'hint', text: 'Kolumner: hsaId, name, title, agencyKind, unit, roles, email, phone. Personer som saknas i filen avaktiveras.' }),
    field('CSV-fil från personalsystemet', file),
    el('button', { text: 'Provkör importen', attrs: { type: 'button' }, on: { click: () => run(true) } }), apply, result,
  ]);
}

async function start() {
  await startShell({ current: 'directory' });
  const body = el('tbody', { attrs: { id: 'directory-rows' } });
  const reload = async () => {
    const people = await api('/api/directory');
    body.replaceChildren(...people.map((p) => personRow(p, reload)));
  };
  const table = el('table', {}, [
    el('caption', { text: 'Alla i katalogen' }),
    el('thead', {}, [el('tr', {}, ['HSA-id', 'Namn', 'Titel', 'Verksamhet', 'Enhet', 'Roller', ''].map((h) => el('th', { text: h, attrs: { scope: 'col' } })))]),
    body,
  ]);
  $('content').replaceChildren(
    el('section', { className: 'panel', attrs: { 'aria-labelledby': 'import-title' } }, [el('h2', { text: 'Läs in från fil', attrs: { id: 'import-title' } }), importForm(reload)]),
    el('section', { className: 'panel', attrs: { 'aria-labelledby': 'person-title' } }, [el('h2', { text: 'Lägg till eller ändra en person', attrs: { id: 'person-title' } }), personForm(reload)]),
    el('section', { className: 'panel', attrs: { 'aria-labelledby': 'people-title' } }, [el('h2', { text: 'Personal', attrs: { id: 'people-title' } }), scrollBox('Personal i katalogen', table)]),
  );
  await reload();
  document.body.dataset.page = 'ready';
}

start().catch((error) => { $('page-status').textContent = error.message; });
