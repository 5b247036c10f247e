// The audit log records actions and relations in the system's own (English) words; loggkontroll
// and the family's record extract name them in Swedish. Pure functions, unit-tested.

const kinds = [
  [/^was refused|^tried to change \(refused/, 'Nekades åtkomst'],
  [/^looked up a personnummer/, 'Sökte på personnummer'],
  [/^made a record extract|^read the audit log|^verified the audit log/, 'Loggkontroll'],
  [/^listed |^was sent waiting notifications|^read own notifications/, 'Såg barnet i en egen lista'],
  [/^read |^joined |^caught up/, 'Läste'],
  [/^raised a concern/, 'Anmälde oro'],
  [/^registered/, 'Registrerade barnet'],
  [/^(acknowledged|closed|recorded|changed|added|proposed|accepted|withdrew|convened|opened|rated|revealed|set|saved|removed)/, 'Ändrade'],
];

/** The kind of access, in Swedish, of an audit action. */
export const kindOf = (action) => kinds.find(([pattern]) => pattern.test(action ?? ''))?.[1] ?? 'Annan händelse';

const relations = [
  [/^ChildContact|as barnkontakt/, 'som barnkontakt'],
  [/^IncomingChildContact/, 'som blivande barnkontakt'],
  [/^SupportCoordinator|as stödsamordnare/, 'som stödsamordnare'],
  [/^ActionResponsible|responsible for a plan action/, 'som ansvarig för en insats'],
  [/^TeamMember/, 'som deltagare i barnteamet'],
  [/^SessionParticipant|meeting participant|invited participant/, 'som deltagare i ett barnteam-möte'],
  [/^FormerChildContact/, 'som tidigare barnkontakt'],
  [/loggkontrollant/, 'som loggkontrollant'],
  [/upptäckare/, 'som den som anmälde oro'],
  [/registering professional/, 'som den som registrerade barnet'],
  [/unit administrator/, 'som enhetens administratör'],
  [/as recipient/, 'som mottagare av en avisering'],
];

/** Through which relation, in Swedish, and whether the guardians' consent carried it. */
export function relationOf(through) {
  const text = through ?? '';
  const relation = relations.find(([pattern]) => pattern.test(text))?.[1] ?? (text ? 'utan roll för barnet' : '–');
  return /guardians' consent/.test(text) ? `${relation}, med vårdnadshavarnas samtycke` : relation;
}

/** "Tillåten" or "Nekad". */
export const outcomeOf = (outcome) => (outcome === 'refused' ? 'Nekad' : 'Tillåten');

const agencies = {
  Preschool: 'Förskola', School: 'Skola', SchoolOrPreschool: 'Skola/förskola', SocialServices: 'Socialtjänst', ChildHealth: 'Barnhälsovård',
  ChildPsychiatry: 'BUP', Police: 'Polis', MaternityCare: 'Mödrahälsovård', Municipality: 'Kommunen',
};

/** The directory's agency name in Swedish. */
export const agencyOf = (agency) => agencies[agency] ?? agency ?? '';
