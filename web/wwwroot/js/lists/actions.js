// "Mina insatser": every plan action I am responsible for, across children, with its status as
// the child's plan has it now; I move the status on from here.
import { api } from '../api.js';
import { changedText, el, formatDate, option, scrollBox } from '../dom.js';
import { messageFor } from '../errors.js';
import { actionStatusLabels, agencyLabels, label } from '../labels.js';
import { nameOf } from '../people.js';
import { startShell } from '../shell.js';

const $ = (id) => document.getElementById(id);
const moves = { Planned: ['Planned', 'Active', 'Done', 'Cancelled'], Active: ['Active', 'Done', 'Cancelled'], Done: ['Done'], Cancelled: ['Cancelled'] };

async function render() {
  const actions = await api('/api/me/overview/actions');
  if (actions.length === 0) {
    $('content').replaceChildren(el('p', { className: 'empty', text: 'Du har inga insatser. Insatser du blir ansvarig för i en plan visas här.' }));
    return;
  }
  $('content').replaceChildren(scrollBox('Mina insatser', [el('table', { className: 'data-table', attrs: { 'data-testid': 'my-actions' } }, [
    el('caption', { className: 'visually-hidden', text: 'Mina insatser' }),
    el('thead', {}, [el('tr', {}, ['Barn', 'Insats', 'Verksamhet', 'Klart senast', 'Status'].map((h) => el('th', { text: h, attrs: { scope: 'col' } })))]),
    el('tbody', {}, actions.map((a) => {
      const status = el('select', { attrs: { 'aria-label': `Status för ${a.what} (${a.childDisplayName})`, 'data-testid': 'my-action-status', disabled: moves[a.status].length === 1 } },
        moves[a.status].map((s) => option(s, actionStatusLabels[s])));
      status.value = a.status;
      status.addEventListener('change', async () => {
        status.disabled = true;
        try {
          await api(`/api/children/${a.childId}/plan/actions/${a.actionId}/status`, { method: 'POST', body: { status: status.value, expectedVersion: a.planVersion } });
          $('page-status').textContent = `”${a.what}” är nu ${actionStatusLabels[status.value].toLowerCase()}.`;
        } catch (error) {
          $('page-status').textContent = messageFor(error);
        }
        await render();
      });
      return el('tr', { data: { actionId: a.actionId } }, [
        el('td', {}, [el('a', { text: a.childDisplayName, attrs: { href: `/barn/${a.childId}` } })]),
        el('td', {}, [a.what, el('span', { className: 'changed', text: changedText(a.changedBy, a.changedAt, nameOf) })]),
        el('td', { text: label(agencyLabels, a.agency) }),
        el('td', {}, [formatDate(a.due) || '–', a.overdue ? el('span', { className: 'badge warn', text: 'Försenad' }) : null]),
        el('td', {}, [status]),
      ]);
    })),
  ])]));
}

async function start() {
  await startShell({ current: 'actions' });
  await render();
  document.body.dataset.page = 'ready';
}

start();
