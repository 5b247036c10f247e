// The family's words: plain Swedish, short sentences (klarspråk). Pure, so node --test checks them.
import { needsAreas } from '../labels.js';

/** The 1–5 scale as a child reads it: a face and a word for each step. */
export const faceSteps = [
  { value: 1, word: 'Inte alls', mood: -2 },
  { value: 2, word: 'Lite', mood: -1 },
  { value: 3, word: 'Ibland', mood: 0 },
  { value: 4, word: 'Oftast', mood: 1 },
  { value: 5, word: 'Ja, helt', mood: 2 },
];

/** The eight "jag"-statements of the behovskompass, in the seeds' order. */
export const statements = needsAreas.map(([area, name, words]) => ({ area, name, words }));

export const familyAgencyWords = {
  SchoolOrPreschool: 'skolan eller förskolan',
  SocialServices: 'socialtjänsten',
  ChildHealth: 'barnhälsovården (BVC)',
  ChildPsychiatry: 'BUP',
  Police: 'polisen',
  MaternityCare: 'mödrahälsovården',
};

export const meetingStatusWords = {
  Scheduled: 'Mötet har inte börjat än.',
  Open: 'Mötet pågår nu.',
  Closing: 'Mötet avslutas.',
  Closed: 'Mötet är slut.',
};

export const presenceWords = { Present: 'Är med nu', Reconnecting: 'Kopplar upp igen', Left: 'Har gått', NotJoined: 'Inte med än' };

/** What sharing means, in plain words, for one agency and one child. */
export const consentExplanation = (agency, childName) =>
  `Om du säger ja får ${familyAgencyWords[agency] ?? agency} läsa det som skrivs om ${childName} i mötet och i planen. ` +
  'Då kan de hjälpa till bättre. Du kan ta tillbaka ditt ja när du vill.';

/** Where consent stands, in one sentence. */
export function consentStateText(state, myNumber) {
  if (state.inForce) return 'Ja, de får se. Samtycket gäller nu.';
  const given = state.givenByGuardians ?? [];
  if (given.includes(myNumber)) return 'Du har sagt ja. Den andra vårdnadshavaren behöver också säga ja.';
  if (given.length > 0) return 'Den andra vårdnadshavaren har sagt ja. Nu behövs ditt svar.';
  return 'Inget ja är givet. De ser inte det som skrivs om barnet.';
}

/** The value of one area in a list of ratings, or null. */
export const ratingOf = (ratings, area) => (ratings ?? []).find((r) => r.area === area)?.value ?? null;
