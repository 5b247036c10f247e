// "Ett barn, en plan – färre möten": the coordination forums a child is in and the barnteam meetings
// about the child in the last six months, with a warning from the configured number on. Shown on the
// child page and in "Kalla till barnteam", so a new meeting is weighed against the family's burden.
import { el } from './dom.js';
import { label, linkedProcessKindLabels, linkedProcessStatusLabels } from './labels.js';

export function burdenPanel(burden, { hasBarnteam = false } = {}) {
  if (!burden) return null;
  const forums = [
    ...(hasBarnteam ? ['Barnteam (Backa barnet)'] : []),
    ...burden.forums.map((f) => `${label(linkedProcessKindLabels, f.process.kind)}, ${label(linkedProcessStatusLabels, f.process.status).toLowerCase()} (ansvarig: ${f.process.responsible})`),
  ];
  const count = burden.meetingsLastSixMonths;
  return el('div', { className: `burden${burden.warn ? ' notice' : ''}`, attrs: { 'data-testid': 'meeting-burden', ...(burden.warn ? { role: 'note' } : {}) } }, [
    burden.warn ? el('p', { className: 'badge warn', attrs: { 'data-testid': 'burden-warning' }, text: `Många möten: ${count} möten om barnet de senaste 6 månaderna (varning från ${burden.warnAt}). Samordna i ett forum i stället för att kalla till ett till.` }) : null,
    el('p', { text: `Möten om barnet de senaste 6 månaderna: ${count}` }),
    forums.length
      ? el('div', {}, [el('p', { text: 'Barnet finns i de här samverkansforumen:' }), el('ul', { attrs: { 'data-testid': 'burden-forums' } }, forums.map((f) => el('li', { text: f })))])
      : el('p', { text: 'Barnet finns inte i något annat samverkansforum.' }),
  ]);
}
