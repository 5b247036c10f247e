// Swedish labels: one table per enum the API speaks in code names (DESIGN.md section 2). Pure
// (no DOM), so node --test checks them. The code speaks English, every page speaks Swedish.

// The eight behovskompass areas in the seeds' order: code, label and the child's own "jag"-wording.
export const needsAreas = [
  ['Respected', 'Respekteras', 'Jag känner mig respekterad'],
  ['Developing', 'Utvecklas', 'Jag gör mitt bästa'],
  ['CaredFor', 'Omsorg', 'Jag har någon som bryr sig om mig'],
  ['Safe', 'Trygghet', 'Jag känner mig trygg'],
  ['Healthy', 'Må bra', 'Jag mår bra'],
  ['Leisure', 'Fritid', 'Jag trivs med min fritid'],
  ['Belonging', 'Tillhörighet', 'Jag får vara med'],
  ['Responsible', 'Ansvarstagande', 'Jag tar ansvar för mig själv och andra'],
];

export const areaLabels = Object.fromEntries(needsAreas.map(([code, name]) => [code, name]));
export const childWordings = Object.fromEntries(needsAreas.map(([code, , words]) => [code, words]));
export const areaLabel = (code) => areaLabels[code] ?? code;

// The rating scale, defined once: higher means the need is better met (as the statistics read it).
export const scaleMin = 1;
export const scaleMax = 5;
export const scaleLegend = 'Skala 1–5: 1 = behovet är inte alls tillgodosett, 5 = behovet är helt tillgodosett. Högre är bättre.';
export const scaleSteps = {
  1: '1 – inte alls tillgodosett',
  2: '2 – lite tillgodosett',
  3: '3 – delvis tillgodosett',
  4: '4 – mestadels tillgodosett',
  5: '5 – helt tillgodosett',
};

