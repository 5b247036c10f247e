// The child's chronology (who did what, when; written by the system, never a copy of free text)
// and the child's meetings, upcoming and held.
import { api } from '../api.js';
import { el, formatShortTime } from '../dom.js';
import { label, sessionKindLabels, sessionStatusLabels } from '../labels.js';
import { nameOf } from '../people.js';
import { section } from './common.js';

export function createMeetings(ctx) {
  const upcoming = el('ul', { className: 'card-list', attrs: { 'data-testid': 'child-meetings-upcoming' } });
  const held = el('ul', { className: 'card-list', attrs: { 'data-testid': 'child-meetings-held' } });
  const convene = el('p');
  const element = section('meetings', 'Barnteam-möten', [el('h3', { text: 'Kommande' }), upcoming, el('h3', { text: 'Hållna' }), held, convene]);

  async function update(child) {
    let mine = [];
    try {
      mine = (await api('/api/me/overview/meetings')).filter((m) => m.childIds.includes(ctx.childId) && m.status !== 'Closed');
    } catch {
      mine = [];
    }
    upcoming.replaceChildren(...(mine.length ? mine.map((m) => el('li', { className: 'card' }, [
      el('a', { text: `${label(sessionKindLabels, m.kind)} ${formatShortTime(m.scheduledAt)}`, attrs: { href: `/meeting.html?session=${m.sessionId}` } }),
      el('span', { className: 'meta', text: label(sessionStatusLabels, m.status) }),
    ])) : [el('li', { className: 'empty', text: 'Inga kommande möten som du är kallad till.' })]));
    const meetings = [...(child.teamMeetings ?? [])].sort((a, b) => b.heldAt.localeCompare(a.heldAt));
    held.replaceChildren(...(meetings.length ? meetings.map((m) => el('li', { className: 'card' }, [
      el('strong', { text: `Barnteam ${formatShortTime(m.heldAt)}` }),
      el('span', { className: 'meta', text: `Kallat av ${nameOf(m.convenerId)}; ${m.participantIds.length} deltagare` }),
      m.minutes ? el('p', { text: m.minutes }) : null,
    ])) : [el('li', { className: 'empty', text: 'Inga möten hållna ännu.' })]));
    convene.replaceChildren(ctx.can('ConveneTeam') ? el('a', { text: 'Kalla till barnteam', attrs: { href: `/moten.html?barn=${ctx.childId}` } }) : '');
  }

  return { element, update };
}

export function createChronology(ctx) {
  const list = el('ol', { className: 'chronology', attrs: { 'data-testid': 'chronology' } });
  const element = section('chronology', 'Kronologi', [list]);

  async function update(child) {
    element.hidden = child.access?.view !== 'Full';
    if (element.hidden) return;
    const entries = await api(`/api/children/${ctx.childId}/chronology`);
    list.replaceChildren(...entries.map((e) => el('li', {}, [
      el('time', { text: formatShortTime(e.at), attrs: { datetime: e.at } }),
      ' ',
      el('span', { text: e.summary }),
      el('span', { className: 'changed', text: nameOf(e.actorId) }),
    ])));
  }

  return { element, update };
}
