// Who is in the meeting right now. Guardians and the child are listed with the professionals:
// the family takes part in the room even when they have no connection of their own.
import { el, syncChildren } from '../dom.js';
import { label, participantKindLabels, presenceLabels } from '../labels.js';

export function createPresenceList() {
  const list = el('ul', { className: 'presence', attrs: { 'data-testid': 'presence-list', 'aria-live': 'polite' } });
  const element = el('section', { className: 'panel presence-panel', attrs: { 'aria-labelledby': 'presence-title' } }, [
    el('h2', { text: 'Deltagare', attrs: { id: 'presence-title' } }),
    list,
  ]);

  function item(view, state) {
    const p = view.participant;
    const details = [p.role, p.kind === 'Professional' ? null : label(participantKindLabels, p.kind)].filter(Boolean).join(', ');
    return el('li', { className: `participant presence-${view.presence}`, data: { participantId: p.participantId, presence: view.presence, kind: p.kind } }, [
      el('span', { className: 'dot', attrs: { 'aria-hidden': 'true' } }),
      el('span', { className: 'name', text: p.name }),
      p.participantId === state.convenerId ? el('span', { className: 'convener', text: 'Sammankallande' }) : null,
      details ? el('span', { className: 'role', text: details }) : null,
      el('span', { className: 'presence-label', text: label(presenceLabels, view.presence) }),
    ]);
  }

  function update(state) {
    syncChildren(list, state.participants.map((view) => item(view, state)));
  }

  return { element, update };
}