export const sessionKindLabels = { Individual: 'Individuellt barnteam', Team0To6: 'Barnteam 0–6', Team7To12: 'Barnteam 7–12' };
export const sessionStatusLabels = { Scheduled: 'Planerat', Open: 'Pågår', Closing: 'Avslutas', Closed: 'Avslutat', Cancelled: 'Inställt' };
export const presenceLabels = { Present: 'I mötet', Reconnecting: 'Återansluter', Left: 'Har lämnat', NotJoined: 'Inte anslutit' };
export const participantKindLabels = { Professional: 'Yrkesperson', ConcernReporter: 'Upptäckare', Guardian: 'Vårdnadshavare', Child: 'Barnet' };
export const agencyLabels = {
  SchoolOrPreschool: 'Skola/förskola',
  SocialServices: 'Socialtjänst',
  ChildHealth: 'Barnhälsovård',
  ChildPsychiatry: 'BUP',
  Police: 'Polis',
  MaternityCare: 'Mödrahälsovård',
};
export const actionStatusLabels = { Planned: 'Planerad', Active: 'Pågår', Done: 'Klar', Cancelled: 'Avbruten' };
export const concernStatusLabels = { Open: 'Ny', Acknowledged: 'Kvitterad', Handled: 'Avslutad som hanterad', ReferredToTeam: 'Hänvisad till barnteam' };
export const concernSourceLabels = { Observed: 'Egen iakttagelse', ToldByChild: 'Barnet berättade', ToldByGuardian: 'Vårdnadshavare berättade', Other: 'Annat' };
export const raterLabels = { Child: 'Barnets egen syn', Guardian: 'Vårdnadshavare', Professional: 'Yrkesperson', TeamConsensus: 'Barnteamets samsyn' };
export const contactRoleLabels = {
  Midwife: 'Barnmorska', ChildHealthNurse: 'BVC-sjuksköterska', PreschoolPrincipal: 'Förskolerektor', SchoolPrincipal: 'Grundskolerektor',
};
// The life phase the barnkontakt's role stands for (Backa barnet hands the child on as it grows).
export const lifePhaseLabels = {
  Midwife: 'Graviditeten (mödrahälsovården)', ChildHealthNurse: 'Småbarnsåren (barnhälsovården)',
  PreschoolPrincipal: 'Förskolan', SchoolPrincipal: 'Grundskolan',
};
// BUS and BOB written out as the seeds do (a municipal report: "Barn i behov av särskilt stöd (BUS)", "BOB-råd (Barn och unga i organiserad brottslighet)").
export const linkedProcessKindLabels = {
  Sip: 'SIP', Bus: 'BUS (barn i behov av särskilt stöd)', Bob: 'BOB-råd (barn och unga i organiserad brottslighet)', Islandsmodellen: 'Islandsmodellen', Other: 'Annat forum',
};
export const linkedProcessStatusLabels = { Planned: 'Planerad', Active: 'Pågår', Closed: 'Avslutad' };
export const genderLabels = { Unknown: 'Ej angivet', Girl: 'Flicka', Boy: 'Pojke', Other: 'Annat' };
export const ageBandLabels = {
  ZeroToSix: '0–6 år', SevenToTwelve: '7–12 år', ThirteenToEighteen: '13–18 år', Adult: '19 år och äldre', Unknown: 'Okänd ålder',
};
export const handoverTriggerLabels = { ProposedByContact: 'Barnkontakten föreslår', Enrolment: 'Inskrivning i förskola eller skola' };
export const relationLabels = {
  ChildContact: 'Du är barnkontakt',
  IncomingChildContact: 'Överlämning till dig är föreslagen',
  SupportCoordinator: 'Du är stödsamordnare',
  ActionResponsible: 'Du är ansvarig för en insats',
  TeamMember: 'Du har deltagit i barnteamet',
  SessionParticipant: 'Du är kallad till ett barnteam',
  FormerChildContact: 'Du var barnkontakt',
};
export const notificationKindLabels = {
  ConcernRaised: 'Ny oro',
  HandoverProposed: 'Överlämning',
  ActionAssigned: 'Tilldelad insats',
  MeetingInvitation: 'Kallelse till möte',
  FollowUpDue: 'Uppföljning i dag',
  FollowUpOverdue: 'Uppföljning försenad',
  ActionDue: 'Insats ska vara klar i dag',
  ActionOverdue: 'Insats försenad',
  MeetingRescheduled: 'Möte flyttat',
  MeetingCancelled: 'Möte inställt',
  ConcernEscalated: 'Oro eskalerad',
  ConcernForOfflineColleague: 'Oro väntar på kollega',
  SupportRequestReceived: 'Ny begäran om insats',
  SupportRequestAccepted: 'Begäran om insats godtagen',
  SupportRequestDeclined: 'Begäran om insats avböjd',
};
export const connectionLabels = {
  connecting: 'Ansluter…', connected: 'Live', live: 'Live', reconnecting: 'Återansluter…', disconnected: 'Ej ansluten', offline: 'Offline',
};

/** The label, or for a code the UI does not know yet a neutral word rather than the English code. */
export const label = (labels, code, fallback = '–') => (code === null || code === undefined || code === '' ? '' : labels[code] ?? fallback);

export const kindLabel = (kind) => notificationKindLabels[kind] ?? 'Notis';

// The professional directory names agencies more finely than the plan does (school and preschool
// are one plan agency), so choosing an assignee can suggest the plan agency.
const directoryAgencies = { School: 'SchoolOrPreschool', Preschool: 'SchoolOrPreschool' };
export const planAgencyOf = (directoryAgency) =>
  directoryAgencies[directoryAgency] ?? (directoryAgency in agencyLabels ? directoryAgency : null);

// The server words its "one child, one plan" warnings in English; known ones are said in Swedish
// here, and anything else in a general Swedish sentence (no English reaches the page).
const activeSip = /^(?:(.*): )?The child has an active SIP \(responsible: (.*)\)\./;
export function warningText(text) {
  const sip = activeSip.exec(text);
  if (!sip) return 'Barnet finns redan i ett annat samverkansforum. Samordna så att barnet har en plan.';
  const who = sip[1] ? `${sip[1]} har` : 'Barnet har';
  return `${who} redan en aktiv SIP (ansvarig: ${sip[2]}). Ett barn, en plan: samordna med SIP:en i stället för att planera parallellt.`;
}
