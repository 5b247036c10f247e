// The parts of the family view that only show: who is here, what the meeting is about, the
// views side by side after the reveal, and the plan as the meeting shared it.
import { el, formatShortTime } from '../dom.js';
import { actionStatusLabels, sessionKindLabels } from '../labels.js';
import { familyAgencyWords, meetingStatusWords, presenceWords, ratingOf, statements } from './words.js';

export function aboutSection(view) {
  return el('section', { className: 'card', attrs: { 'aria-labelledby': 'about-heading' } }, [
    el('h2', { text: 'Om mötet', attrs: { id: 'about-heading' } }),
    el('p', { text: `Vi träffas för att prata om hur ${view.child.displayName} har det, och vad som kan hjälpa.` }),
    el('p', { text: `${sessionKindLabels[view.kind] ?? 'Möte'}, ${formatShortTime(view.scheduledAt)}.` }),
    el('p', { className: 'status', text: meetingStatusWords[view.status] ?? '', attrs: { 'data-testid': 'family-status' } }),
  ]);
}

export function presenceSection(view) {
  return el('section', { className: 'card', attrs: { 'aria-labelledby': 'presence-heading' } }, [
    el('h2', { text: 'Vilka är med', attrs: { id: 'presence-heading' } }),
    el('ul', { className: 'people', attrs: { 'data-testid': 'family-presence' } }, view.participants.map((p) =>
      el('li', { data: { presence: p.presence } }, [
        el('span', { className: 'name', text: p.name }),
        el('span', { className: 'role', text: p.role ?? (p.kind === 'Child' ? 'Barnet' : '') }),
        el('span', { className: 'presence', text: presenceWords[p.presence] ?? '' }),
      ]))),
  ]);
}

/** After the reveal: the child's own view, the guardians' and the team's, side by side. */
export function viewsSection(view) {
  const child = view.child;
  if (!child.revealed) {
    return el('section', { className: 'card', attrs: { 'aria-labelledby': 'views-heading' } }, [
      el('h2', { text: 'Allas svar', attrs: { id: 'views-heading' } }),
      el('p', { text: 'Svaren visas när mötet visar allas svar samtidigt.', attrs: { 'data-testid': 'views-hidden' } }),
    ]);
  }
  const value = (ratings, area) => String(ratingOf(ratings, area) ?? '–');
  return el('section', { className: 'card', attrs: { 'aria-labelledby': 'views-heading' } }, [
    el('h2', { text: 'Allas svar', attrs: { id: 'views-heading' } }),
    el('p', { text: '1 betyder inte alls, 5 betyder ja, helt.' }),
    el('div', { className: 'table-wrap', attrs: { role: 'region', 'aria-label': 'Allas svar', tabindex: '0' } }, [
      el('table', { className: 'views', attrs: { 'data-testid': 'family-views' } }, [
        el('thead', {}, [el('tr', {}, ['Område', 'Barnets egen syn', 'Vårdnadshavarnas syn', 'Barnteamets samsyn'].map((h) => el('th', { text: h, attrs: { scope: 'col' } })))]),
        el('tbody', {}, statements.map(({ area, words }) => el('tr', { data: { area } }, [
          el('th', { text: words, attrs: { scope: 'row' } }),
          el('td', { text: value(child.childOwnView, area) }),
          el('td', { text: value(child.guardianView, area) }),
          el('td', { text: value(child.consensus, area) }),
        ]))),
      ]),
    ]),
  ]);
}

export function planSection(view, planLink) {
  const child = view.child;
  return el('section', { className: 'card', attrs: { 'aria-labelledby': 'plan-heading', 'data-testid': 'family-plan' } }, [
    el('h2', { text: 'Planen', attrs: { id: 'plan-heading' } }),
    el('h3', { text: 'Det här vill vi uppnå' }),
    child.goals.length
      ? el('ul', {}, child.goals.map((g) => el('li', { text: g.text })))
      : el('p', { text: 'Inga mål är skrivna än.' }),
    el('h3', { text: 'Vem gör vad' }),
    child.actions.length
      ? el('ul', { className: 'actions' }, child.actions.map((a) => el('li', {}, [
        el('strong', { text: a.what }),
        el('span', { text: ` – ${a.who ? `${a.who}, ` : ''}${familyAgencyWords[a.agency] ?? a.agency}. ` }),
        el('span', { text: a.due ? `Klart senast ${a.due}. ` : '' }),
        el('span', { text: actionStatusLabels[a.status] ?? '' }),
      ])))
      : el('p', { text: 'Inget är bestämt än.' }),
    child.minutes ? el('p', { text: child.minutes }) : '',
    el('p', { text: child.nextFollowUp ? `Vi följer upp planen ${child.nextFollowUp}.` : 'Dagen för uppföljning är inte bestämd än.' }),
    el('p', { className: 'links' }, [
      el('a', { text: 'Öppna Barnets plan', className: 'big-link', attrs: { href: planLink, 'data-testid': 'plan-link' } }),
      el('a', { text: 'Spara Barnets plan som PDF', className: 'big-link', attrs: { href: planLink.replace('/plan?', '/plan.pdf?'), 'data-testid': 'plan-pdf-link' } }),
    ]),
  ]);
}
