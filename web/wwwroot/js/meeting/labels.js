// Swedish labels for the API's enum names (DESIGN.md section 2). The code speaks English, the UI Swedish.

export const kindLabels = {
  Individual: 'Individuellt barnteam',
  Team0To6: 'Barnteam 0–6',
  Team7To12: 'Barnteam 7–12',
};

export const statusLabels = { Scheduled: 'Planerat', Open: 'Pågår', Closing: 'Avslutas', Closed: 'Avslutat' };

export const presenceLabels = {
  Present: 'I mötet',
  Reconnecting: 'Återansluter',
  Left: 'Har lämnat',
  NotJoined: 'Inte anslutit',
};

export const participantKindLabels = {
  Professional: 'Yrkesperson',
  ConcernReporter: 'Upptäckare',
  Guardian: 'Vårdnadshavare',
  Child: 'Barnet',
};

export const agencyLabels = {
  SchoolOrPreschool: 'Skola/förskola',
  SocialServices: 'Socialtjänst',
  ChildHealth: 'Barnhälsovård',
  ChildPsychiatry: 'BUP',
  Police: 'Polis',
  MaternityCare: 'Mödrahälsovård',
};

export const actionStatusLabels = { Planned: 'Planerad', Active: 'Pågår', Done: 'Klar', Cancelled: 'Avbruten' };

export const connectionLabels = { connecting: 'Ansluter…', live: 'Live', reconnecting: 'Återansluter…', offline: 'Offline' };

// The professional directory names agencies more finely than the plan does (school and preschool
// are one plan agency), so choosing an assignee can suggest the plan agency.
const directoryAgencies = { School: 'SchoolOrPreschool', Preschool: 'SchoolOrPreschool' };
export const planAgencyOf = (directoryAgency) =>
  directoryAgencies[directoryAgency] ?? (directoryAgency in agencyLabels ? directoryAgency : null);

export const label = (labels, code) => labels[code] ?? code ?? '';

// The server words its warnings in English ("Elsa: The child has an active SIP (responsible: …). …");
// known ones are said in Swedish here, anything else is shown as it came.
const activeSip = /^(.*): The child has an active SIP \(responsible: (.*)\)\./;
export function warningText(text) {
  const sip = activeSip.exec(text);
  return sip
    ? `${sip[1]} har redan en aktiv SIP (ansvarig: ${sip[2]}). Ett barn, en plan: samordna med SIP:en i stället för att planera parallellt.`
    : text;
}
