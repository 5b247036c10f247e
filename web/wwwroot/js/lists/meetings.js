// "Möten": the barnteam meetings I am invited to or have convened, upcoming and held, with their
// status; and for a barnkontakt the form to convene one.
import { api } from '../api.js';
import { el, formatShortTime } from '../dom.js';
import { conveneForm } from '../forms/convene-form.js';
import { label, sessionKindLabels, sessionStatusLabels } from '../labels.js';
import { nameOf } from '../people.js';
import { startShell } from '../shell.js';

const $ = (id) => document.getElementById(id);

function row(meeting) {
  return el('li', { className: 'card', data: { sessionId: meeting.sessionId } }, [
    el('h3', {}, [el('a', { text: `${label(sessionKindLabels, meeting.kind)}: ${meeting.childNames.join(', ')}`, attrs: { href: `/meeting.html?session=${meeting.sessionId}` } })]),
    el('p', { className: 'meta' }, [
      el('span', { text: formatShortTime(meeting.scheduledAt) }),
      el('span', { className: 'badge', text: label(sessionStatusLabels, meeting.status, 'Okänd status') }),
      el('span', { text: meeting.convened ? 'Du har kallat' : `Kallat av ${nameOf(meeting.convenerId)}` }),
    ]),
  ]);
}

async function start() {
  const me = await startShell({ current: 'meetings' });
  const [meetings, caseload] = await Promise.all([api('/api/me/overview/meetings'), api('/api/me/children')]);
  const list = (items, testId, empty) => (items.length
    ? el('ul', { className: 'card-list', attrs: { 'data-testid': testId } }, items.map(row))
    : el('p', { className: 'empty', text: empty }));
  const upcoming = meetings.filter((m) => m.status !== 'Closed');
  const held = meetings.filter((m) => m.status === 'Closed').reverse();
  const preselect = new URLSearchParams(window.location.search).get('barn');
  const sections = [
    el('section', { className: 'panel', attrs: { 'aria-labelledby': 'upcoming-title' } }, [el('h2', { text: 'Kommande och pågående', attrs: { id: 'upcoming-title' } }), list(upcoming, 'meetings-upcoming', 'Inga kommande möten.')]),
    el('section', { className: 'panel', attrs: { 'aria-labelledby': 'held-title' } }, [el('h2', { text: 'Hållna', attrs: { id: 'held-title' } }), list(held, 'meetings-held', 'Inga hållna möten ännu.')]),
  ];
  if (caseload.length) {
    sections.unshift(el('section', { className: 'panel', attrs: { 'aria-labelledby': 'convene-title' } }, [
      el('h2', { text: 'Kalla till barnteam', attrs: { id: 'convene-title' } }),
      conveneForm({ me, children: caseload, childId: preselect, onConvened: () => {} }),
    ]));
  }
  $('content').replaceChildren(el('div', { className: 'panels' }, sections));
  document.body.dataset.page = 'ready';
}

start();
