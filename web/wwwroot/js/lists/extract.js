// Loggutdrag (HSLF-FS 2016:40): for one child and a period, every access to the record in time
// order, to print and hand to the family. The child is named by personnummer (sent in the body,
// never in the address) or by the reference from an incident report; ?child=<reference> fills it in.
import { api } from '../api.js';
import { el, field, formatShortTime, option, scrollBox, swedishToday } from '../dom.js';
import { clearFormErrors, showFormError, showFormErrors } from '../errors.js';
import { checkPersonnummer } from '../personnummer.js';
import { startShell } from '../shell.js';
import { agencyOf, kindOf, outcomeOf, relationOf } from '../audit-words.js';

const $ = (id) => document.getElementById(id);
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const yearAgo = () => {
  const date = new Date();
  date.setFullYear(date.getFullYear() - 1);
  return swedishToday(date);
};

function accessTable(accesses) {
  if (accesses.length === 0) return el('p', { className: 'empty', text: 'Ingen har öppnat barnets uppgifter under perioden.' });
  return scrollBox('Åtkomster', [
    el('table', { className: 'data-table extract-table', attrs: { 'data-testid': 'extract-rows' } }, [
      el('caption', { className: 'visually-hidden', text: 'Åtkomster i tidsordning' }),
      el('thead', {}, [el('tr', {}, ['När', 'Vem', 'Verksamhet och enhet', 'Vad', 'Genom', 'Utfall'].map((h) => el('th', { text: h, attrs: { scope: 'col' } })))]),
      el('tbody', {}, accesses.map((a) => el('tr', { className: a.outcome === 'refused' ? 'refused' : '' }, [
        el('td', { text: formatShortTime(a.at) }),
        el('td', { text: [a.name ?? 'Okänd person', a.title].filter(Boolean).join(', ') }),
        el('td', { text: [agencyOf(a.agency), a.careUnit].filter(Boolean).join(', ') || '–' }),
        el('td', { text: kindOf(a.action) }),
        el('td', { text: relationOf(a.through) }),
        el('td', { text: outcomeOf(a.outcome) }),
      ]))),
    ]),
  ]);
}

function extractView(extract, from, to) {
  const who = extract.childDisplayName ? `${extract.childDisplayName}` : 'barnet';
  return el('article', { className: 'panel extract', attrs: { 'data-testid': 'extract' } }, [
    el('h2', { text: `Loggutdrag för ${who}` }),
    el('p', { text: `Perioden ${from} till och med ${to}. Utdraget visar varje gång någon har läst, ändrat eller försökt öppna barnets uppgifter i BackaBarnet.Live, i tidsordning.` }),
    el('p', { className: 'hint', text: `Antal åtkomster: ${extract.accesses.length}. Utdraget togs fram ${swedishToday()}.` }),
    accessTable(extract.accesses),
    el('p', { className: 'hint', text: 'Har ni frågor om utdraget? Kontakta kommunens loggkontrollant. Ni har rätt att få veta vem som har tagit del av uppgifterna om ert barn.' }),
    el('button', { text: 'Skriv ut', className: 'no-print', attrs: { type: 'button', 'data-testid': 'print' }, on: { click: () => window.print() } }),
  ]);
}

async function start() {
  await startShell({ current: 'audit' });
  const by = el('select', { attrs: { name: 'by' } }, [option('personnummer', 'Personnummer'), option('child', 'Barnets referens')]);
  const personnummer = el('input', { attrs: { name: 'personnummer', id: 'extract-pnr', autocomplete: 'off', inputmode: 'numeric', 'aria-describedby': 'extract-pnr-hint' } });
  const child = el('input', { attrs: { name: 'childId', id: 'extract-child', autocomplete: 'off' } });
  const from = el('input', { attrs: { name: 'from', type: 'date' } });
  const to = el('input', { attrs: { name: 'to', type: 'date' } });
  from.value = yearAgo();
  to.value = swedishToday();
  const pnrField = el('div', { className: 'field' }, [el('label', { text: 'Barnets personnummer', attrs: { for: 'extract-pnr' } }), personnummer,
    el('p', { className: 'hint', text: 'ÅÅÅÅMMDD-NNNN. Numret skickas bara med sökningen och sparas inte.', attrs: { id: 'extract-pnr-hint' } })]);
  const childField = el('div', { className: 'field' }, [el('label', { text: 'Barnets referens (hela id:t)', attrs: { for: 'extract-child' } }), child]);
  const result = el('div', { attrs: { 'data-testid': 'extract-result', 'aria-live': 'polite' } });
  const form = el('form', { className: 'no-print', attrs: { novalidate: true, method: 'post', 'data-testid': 'extract-form' } }, [
    field('Barnet anges med', by), pnrField, childField, field('Från och med', from), field('Till och med', to),
    el('button', { text: 'Ta fram loggutdrag', attrs: { type: 'submit' } }),
  ]);
  const toggle = () => { childField.hidden = by.value !== 'child'; pnrField.hidden = by.value !== 'personnummer'; };
  by.addEventListener('change', toggle);

  const run = async () => {
    const problems = [];
    if (by.value === 'child' && !guid.test(child.value.trim())) problems.push({ control: child, text: 'Klistra in barnets hela referens (36 tecken).' });
    if (by.value === 'personnummer' && (!personnummer.value.trim() || checkPersonnummer(personnummer.value))) problems.push({ control: personnummer, text: 'Skriv ett giltigt personnummer, ÅÅÅÅMMDD-NNNN.' });
    if (!from.value) problems.push({ control: from, text: 'Välj första dagen.' });
    if (!to.value) problems.push({ control: to, text: 'Välj sista dagen.' });
    if (problems.length > 0) { showFormErrors(form, problems); return; }
    clearFormErrors(form);
    const body = { from: from.value, to: to.value, ...(by.value === 'child' ? { childId: child.value.trim() } : { personnummer: personnummer.value.trim() }) };
    try {
      result.replaceChildren(extractView(await api('/api/audit/extract', { method: 'POST', body }), from.value, to.value));
      // The number has done its job: it does not stay on the screen or in the form.
      personnummer.value = '';
    } catch (error) {
      showFormError(form, error);
      result.replaceChildren();
    }
  };
  form.addEventListener('submit', (event) => { event.preventDefault(); run(); });

  const preset = new URLSearchParams(window.location.search).get('child');
  if (preset && guid.test(preset)) { by.value = 'child'; child.value = preset; }
  toggle();
  $('content').replaceChildren(
    el('p', { className: 'no-print', text: 'Ett loggutdrag visar för ett barn vem som har tagit del av uppgifterna, när och genom vilken roll. Det kan skrivas ut och lämnas till vårdnadshavarna.' }),
    el('section', { className: 'panel no-print' }, [form]), result);
  if (preset && guid.test(preset)) await run();
  document.body.dataset.page = 'ready';
}

start();
