// The guardians' consent per kind of agency (record, revoke, valid until) and the other forums
// the child is in (SIP, BUS, BOB, Islandsmodellen): "one child, one plan".
import { api } from '../api.js';
import { el, field, formatDate, formatShortTime, headingRow, option, scrollBox, swedishToday } from '../dom.js';
import { agencyLabels, label, linkedProcessKindLabels, linkedProcessStatusLabels } from '../labels.js';
import { nameOf } from '../people.js';
import { act, formDisclosure, section } from './common.js';

function consentForm(ctx) {
  const agency = el('select', { attrs: { name: 'agency' } }, Object.entries(agencyLabels).map(([v, t]) => option(v, t)));
  const givenBy = el('input', { attrs: { name: 'givenBy', autocomplete: 'off', maxlength: 200 } });
  const givenOn = el('input', { attrs: { name: 'givenOn', type: 'date' } });
  givenOn.value = swedishToday();
  const validUntil = el('input', { attrs: { name: 'validUntil', type: 'date' } });
  const form = el('form', { attrs: { novalidate: true, method: 'post', 'data-testid': 'consent-form' } }, [
    field('Dela med', agency), field('Vårdnadshavare som gav samtycket', givenBy),
    field('Givet', givenOn), field('Gäller till och med (valfritt)', validUntil),
    el('button', { text: 'Registrera samtycke', attrs: { type: 'submit' } }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    act(ctx, {
      form,
      call: () => api(`/api/children/${ctx.childId}/consents`, {
        method: 'POST', body: { agency: agency.value, givenBy: givenBy.value, givenOn: givenOn.value || null, validUntil: validUntil.value || null },
      }),
      done: () => { givenBy.value = ''; validUntil.value = ''; ctx.announce('Samtycket är registrerat.'); },
    });
  });
  return form;
}

function processForm(ctx) {
  const kind = el('select', { attrs: { name: 'kind' } }, Object.entries(linkedProcessKindLabels).map(([v, t]) => option(v, t)));
  const status = el('select', { attrs: { name: 'status' } }, Object.entries(linkedProcessStatusLabels).map(([v, t]) => option(v, t)));
  status.value = 'Active';
  const responsible = el('input', { attrs: { name: 'responsible', autocomplete: 'off', maxlength: 200 } });
  const note = el('input', { attrs: { name: 'note', autocomplete: 'off', maxlength: 1000 } });
  const form = el('form', { attrs: { novalidate: true, method: 'post', 'data-testid': 'process-form' } }, [
    field('Forum', kind), field('Status', status), field('Ansvarig (verksamhet eller person)', responsible), field('Anteckning', note),
    el('button', { text: 'Lägg till forum', attrs: { type: 'submit' } }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    act(ctx, {
      form,
      call: () => api(`/api/children/${ctx.childId}/linked-processes`, { method: 'POST', body: { kind: kind.value, status: status.value, responsible: responsible.value, note: note.value || null } }),
      done: () => { responsible.value = ''; note.value = ''; ctx.announce('Forumet är registrerat.'); },
    });
  });
  return form;
}

export function createSharing(ctx) {
  const consents = scrollBox('Samtycken', []);
  const addConsent = formDisclosure('Registrera samtycke', consentForm(ctx), 'record-consent');
  const processes = scrollBox('Andra samverkansforum', []);
  const addProcess = formDisclosure('Lägg till forum', processForm(ctx), 'add-process');
  const element = section('sharing', 'Samtycke och andra forum', [
    el('h3', { text: 'Vårdnadshavarnas samtycke till informationsdelning' }), consents, addConsent,
    el('h3', { text: 'Andra samverkansforum' }), processes, addProcess,
  ]);

  function update(child) {
    const today = swedishToday();
    const list = child.consents ?? [];
    consents.replaceChildren(list.length === 0 ? el('p', { className: 'empty', text: 'Inget samtycke registrerat.' }) : el('table', { className: 'data-table', attrs: { 'data-testid': 'consents' } }, [
      el('caption', { className: 'visually-hidden', text: 'Samtycken' }),
      el('thead', {}, [headingRow(['Verksamhet', 'Givet av', 'Giltigt', 'Status', ''])]),
      el('tbody', {}, list.map((c) => {
        const inForce = !c.revokedAt && c.grant.givenOn <= today && (!c.grant.validUntil || today <= c.grant.validUntil);
        return el('tr', { data: { consentId: c.consentId } }, [
          el('td', { text: label(agencyLabels, c.grant.agency) }),
          el('td', { text: c.grant.givenBy }),
          el('td', { text: `${formatDate(c.grant.givenOn)} – ${c.grant.validUntil ? formatDate(c.grant.validUntil) : 'tills vidare'}` }),
          el('td', {}, [el('span', { className: `badge ${inForce ? 'ok' : ''}`, text: c.revokedAt ? `Återkallat ${formatShortTime(c.revokedAt)} av ${nameOf(c.revokedBy)}` : inForce ? 'Gäller' : 'Gäller inte' })]),
          el('td', {}, [!c.revokedAt && ctx.can('RecordConsent') ? el('button', {
            text: 'Återkalla', className: 'link danger', attrs: { type: 'button', 'aria-label': `Återkalla samtycket för ${label(agencyLabels, c.grant.agency)}` },
            on: { click: () => act(ctx, { call: () => api(`/api/children/${ctx.childId}/consents/${c.consentId}/revoke`, { method: 'POST' }), done: () => ctx.announce('Samtycket är återkallat.') }) },
          }) : null]),
        ]);
      })),
    ]));
    addConsent.hidden = !ctx.can('RecordConsent');

    const forums = child.linkedProcesses ?? [];
    processes.replaceChildren(forums.length === 0 ? el('p', { className: 'empty', text: 'Barnet finns inte i något annat forum.' }) : el('table', { className: 'data-table', attrs: { 'data-testid': 'linked-processes' } }, [
      el('caption', { className: 'visually-hidden', text: 'Andra samverkansforum' }),
      el('thead', {}, [el('tr', {}, ['Forum', 'Ansvarig', 'Status', 'Anteckning'].map((h) => el('th', { text: h, attrs: { scope: 'col' } })))]),
      el('tbody', {}, forums.map((p) => el('tr', {}, [
        el('td', { text: label(linkedProcessKindLabels, p.process.kind) }),
        el('td', { text: p.process.responsible }),
        el('td', {}, [ctx.can('EditLinkedProcesses') ? statusSelect(ctx, p) : label(linkedProcessStatusLabels, p.process.status)]),
        el('td', { text: p.process.note ?? '' }),
      ]))),
    ]));
    addProcess.hidden = !ctx.can('EditLinkedProcesses');
    element.hidden = child.access?.view !== 'Full';
  }

  return { element, update };
}

function statusSelect(ctx, p) {
  const select = el('select', { attrs: { 'aria-label': `Status för ${label(linkedProcessKindLabels, p.process.kind)}` } },
    Object.entries(linkedProcessStatusLabels).map(([v, t]) => option(v, t)));
  select.value = p.process.status;
  select.addEventListener('change', () => act(ctx, {
    call: () => api(`/api/children/${ctx.childId}/linked-processes/${p.processId}`, { method: 'PUT', body: { ...p.process, status: select.value } }),
    done: () => ctx.announce('Forumets status är ändrad.'),
  }));
  return select;
}
