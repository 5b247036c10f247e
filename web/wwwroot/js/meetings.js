// The start page's meetings: "Mina möten" (the barnteam meetings I am invited to) and the form
// with which a barnkontakt convenes a barnteam for one of their children.
import { api } from './api.js';
import { kindLabels, label, statusLabels, warningText } from './meeting/labels.js';
import { el, option, select } from './meeting/dom.js';

const $ = (id) => document.getElementById(id);
const timeFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short' });
const meetingLink = (sessionId) => `/meeting.html?session=${encodeURIComponent(sessionId)}`;

let me = null;
let invitable = [];
let wired = false;

function meetingItem(meeting) {
  const link = el('a', { text: label(kindLabels, meeting.kind), attrs: { href: meetingLink(meeting.sessionId) } });
  const names = (meeting.childNames ?? []).join(', ');
  return el('li', { className: 'meeting-item', data: { sessionId: meeting.sessionId } }, [
    link,
    names ? el('span', { className: 'meeting-children', text: names }) : null,
    el('time', { text: timeFormat.format(new Date(meeting.scheduledAt)), attrs: { datetime: meeting.scheduledAt } }),
    meeting.status ? el('span', { className: 'meeting-status', text: label(statusLabels, meeting.status) }) : null,
    meeting.convenerId === me?.id ? el('span', { className: 'meeting-status', text: 'Du har kallat' }) : null,
  ]);
}

export async function loadMeetings() {
  let meetings;
  try {
    meetings = await api('/api/me/sessions');
  } catch (error) {
    // The rest of the start page works without the meetings; say what went wrong here only.
    $('no-meetings').textContent = `Mötena kunde inte hämtas: ${error.message}`;
    $('no-meetings').hidden = false;
    return;
  }
  $('no-meetings').textContent = 'Inga möten ännu.';
  meetings.sort((a, b) => String(a.scheduledAt).localeCompare(String(b.scheduledAt)));
  $('meeting-list').replaceChildren(...meetings.map(meetingItem));
  $('no-meetings').hidden = meetings.length > 0;
}

/** Keeps the child choice of the convene form equal to my caseload. */
export function setConveneChildren(children) {
  const choice = $('convene-child');
  const previous = choice.value;
  choice.replaceChildren(...children.map((c) => option(c.childId, c.childDisplayName)));
  if (children.some((c) => c.childId === previous)) choice.value = previous;
  // Only a child's barnkontakt convenes its barnteam.
  $('convene-form').hidden = children.length === 0;
  $('no-convene').hidden = children.length > 0;
}

/** A default time: the next whole hour, as a datetime-local value in local time. */
function nextHour() {
  const at = new Date(Date.now() + 60 * 60 * 1000);
  at.setMinutes(0, 0, 0);
  const pad = (n) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** Called on every sign-in: the people I can invite are everyone but me. */
export function initMeetings(signedIn, professionals) {
  me = signedIn;
  $('convene-time').value = nextHour();
  invitable = professionals.filter((p) => p.id !== me.id);
  $('convene-professionals').replaceChildren(...invitable.map((p) => {
    const box = el('input', { attrs: { type: 'checkbox', name: 'professionals', value: p.id, id: `invite-${p.id}` } });
    return el('label', { attrs: { for: box.id } }, [box, ` ${p.name} – ${p.title}`]);
  }));

  if (!wired) wireConveneForm();
  wired = true;
}

function wireConveneForm() {
  const kind = select('kind', Object.entries(kindLabels), { value: 'Individual', id: 'convene-kind' });
  $('convene-kind-slot').replaceWith(el('label', { text: 'Typ av möte', attrs: { for: kind.id } }), kind);
  const form = $('convene-form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const message = $('convene-message');
    message.classList.remove('error');
    message.replaceChildren();
    const data = new FormData(form);
    const when = String(data.get('scheduledAt') || '');
    // The convener takes part too; named here so the others see a name rather than an id.
    const invited = new Set([me.id, ...data.getAll('professionals')]);
    const participants = [me, ...invitable].filter((p) => invited.has(p.id)).map((p) => ({
      participantId: p.id, name: p.name, agency: p.agency, role: p.title, kind: 'Professional',
    }));
    try {
      const created = await api('/api/sessions', {
        method: 'POST',
        body: {
          kind: kind.value,
          childIds: [data.get('childId')].filter(Boolean),
          scheduledAt: when ? new Date(when).toISOString() : null,
          participants,
        },
      });
      const warnings = created.warnings ?? [];
      message.append(
        'Mötet är bokat. ',
        el('a', { text: 'Gå till mötet', attrs: { href: meetingLink(created.sessionId), 'data-testid': 'convened-link' } }),
        warnings.length ? el('ul', { className: 'convene-warnings', attrs: { 'data-testid': 'convene-warnings' } }, warnings.map((text) => el('li', { text: warningText(text) }))) : null,
      );
      await loadMeetings();
    } catch (error) {
      message.textContent = error.message;
      message.classList.add('error');
    }
  });
}
