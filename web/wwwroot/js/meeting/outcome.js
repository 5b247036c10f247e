// Turns edit outcomes and hub errors into Swedish sentences. The server explains a stale edit in
// English for developers (refusedBecause); people in the meeting get it in Swedish, with the
// value that now applies so they can decide what to do. Hub errors carry a code (errors.js).
import { agencyLabels, actionStatusLabels, label } from '../labels.js';

// `it` is the Swedish pronoun for what was edited: "den" (insatsen), "dem" (plandetaljerna).
const reasons = [
  [/closed|closing/i, () => 'mötet är avslutat'],
  [/not open|scheduled/i, () => 'mötet är inte öppnat ännu'],
  [/removed|not found|no longer|does not exist/i, (it) => `${it} har tagits bort av någon annan`],
  [/convener/i, () => 'bara den som kallat till mötet kan göra det'],
  [/changed|stale|version|conflict/i, (it) => `någon annan hann ändra ${it} först`],
];

/** "någon annan hann ändra den först" and friends; falls back to the server's own words. */
export function refusalReason(outcome, it = 'den') {
  const text = outcome.refusedBecause ?? '';
  for (const [pattern, swedish] of reasons) if (pattern.test(text)) return swedish(it);
  if (outcome.currentAction || outcome.currentDetails || outcome.currentItemVersion) return `någon annan hann ändra ${it} först`;
  return 'ändringen kunde inte göras';
}

export function describeAction(action, nameOf) {
  const parts = [`”${action.what}”`, label(agencyLabels, action.agency)];
  if (action.assigneeId) parts.push(`ansvarig ${nameOf(action.assigneeId)}`);
  if (action.due) parts.push(`klart senast ${action.due}`);
  parts.push(label(actionStatusLabels, action.status).toLowerCase());
  return parts.join(', ');
}

export function describeDetails(details, nameOf) {
  const parts = [];
  const goals = details.goals ?? [];
  parts.push(goals.length ? `mål: ${goals.map((g) => `”${g.text}”`).join('; ')}` : 'inga mål');
  parts.push(details.supportCoordinatorId ? `stödsamordnare ${nameOf(details.supportCoordinatorId)}` : 'ingen stödsamordnare');
  if (details.nextFollowUp) parts.push(`uppföljning ${details.nextFollowUp}`);
  if (details.minutes) parts.push(`anteckningar: ”${details.minutes}”`);
  return parts.join(', ');
}

/** A hub error in Swedish, from its code (never the server's English). */
export { messageFor as errorText } from '../errors.js';

/** Shows a message in a status element; kind is 'ok', 'refused' or 'error'. */
export function showMessage(target, text, kind = 'ok') {
  target.textContent = text;
  target.dataset.kind = kind;
  target.hidden = !text;
}
