// The barnkontakt role: handover (överlämning) proposed with its summary, answered by the receiver
// (who comes here from the notification), withdrawn; and the family declining support.
import { api } from '../api.js';
import { el, fill, field, formatShortTime, option } from '../dom.js';
import { contactRoleLabels, handoverTriggerLabels, label } from '../labels.js';
import { childContacts, describePerson, nameOf } from '../people.js';
import { act, formDisclosure, section } from './common.js';

function proposeForm(ctx) {
  const to = el('select', { attrs: { name: 'toProfessionalId' } });
  const trigger = el('select', { attrs: { name: 'trigger' } }, Object.entries(handoverTriggerLabels).map(([v, t]) => option(v, t)));
  const supportGiven = el('textarea', { attrs: { name: 'supportGiven', rows: 3, maxlength: 4000 } });
  const whatWorked = el('textarea', { attrs: { name: 'whatWorked', rows: 3, maxlength: 4000 } });
  const exception = el('input', { attrs: { type: 'checkbox', name: 'isException', id: 'handover-exception' } });
  const reason = el('textarea', { attrs: { name: 'exceptionReason', rows: 2, maxlength: 1000 } });
  const form = el('form', { attrs: { novalidate: true, method: 'post', 'data-testid': 'handover-form' } }, [
    field('Till', to), field('Anledning', trigger),
    field('Vilket stöd har barnet fått?', supportGiven), field('Vad har fungerat?', whatWorked),
    el('label', { className: 'check', attrs: { for: exception.id } }, [exception, ' Undantag från livsfaserna']),
    field('Skäl till undantaget', reason),
    el('button', { text: 'Föreslå överlämning', attrs: { type: 'submit' } }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    act(ctx, {
      form,
      call: () => api(`/api/children/${ctx.childId}/handover`, {
        method: 'POST',
        body: { toProfessionalId: to.value, trigger: trigger.value, supportGiven: supportGiven.value, whatWorked: whatWorked.value, isException: exception.checked, exceptionReason: reason.value || null },
      }),
      done: () => ctx.announce('Överlämningen är föreslagen. Mottagaren får en notis.'),
      fieldMap: { toRole: 'toProfessionalId' },
    });
  });
  return { form, fill: (child) => {
    const previous = to.value;
    to.replaceChildren(...childContacts().filter((p) => p.id !== child.childContactId)
      .map((p) => option(p.id, `${p.name} – ${p.title}${p.unit ? `, ${p.unit}` : ''}`)));
    if (previous) to.value = previous;
  } };
}

function declineForm(ctx) {
  const reason = el('textarea', { attrs: { name: 'reason', rows: 2, maxlength: 1000 } });
  const form = el('form', { attrs: { novalidate: true, method: 'post', 'data-testid': 'decline-form' } }, [
    field('Familjens skäl (valfritt)', reason),
    el('button', { text: 'Registrera att familjen avböjer stöd', attrs: { type: 'submit' } }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    act(ctx, {
      form,
      call: () => api(`/api/children/${ctx.childId}/support-decline`, { method: 'POST', body: { reason: reason.value || null } }),
      done: () => { reason.value = ''; ctx.announce('Familjens avböjande är registrerat.'); },
    });
  });
  return form;
}

export function createHandover(ctx) {
  const pending = el('div', { attrs: { 'data-testid': 'pending-handover' } });
  const propose = proposeForm(ctx);
  const proposeDisclosure = formDisclosure('Föreslå överlämning av barnkontaktsrollen', propose.form, 'propose-handover');
  const decline = el('div', { attrs: { 'data-testid': 'support-decline' } });
  const declineDisclosure = formDisclosure('Familjen avböjer stöd', declineForm(ctx), 'decline-support');
  const history = el('div');
  const element = section('handover', 'Barnkontakt och överlämning', [pending, proposeDisclosure, decline, declineDisclosure, history]);

  const button = (text, call, done, className = '') => el('button', {
    text, className, attrs: { type: 'button' }, on: { click: () => act(ctx, { call, done }) },
  });

  function update(child) {
    const proposal = child.pendingHandover;
    const toMe = proposal?.handover.toProfessionalId === ctx.me.id;
    fill(pending, ...(proposal ? [
      el('p', { className: 'notice', text: toMe
        ? `${nameOf(proposal.proposedBy)} föreslår att du tar över barnkontaktsrollen för ${child.displayName} (${formatShortTime(proposal.proposedAt)}).`
        : `Överlämning föreslagen till ${describePerson(proposal.handover.toProfessionalId)} (${formatShortTime(proposal.proposedAt)}).` }),
      el('dl', { className: 'facts' }, [
        el('dt', { text: 'Stöd hittills' }), el('dd', { text: proposal.handover.supportGiven }),
        el('dt', { text: 'Det här har fungerat' }), el('dd', { text: proposal.handover.whatWorked }),
        proposal.handover.exceptionReason ? el('dt', { text: 'Undantag' }) : null,
        proposal.handover.exceptionReason ? el('dd', { text: proposal.handover.exceptionReason }) : null,
      ]),
      el('div', { className: 'row-actions' }, [
        ctx.can('AnswerHandover') ? button('Ta över barnkontaktsrollen', () => api(`/api/children/${ctx.childId}/handover/accept`, { method: 'POST' }), () => ctx.announce('Du är nu barnets barnkontakt.')) : null,
        ctx.can('AnswerHandover') ? button('Avböj', () => api(`/api/children/${ctx.childId}/handover/withdraw`, { method: 'POST' }), () => ctx.announce('Du har avböjt överlämningen.'), 'secondary') : null,
        ctx.can('WithdrawHandover') && !toMe ? button('Återta förslaget', () => api(`/api/children/${ctx.childId}/handover/withdraw`, { method: 'POST' }), () => ctx.announce('Förslaget är återtaget.'), 'secondary') : null,
      ]),
    ] : []));
    proposeDisclosure.hidden = !ctx.can('ProposeHandover');
    if (!proposeDisclosure.hidden) propose.fill(child);

    const declined = child.supportDeclined;
    fill(decline, ...(declined ? [
      el('p', { className: 'notice', text: `Familjen avböjde stöd från barnkontakt ${formatShortTime(declined.declinedAt)}${declined.reason ? `: ${declined.reason}` : ''}. Oro når ändå barnkontakten, men inget barnteam kan kallas.` }),
      ctx.can('RecordDecline') ? button('Familjen tar tillbaka sitt avböjande', () => api(`/api/children/${ctx.childId}/support-decline`, { method: 'DELETE' }), () => ctx.announce('Avböjandet är återtaget.'), 'secondary') : null,
    ] : []));
    declineDisclosure.hidden = Boolean(declined) || !ctx.can('RecordDecline');

    const periods = child.contactHistory ?? [];
    fill(history, ...(periods.length ? [
      el('h3', { text: 'Barnkontakter över tid' }),
      el('ul', {}, periods.map((p) => el('li', {}, [
        `${label(contactRoleLabels, p.role)}: ${describePerson(p.professionalId)}, från ${formatShortTime(p.from)}${p.until ? ` till ${formatShortTime(p.until)}` : ''}`,
        p.receivedSummary ? el('p', { className: 'hint', text: `Överlämnat: ${p.receivedSummary.supportGiven} Det här fungerade: ${p.receivedSummary.whatWorked}` }) : null,
      ]))),
    ] : []));
    element.hidden = !proposal && !ctx.can('ProposeHandover') && !declined && !ctx.can('RecordDecline') && periods.length === 0;
  }

  return { element, update };
}
