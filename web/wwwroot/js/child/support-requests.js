// Begäran om insats: the barnkontakt or stödsamordnare asks another kind of agency for support with
// a question and the needs areas; only agencies the guardians consented to can be chosen (the server
// checks again). The answers show here, a decline with its reason.
import { api } from '../api.js';
import { el, field, fill, formatShortTime, option } from '../dom.js';
import { agencyLabels, areaLabel, label, needsAreas } from '../labels.js';
import { nameOf } from '../people.js';
import { act, formDisclosure, section } from './common.js';

const statusText = { Sent: 'Skickad, väntar på svar', Accepted: 'Godtagen', Declined: 'Avböjd' };

export function createSupportRequests(ctx) {
  const list = el('ul', { className: 'cards', attrs: { 'data-testid': 'support-request-list' } });
  const formSlot = el('div');
  const element = section('support-requests', 'Begäran om insats', [list, formSlot]);
  let form = null;

  function sendForm(consented) {
    const agency = el('select', { attrs: { id: 'request-agency', name: 'toAgency' } }, [option('', 'Välj verksamhet'), ...consented.map((a) => option(a, label(agencyLabels, a)))]);
    const question = el('textarea', { attrs: { id: 'request-question', name: 'question', rows: 3, maxlength: 2000 } });
    const areas = el('fieldset', { attrs: { id: 'request-areas' } }, [el('legend', { text: 'Områden i behovskompassen' }),
      ...needsAreas.map(([code, name]) => el('label', { className: 'check' }, [el('input', { attrs: { type: 'checkbox', name: 'areas', value: code } }), ` ${name}`]))]);
    const made = el('form', { attrs: { novalidate: true, 'data-testid': 'support-request-form' } }, [
      el('p', { className: 'hint', text: 'Du kan bara välja verksamheter som vårdnadshavarna har samtyckt till att information delas med.' }),
      field('Till verksamhet', agency), field('Frågan', question), areas,
      el('button', { text: 'Skicka begäran', attrs: { type: 'submit' } }),
    ]);
    made.addEventListener('submit', (event) => {
      event.preventDefault();
      const chosen = new FormData(made).getAll('areas');
      act(ctx, {
        form: made,
        call: () => api(`/api/children/${ctx.childId}/support-requests`, { method: 'POST', body: { toAgency: agency.value || null, question: question.value, areas: chosen } }),
        done: () => { made.reset(); ctx.announce('Begäran om insats är skickad.'); },
        fieldMap: { toAgency: 'toAgency', question: 'question', areas: 'areas' },
      });
    });
    return formDisclosure('Skicka en begäran om insats', made, 'support-request-disclosure');
  }

  function update(child) {
    element.hidden = child.access?.view !== 'Full';
    const requests = child.supportRequests ?? [];
    fill(list, ...(requests.length ? requests.map((r) => el('li', { className: 'card', attrs: { 'data-testid': 'support-request' } }, [
      el('h3', { text: `Till ${label(agencyLabels, r.toAgency)}: ${statusText[r.status] ?? ''}` }),
      el('p', { text: r.question }),
      el('p', { className: 'meta', text: `${r.areas.map(areaLabel).join(', ')} · skickad av ${nameOf(r.sentBy)} ${formatShortTime(r.sentAt)}` }),
      r.status === 'Declined' ? el('p', { className: 'notice', attrs: { 'data-testid': 'decline-reason' }, text: `Skäl: ${r.declineReason}` }) : null,
      r.status === 'Accepted' ? el('p', { className: 'changed', text: `Godtagen av ${nameOf(r.answeredBy)} ${formatShortTime(r.answeredAt)} – finns nu som insats i planen` }) : null,
    ])) : [el('li', { className: 'empty', text: 'Ingen begäran om insats är skickad.' })]));
    if (ctx.can('SendSupportRequest')) {
      // Kept across live updates so what is typed survives; rebuilt only when the consents change.
      const consented = (child.consentedAgencies ?? []).join(',');
      if (!form || form.dataset.consented !== consented) {
        form = sendForm(child.consentedAgencies ?? []);
        form.dataset.consented = consented;
      }
      fill(formSlot, form);
    } else {
      fill(formSlot);
    }
  }

  return { element, update };
}
