// The child's concerns and their lifecycle: kvittera, avsluta som hanterad eller hänvisad till
// barnteam, registrera orosanmälan. A concern marked "barnet kan vara i fara" cannot be closed
// until the orosanmälan is recorded: the grain refuses it, and the page says so before anyone tries.
import { api } from '../api.js';
import { el, field, formatShortTime, uniqueId } from '../dom.js';
import { areaLabel, concernSourceLabels, concernStatusLabels, label } from '../labels.js';
import { describePerson, nameOf } from '../people.js';
import { concernForm } from '../forms/concern-form.js';
import { act, formDisclosure, section } from './common.js';
import { createOlderConcerns } from './older-concerns.js';

function localNow() {
  const now = new Date();
  now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
  return now.toISOString().slice(0, 16);
}

export function createConcerns(ctx) {
  const list = el('ol', { className: 'card-list', attrs: { 'data-testid': 'concerns-list' } });
  const empty = el('p', { className: 'empty', text: 'Ingen oro är anmäld.' });
  const raise = formDisclosure('Anmäl oro för barnet', concernForm({ childId: ctx.childId, onRaised: () => ctx.refresh() }), 'raise-concern');
  const forms = new Map(); // concernId:kind -> its disclosure, kept so typing (and an open form) survives a live update
  const older = createOlderConcerns(ctx, item); // older handled concerns are drawn like the others
  const element = section('concerns', 'Oro', [list, empty, older.element, raise]);

  function closeForm(concern) {
    const outcome = el('select', { attrs: { name: 'outcome', 'data-field': 'outcome' } }, [
      el('option', { text: 'Hanterad', attrs: { value: 'Handled' } }),
      el('option', { text: 'Hänvisad till barnteam', attrs: { value: 'ReferredToTeam' } }),
    ]);
    const text = el('textarea', { attrs: { name: 'whatWasDone', rows: 2, maxlength: 4000 } });
    const form = el('form', { className: 'inline-form', attrs: { novalidate: true, method: 'post' } }, [
      field('Avsluta som', outcome), field('Vad gjordes, eller varför barnteamet?', text),
      el('button', { text: 'Avsluta oron', attrs: { type: 'submit' } }),
    ]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      act(ctx, {
        form,
        call: () => api(`/api/children/${ctx.childId}/concerns/${concern.concernId}/close`, { method: 'POST', body: { outcome: outcome.value, whatWasDone: text.value } }),
        done: () => { text.value = ''; ctx.announce('Oron är avslutad.'); },
      });
    });
    return form;
  }

  function reportForm(concern) {
    const madeBy = el('input', { attrs: { name: 'madeBy', autocomplete: 'off', maxlength: 200 } });
    madeBy.value = ctx.me.name;
    const madeAt = el('input', { attrs: { name: 'madeAt', type: 'datetime-local' } });
    madeAt.value = localNow();
    const form = el('form', { className: 'inline-form', attrs: { novalidate: true, method: 'post' } }, [
      field('Vem gjorde orosanmälan?', madeBy), field('När?', madeAt),
      el('button', { text: 'Registrera orosanmälan', attrs: { type: 'submit' } }),
    ]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      act(ctx, {
        form,
        call: () => api(`/api/children/${ctx.childId}/concerns/${concern.concernId}/mandatory-report`, {
          method: 'POST', body: { madeBy: madeBy.value, madeAt: madeAt.value ? new Date(madeAt.value).toISOString() : null },
        }),
        done: () => ctx.announce('Orosanmälan är registrerad.'),
      });
    });
    return form;
  }

  function kept(concern, kind, make) {
    const key = `${concern.concernId}:${kind}`;
    if (!forms.has(key)) forms.set(key, make(concern));
    return forms.get(key);
  }

  function item(concern) {
    const reportMissing = concern.mandatoryReportRequired && !concern.mandatoryReport;
    const open = concern.status === 'Open';
    const acknowledged = concern.status === 'Acknowledged';
    const headingId = uniqueId('concern');
    const acknowledge = el('button', {
      text: 'Kvittera', attrs: { type: 'button', 'aria-describedby': headingId },
      on: { click: () => act(ctx, { call: () => api(`/api/children/${ctx.childId}/concerns/${concern.concernId}/acknowledge`, { method: 'POST' }), done: () => ctx.announce('Oron är kvitterad.') }) },
    });
    return el('li', { className: `card concern-card status-${concern.status}`, data: { concernId: concern.concernId, status: concern.status } }, [
      el('h3', { attrs: { id: headingId } }, [
        `${label(concernStatusLabels, concern.status)}: `,
        concern.areas.map(areaLabel).join(', '),
      ]),
      el('p', { className: 'concern-text', text: concern.text }),
      el('p', { className: 'meta' }, [
        el('span', { text: `Anmäld av ${describePerson(concern.reporterId)}` }),
        el('span', { text: formatShortTime(concern.raisedAt) }),
        concern.source ? el('span', { text: label(concernSourceLabels, concern.source) }) : null,
        concern.onBehalfOfGuardian ? el('span', { text: `För vårdnadshavare: ${concern.onBehalfOfGuardian}` }) : null,
      ]),
      concern.mandatoryReportRequired ? el('p', { className: `badge ${reportMissing ? 'danger' : 'ok'}`, attrs: { 'data-testid': 'mandatory-report' } },
        [reportMissing ? 'Barnet kan vara i fara – orosanmälan till socialtjänsten ska göras'
          : `Orosanmälan gjord av ${concern.mandatoryReport.madeBy} ${formatShortTime(concern.mandatoryReport.madeAt)} (registrerad av ${nameOf(concern.mandatoryReport.recordedBy)})`]) : null,
      !concern.mandatoryReportRequired && concern.mandatoryReport ? el('p', { className: 'badge ok', text: `Orosanmälan gjord av ${concern.mandatoryReport.madeBy} ${formatShortTime(concern.mandatoryReport.madeAt)}` }) : null,
      concern.escalatedAt ? el('p', { className: 'badge danger', attrs: { 'data-testid': 'escalated' }, text: `Eskalerad ${formatShortTime(concern.escalatedAt)}${concern.escalatedTo ? ` till ${nameOf(concern.escalatedTo)}` : ''}: inte kvitterad i tid` }) : null,
      concern.acknowledgedAt ? el('p', { className: 'changed', text: `Kvitterad av ${nameOf(concern.acknowledgedBy)} ${formatShortTime(concern.acknowledgedAt)}` }) : null,
      concern.outcome ? el('p', { className: 'changed', text: `${concern.status === 'Handled' ? 'Hanterad' : 'Hänvisad till barnteam'} ${formatShortTime(concern.closedAt)}: ${concern.outcome}` }) : null,
      el('div', { className: 'row-actions' }, [
        open && ctx.can('AcknowledgeConcern') ? acknowledge : null,
      ]),
      !concern.mandatoryReport && ctx.can('RecordMandatoryReport') && (concern.mandatoryReportRequired || concern.status !== 'Handled')
        ? kept(concern, 'report', (c) => formDisclosure('Registrera orosanmälan', reportForm(c), 'report-form')) : null,
      acknowledged && ctx.can('CloseConcern')
        ? (reportMissing
          ? el('p', { className: 'notice', text: 'Oron kan inte avslutas förrän orosanmälan är registrerad.', attrs: { 'data-testid': 'close-blocked' } })
          : kept(concern, 'close', (c) => formDisclosure('Avsluta oron', closeForm(c), 'close-form')))
        : null,
    ]);
  }

  function update(child) {
    const concerns = [...(child.concerns ?? [])].sort((a, b) => b.raisedAt.localeCompare(a.raisedAt));
    list.replaceChildren(...concerns.map(item));
    empty.hidden = concerns.length > 0 || (child.archivedHandledConcerns ?? 0) > 0;
    older.update(child);
    // Anyone with the page open may raise a new concern about the child.
  }

  return { element, update };
}
