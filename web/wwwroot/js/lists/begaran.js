// Begäran om insats: the intake (mottagning) of an agency sees the requests for support sent to its
// kind of agency, oldest first, and accepts one (it becomes a plan action assigned to them) or
// declines it with a reason the sender will read.
import { api } from '../api.js';
import { el, field, formatShortTime } from '../dom.js';
import { clearFormErrors, showFormError } from '../errors.js';
import { areaLabel } from '../labels.js';
import { startShell } from '../shell.js';

const $ = (id) => document.getElementById(id);

function requestCard(row, reload) {
  const r = row.request;
  const reasonId = `reason-${r.requestId}`;
  const reason = el('textarea', { attrs: { id: reasonId, name: 'reason', rows: 2, maxlength: 2000 } });
  const decline = el('form', { attrs: { novalidate: true, 'data-testid': 'decline-form' } }, [
    field('Skäl till att avböja (syns för den som skickade)', reason),
    el('button', { text: 'Avböj', attrs: { type: 'submit' } }),
  ]);
  decline.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await api(`/api/support-requests/${row.childId}/${r.requestId}/decline`, { method: 'POST', body: { reason: reason.value } });
      clearFormErrors(decline);
      $('page-status').textContent = `Begäran för ${row.childDisplayName} är avböjd.`;
      await reload();
    } catch (error) {
      showFormError(decline, error, { fieldMap: { reason: 'reason' } });
    }
  });
  const accept = el('button', { text: 'Ta emot', attrs: { type: 'button', 'data-testid': 'accept' } });
  accept.addEventListener('click', async () => {
    accept.disabled = true;
    try {
      await api(`/api/support-requests/${row.childId}/${r.requestId}/accept`, { method: 'POST' });
      $('page-status').textContent = `Begäran för ${row.childDisplayName} är mottagen och finns nu som din insats i barnets plan.`;
      await reload();
    } catch (error) {
      accept.disabled = false;
      $('page-status').textContent = error.message;
    }
  });
  return el('li', { className: 'card', attrs: { 'data-testid': 'support-request' } }, [
    el('h3', {}, [el('a', { text: row.childDisplayName, attrs: { href: `/barn/${row.childId}` } })]),
    el('p', { text: r.question }),
    el('p', { className: 'meta', text: `${r.areas.map(areaLabel).join(', ')} · från ${row.senderName} ${formatShortTime(r.sentAt)}` }),
    el('div', { className: 'row-actions' }, [accept]),
    decline,
  ]);
}

async function start() {
  await startShell({ current: 'requests' });
  const reload = async () => {
    const rows = await api('/api/support-requests');
    $('content').replaceChildren(el('section', { className: 'panel', attrs: { 'aria-labelledby': 'queue-title' } }, [
      el('h2', { text: 'Väntar på svar', attrs: { id: 'queue-title' } }),
      el('p', { className: 'hint', text: 'Begäran från barnkontakter och stödsamordnare. Vårdnadshavarna har samtyckt till att information delas med er verksamhet.' }),
      rows.length
        ? el('ul', { className: 'cards', attrs: { 'data-testid': 'support-request-queue' } }, rows.map((row) => requestCard(row, reload)))
        : el('p', { className: 'empty', attrs: { 'data-testid': 'queue-empty' }, text: 'Ingen begäran väntar.' }),
    ]));
  };
  await reload();
  document.body.dataset.page = 'ready';
}

start().catch((error) => { $('page-status').textContent = error.message; });
