// Consent on the guardian's own device: per agency kind in the meeting, what sharing means in
// plain words, and a yes or a no. The meeting opens or closes for that agency at once.
import { el } from '../dom.js';
import { consentExplanation, consentStateText, familyAgencyWords } from './words.js';

export function consentSection(view, myNumber, onSet) {
  const child = view.child;
  const items = child.consents.map((state) => {
    const name = familyAgencyWords[state.agency] ?? state.agency;
    const mine = (state.givenByGuardians ?? []).includes(myNumber) || state.inForce;
    return el('li', { className: 'consent', data: { agency: state.agency, inForce: String(state.inForce) } }, [
      el('h3', { text: name.charAt(0).toUpperCase() + name.slice(1) }),
      el('p', { text: consentExplanation(state.agency, child.displayName) }),
      el('p', { className: 'consent-state', text: consentStateText(state, myNumber), attrs: { 'data-testid': `consent-state-${state.agency}` } }),
      el('div', { className: 'buttons' }, [
        el('button', { text: `Ja, ${name} får se`, attrs: { type: 'button', 'data-testid': `consent-yes-${state.agency}`, disabled: mine ? '' : null }, on: { click: () => onSet(state.agency, true) } }),
        el('button', { text: 'Nej, ta tillbaka', className: 'secondary', attrs: { type: 'button', 'data-testid': `consent-no-${state.agency}`, disabled: mine ? null : '' }, on: { click: () => onSet(state.agency, false) } }),
      ]),
    ]);
  });
  return el('section', { className: 'card', attrs: { 'aria-labelledby': 'consent-heading' } }, [
    el('h2', { text: 'Vem får se vad', attrs: { id: 'consent-heading' } }),
    items.length ? el('ul', { className: 'consents' }, items) : el('p', { text: 'Ingen i mötet behöver ditt samtycke.' }),
  ]);
}
