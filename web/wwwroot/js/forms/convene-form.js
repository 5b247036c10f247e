// "Kalla till barnteam": the barnkontakt of a child convenes its barnteam. Only practitioners are
// offered as invitees (never the convener herself); guardians and the child can be named too.
import { api } from '../api.js';
import { showFormError, showFormErrors, clearFormErrors } from '../errors.js';
import { el, field, option } from '../dom.js';
import { sessionKindLabels, warningText } from '../labels.js';
import { practitioners } from '../people.js';
import { burdenPanel } from '../burden.js';

const meetingLink = (sessionId) => `/meeting.html?session=${encodeURIComponent(sessionId)}`;

// The family's meeting ids are made from the child's id, so the guardians and the child can join
// from their own devices (see FamilyParticipants.cs); never a name or personnummer.
const compactId = (childId) => String(childId).replaceAll('-', '').toLowerCase();
export const guardianParticipantId = (childId, number) => `vh${number}-${compactId(childId)}`;
export const childParticipantId = (childId) => `barn-${compactId(childId)}`;

// The behovskompass "jag"-statements are written for a child who reads with support: from 7 the
// form suggests that the child takes part; the convener decides for each meeting.
export const childInvitedFromAge = 7;

/** A default time: the next whole hour, as a datetime-local value in local time. */
function nextHour() {
  const at = new Date(Date.now() + 60 * 60 * 1000);
  at.setMinutes(0, 0, 0);
  const pad = (n) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

export function conveneForm({ me, children, childId = null, onConvened = () => {} }) {
  const child = el('select', { attrs: { id: 'convene-child', name: 'childId' } }, children.map((c) => option(c.childId, c.childDisplayName ?? c.displayName)));
  if (childId) child.value = childId;
  const kind = el('select', { attrs: { id: 'convene-kind', name: 'kind' } }, Object.entries(sessionKindLabels).map(([value, text]) => option(value, text)));
  const time = el('input', { attrs: { id: 'convene-time', name: 'scheduledAt', type: 'datetime-local' } });
  time.value = nextHour();
  const invitees = practitioners().filter((p) => p.id !== me.id).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const professionals = el('div', { className: 'invitees', attrs: { id: 'convene-professionals' } }, invitees.map((p) => {
    const box = el('input', { attrs: { type: 'checkbox', name: 'professionals', value: p.id, id: `invite-${p.id}` } });
    return el('label', { attrs: { for: box.id } }, [box, ` ${p.name} – ${p.title}${p.unit ? `, ${p.unit}` : ''}`]);
  }));
  const guardian1 = el('input', { attrs: { id: 'convene-guardian-1', name: 'guardian1', autocomplete: 'off', maxlength: 200 } });
  const guardian2 = el('input', { attrs: { id: 'convene-guardian-2', name: 'guardian2', autocomplete: 'off', maxlength: 200 } });
  const withChild = el('input', { attrs: { type: 'checkbox', id: 'convene-with-child', name: 'withChild' } });
  const message = el('div', { className: 'form-message', attrs: { role: 'status', id: 'convene-message' } });
  const childHint = el('p', { className: 'hint', attrs: { id: 'convene-child-hint' } });
  withChild.setAttribute('aria-describedby', childHint.id);

  // One read of the chosen child's record serves the family suggestion and the meeting burden
  // (each read is an audited access).
  let recordRead = null;
  const readRecord = () => {
    const id = child.value;
    if (recordRead?.id !== id) recordRead = { id, record: api(`/api/children/${encodeURIComponent(id)}`) };
    return recordRead.record;
  };

  /** Suggests the family from the record: the guardians' names, and the child from age 7. */
  async function suggestFamily() {
    if (!child.value) return;
    try {
      const record = await readRecord();
      const guardians = record.guardians ?? [];
      [guardian1, guardian2].forEach((input, i) => { if (!input.value) input.value = guardians[i]?.name ?? ''; });
      if (typeof record.age === 'number') {
        withChild.checked = record.age >= childInvitedFromAge;
        childHint.textContent = `Barnet är ${record.age} år. Förslag: barn från ${childInvitedFromAge} år är med och skattar själva. Du väljer.`;
      }
    } catch {
      childHint.textContent = '';
    }
  }
  child.addEventListener('change', () => { guardian1.value = ''; guardian2.value = ''; suggestFamily(); });
  suggestFamily();
  // Before a new meeting: the forums the chosen child is already in and how many meetings there were lately.
  const burden = el('div', { attrs: { 'data-testid': 'convene-burden', 'aria-live': 'polite' } });
  async function showBurden() {
    if (!child.value) { burden.replaceChildren(); return; }
    try {
      const record = await readRecord();
      burden.replaceChildren(...[burdenPanel(record.meetingBurden, { hasBarnteam: (record.teamMeetings ?? []).length > 0 })].filter(Boolean));
    } catch {
      // The convene form still works; the server answers the convening with its own warnings.
      burden.replaceChildren();
    }
  }
  child.addEventListener('change', showBurden);
  showBurden();

  const form = el('form', { attrs: { id: 'convene-form', novalidate: true, method: 'post' } }, [
    field('Barn', child),
    burden,
    field('Typ av möte', kind),
    field('Tid', time),
    el('fieldset', {}, [el('legend', { text: 'Bjud in yrkespersoner' }), professionals]),
    el('fieldset', {}, [
      el('legend', { text: 'Familjen' }),
      field('Vårdnadshavare 1 (namn)', guardian1),
      field('Vårdnadshavare 2 (namn)', guardian2),
      el('label', { className: 'check', attrs: { for: withChild.id } }, [withChild, ' Barnet deltar']),
      childHint,
    ]),
    el('button', { text: 'Kalla till mötet', attrs: { type: 'submit' } }),
    message,
  ]);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.replaceChildren();
    if (!time.value) {
      showFormErrors(form, [{ control: time, text: 'Välj en tid för mötet.' }]);
      return;
    }
    clearFormErrors(form);
    const chosen = new Set(new FormData(form).getAll('professionals'));
    const childName = child.selectedOptions[0]?.textContent ?? 'Barnet';
    const participants = invitees.filter((p) => chosen.has(p.id)).map((p) => ({
      participantId: p.id, name: p.name, agency: p.agency, role: p.title, kind: 'Professional',
    }));
    [guardian1, guardian2].forEach((input, i) => {
      if (input.value.trim()) participants.push({ participantId: guardianParticipantId(child.value, i + 1), name: input.value.trim(), agency: null, role: 'Vårdnadshavare', kind: 'Guardian' });
    });
    if (withChild.checked) participants.push({ participantId: childParticipantId(child.value), name: childName, agency: null, role: null, kind: 'Child' });
    try {
      const created = await api('/api/sessions', {
        method: 'POST',
        body: { kind: kind.value, childIds: [child.value].filter(Boolean), scheduledAt: new Date(time.value).toISOString(), participants },
      });
      const warnings = created.warnings ?? [];
      message.append('Mötet är bokat. ', el('a', { text: 'Gå till mötet', attrs: { href: meetingLink(created.sessionId), 'data-testid': 'convened-link' } }));
      if (warnings.length) {
        message.append(el('ul', { className: 'convene-warnings', attrs: { 'data-testid': 'convene-warnings' } }, warnings.map((text) => el('li', { text: warningText(text) }))));
      }
      onConvened(created);
    } catch (error) {
      showFormError(form, error, { fieldMap: { childIds: 'childId', scheduledAt: 'scheduledAt', participants: 'professionals' } });
    }
  });
  return form;
}
