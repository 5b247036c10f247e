// The child's header: who the child is, who holds the barnkontakt role, the stödsamordnare, a
// declined support and the other forums the child is in; and in plain words what this view shows.
import { el, fill } from '../dom.js';
import { ageBandLabels, label, lifePhaseLabels, linkedProcessKindLabels, relationLabels, warningText } from '../labels.js';
import { describePerson } from '../people.js';
import { facts } from './common.js';
import { burdenPanel } from '../burden.js';

const viewExplanations = {
  Participation: 'Vårdnadshavarna har inte samtyckt till att information om barnet delas med din verksamhet. '
    + 'Du ser därför barnets namn och åldersgrupp, barnkontakten, att möten har hållits, dina egna insatser och den oro du själv har anmält – '
    + 'inga bedömningar, anteckningar eller andra verksamheters oro.',
  HandoverSummary: 'Du har lämnat över barnkontaktsrollen. Du ser den sammanfattning du skrev vid överlämningen, inget som har hänt sedan dess.',
};

export function createHeader() {
  const title = el('h1', { className: 'page-title', attrs: { 'data-testid': 'child-name' } });
  const body = el('div');
  const element = el('header', { className: 'panel child-header', attrs: { 'data-testid': 'child-header' } }, [title, body]);

  function update(child) {
    title.textContent = child.displayName;
    document.title = `${child.displayName} – BackaBarnet.Live`;
    const view = child.access?.view;
    const coordinator = child.plan?.details?.supportCoordinatorId;
    const active = (child.linkedProcesses ?? []).filter((p) => p.process.status === 'Active');
    const age = child.age !== null && child.age !== undefined ? `${child.age} år` : child.ageBand ? label(ageBandLabels, child.ageBand) : 'Okänd';
    fill(body, 
      el('p', { className: 'relation', text: label(relationLabels, child.access?.relation, ''), attrs: { 'data-testid': 'child-relation' } }),
      viewExplanations[view] ? el('p', { className: 'notice', text: viewExplanations[view], attrs: { role: 'note', 'data-testid': 'view-explanation' } }) : null,
      facts([
        ['Ålder', age],
        ['Livsfas', label(lifePhaseLabels, child.contactRole)],
        ['Barnkontakt', describePerson(child.childContactId)],
        view === 'Full' ? ['Stödsamordnare', coordinator ? describePerson(coordinator) : 'Ingen utsedd'] : null,
        child.supportDeclined ? ['Stöd', el('span', { className: 'badge warn', text: 'Familjen har avböjt stöd från barnkontakt' })] : null,
        active.length ? ['Andra forum', active.map((p) => `${label(linkedProcessKindLabels, p.process.kind)} (${p.process.responsible})`).join(', ')] : null,
      ]),
      ...(child.warnings ?? []).map((w) => el('p', { className: 'notice', text: warningText(w), attrs: { role: 'note' } })),
      view === 'Full' ? burdenPanel(child.meetingBurden, { hasBarnteam: (child.teamMeetings ?? []).length > 0 }) : null,
    );
  }

  return { element, update };
}
