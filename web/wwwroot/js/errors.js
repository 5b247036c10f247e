// Refusals in Swedish. The server sends a stable code and its arguments with every refusal
// (ProblemDetails "code"/"args"; HubException "[code] English\n{args}"; see docs/realtime-api.md).
// Pure apart from the form helpers at the end, so node --test checks the texts and the parsing.

import { fieldKey, fieldLabel } from './field-labels.js';

export { fieldLabels, fieldKey, fieldLabel } from './field-labels.js';

const statusWords = { Open: 'ny', Acknowledged: 'kvitterad', Handled: 'avslutad', ReferredToTeam: 'hänvisad till barnteam' };
const actionWords = { Planned: 'planerad', Active: 'pågår', Done: 'klar', Cancelled: 'avbruten' };

// One Swedish sentence per code. `f` is the field's Swedish name.
export const messages = {
  'field.invalid': (a, f) => `${f} har ett värde som inte går att använda.`,
  'field.required': (a, f) => `Fyll i ${f.toLowerCase()}.`,
  'field.too-long': (a, f) => `${f} får vara högst ${a.max} tecken (nu ${a.actual}).`,
  'field.invalid-id': (a, f) => `${f} har ett ogiltigt värde.`,
  'field.unknown-value': (a, f) => `Välj ett av alternativen för ${f.toLowerCase()}.`,
  'field.out-of-range': (a, f) => `${f} ska vara från ${a.min} till ${a.max}.`,
  'field.below-minimum': (a, f) => `${f} ska vara ${a.min} eller mer.`,
  'field.in-future': (a, f) => `${f} kan inte vara ett datum framåt i tiden.`,
  'field.before-other': (a, f) => `${f} kan inte vara före ${fieldLabel(a.other).toLowerCase()}.`,
  'field.duplicate': (a, f) => `${f}: samma sak finns med två gånger.`,
  'field.too-many': (a, f) => `${f}: högst ${a.max} stycken.`,
  'field.email': () => 'Skriv en e-postadress, till exempel namn@exempel.se.',
  'field.phone': () => 'Telefonnumret får bara innehålla siffror, mellanslag och + - ( ).',
  'field.unknown-professional': (a, f) => `${f}: personen finns inte i katalogen.`,
  'field.not-a-child-contact': (a, f) => `${f}: personen kan inte vara barnkontakt. Barnkontakt är barnmorska, BVC-sjuksköterska, förskolerektor eller grundskolerektor.`,
  'field.not-a-practitioner': (a, f) => `${f}: personen arbetar inte med barn (loggkontroll, drift eller utvärdering) och kan inte bjudas in.`,
  'field.unknown-area': () => 'Välj bland behovskompassens åtta områden.',
  'field.https-link': (a, f) => `${f} ska vara en webbadress som börjar med https://.`,
  'directory.csv-header': () => 'Första raden ska vara kolumnnamnen: hsaId, name, title, agencyKind, unit, roles, email, phone.',
  'directory.csv-columns': () => 'Raden har inte lika många kolumner som rubrikraden.',
  'directory.duplicate-id': () => 'Samma HSA-id finns på två rader.',
  'directory.unknown-role': (a) => `Rollen ${a.value ?? ''} finns inte. Använd till exempel practitioner, school-principal, auditor eller directory-admin.`,
  'directory.unknown-agency': (a) => `Verksamheten ${a.value ?? ''} finns inte. Använd till exempel SchoolOrPreschool, ChildHealth eller SocialServices.`,
  'directory.not-found': () => 'Personen finns inte i katalogen.',
  'directory.too-many-rows': () => 'Filen har för många rader för en import.',
  'directory.import-rows': (a) => `Filen har ${a.count ?? 'några'} rader som inte kan läsas in. Inget är ändrat.`,
  'personnummer.shape': () => 'Skriv personnumret som ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN (bara siffror).',
  'personnummer.plus-in-long-form': () => 'Plustecken (100 år eller äldre) används bara i den korta formen ÅÅMMDD+NNNN.',
  'personnummer.date': () => 'Personnumret innehåller inget riktigt datum.',
  'personnummer.check-digit': () => 'Personnumret har fel kontrollsiffra. Kontrollera att alla siffror stämmer.',
  'personnummer.future': () => 'Personnumret har ett födelsedatum framåt i tiden.',
  'personnummer.not-found': () => 'Det finns inget registrerat barn med det personnumret. Be barnets blivande barnkontakt registrera barnet först.',
  'child.duplicate-personnummer': () => 'Ett barn med det personnumret är redan registrerat.',
  'child.already-registered': () => 'Barnet är redan registrerat.',
  'child.not-on-agenda': () => 'Barnet finns inte på mötets dagordning.',
  'concern.wrong-status': (a) => `Oron är ${statusWords[a.status] ?? 'redan ändrad'} och kan inte ändras så nu.`,
  'concern.mandatory-report-missing': () => 'Barnet kan vara i fara: registrera orosanmälan till socialtjänsten innan oron avslutas.',
  'concern.mandatory-report-exists': () => 'En orosanmälan är redan registrerad för den här oron.',
  'concern.not-found': () => 'Oron finns inte längre på barnet.',
  'concern.idempotency-key-reused': () => 'Den här anmälan skickades redan med annat innehåll. Ladda om sidan och skicka oron på nytt.',
  'plan.stale': () => 'Någon annan ändrade det här först. Det som gäller nu visas.',
  'plan.action-not-found': () => 'Insatsen finns inte längre i planen.',
  'plan.action-status-move': (a) => `En insats som är ${actionWords[a.from] ?? 'avslutad'} kan inte bli ${actionWords[a.to] ?? 'ändrad'}.`,
  'plan.new-action-status': () => 'En ny insats är planerad eller pågår.',
  'plan.coordinator-not-practitioner': () => 'Stödsamordnaren måste vara en aktiv medarbetare i katalogen som arbetar med barn.',
  'handover.already-proposed': () => 'En överlämning är redan föreslagen. Den måste godtas eller återtas först.',
  'handover.none-proposed': () => 'Ingen överlämning är föreslagen för barnet.',
  'handover.already-contact': () => 'Personen är redan barnets barnkontakt.',
  'handover.life-phase': () => 'Överlämningen följer inte livsfaserna (barnmorska → BVC → förskola → skola) eller barnets ålder. Markera den som undantag och skriv ett skäl om den är avsiktlig.',
  'handover.enrolment-role': () => 'Vid inskrivning lämnas barnkontaktsrollen till en förskole- eller grundskolerektor.',
  'support.already-declined': () => 'Familjen har redan avböjt stöd från barnkontakt.',
  'support.not-declined': () => 'Familjen har inte avböjt stöd.',
  'support.declined': () => 'Familjen har avböjt stöd från barnkontakt. Inget barnteam kan kallas.',
  'consent.not-in-force': () => 'Samtycket gäller inte längre.',
  'linked-process.not-found': () => 'Forumet finns inte längre på barnet.',
  'session.not-found': () => 'Mötet finns inte.',
  'session.already-convened': () => 'Mötet är redan kallat.',
  'session.not-open': (a) => (a.status === 'Scheduled' ? 'Mötet är inte öppnat ännu.' : 'Mötet är avslutat.'),
  'session.not-scheduled': () => 'Bara ett planerat möte kan öppnas.',
  'session.never-opened': () => 'Mötet öppnades aldrig och kan inte avslutas.',
  'session.wrong-age-band': () => 'Barnets ålder passar inte den typen av barnteam. Välj individuellt barnteam eller rätt åldersgrupp.',
  'session.not-a-participant': () => 'Personen är inte kallad till mötet.',
  'access.no-role-for-child': () => 'Du har ingen roll för det här barnet och kan inte se uppgifterna.',
  'access.narrower-view': () => 'Din roll för barnet ger inte tillgång till de här uppgifterna.',
  'access.not-permitted': () => 'Du har ingen roll som tillåter det här.',
  'access.contact-only': () => 'Bara barnets barnkontakt kan göra det här.',
  'access.plan-editor-only': () => 'Bara barnkontakten eller stödsamordnaren kan ändra planen.',
  'access.team-member-only': () => 'Bara barnkontakten, stödsamordnaren eller en ansvarig för en insats kan registrera en bedömning.',
  'access.reporter-or-contact-only': () => 'Bara den som anmälde oron eller barnkontakten kan registrera orosanmälan.',
  'access.responsible-only': () => 'Bara den ansvariga, barnkontakten eller stödsamordnaren kan ändra insatsens status.',
  'access.handover-parties': () => 'Bara den som föreslog överlämningen, mottagaren eller barnkontakten kan göra det här.',
  'access.participant-only': () => 'Bara de som är kallade till mötet kan göra det här.',
  'access.convener-only': () => 'Bara den som kallade till mötet kan göra det här.',
  'access.consent-restricted': () => 'Vårdnadshavarna har inte samtyckt till att information delas med din verksamhet. Du kan skatta och ändra insatser som är dina.',
  'access.evaluator-no-child': () => 'Som utvärderare ser du bara sammanräknad statistik, inga enskilda barn.',
  'access.coordinator-contact-only': () => 'Bara barnets barnkontakt kan utse eller ta bort stödsamordnare.',
  'access.family-own-child-only': () => 'Du kan bara se möten och planer för ditt eget barn.',
  'family.guardians-only': () => 'Bara vårdnadshavare kan ge eller ta tillbaka samtycke.',
  'family.agency-not-in-meeting': () => 'Den verksamheten är inte med i mötet.',
  'state.conflict': () => 'Ändringen passar inte hur det ser ut just nu. Läs in sidan igen och försök på nytt.',
  'limits.too-many-edits': () => 'Många ändringar på kort tid. Inget sparades; försök igen om en stund.',
  'limits.too-many-requests': (a) => `Du har skickat många på kort tid. Inget sparades; försök igen om ${a.retryAfterSeconds ?? 60} sekunder.`,
  'request.unreadable': (a, f) => `${f} gick inte att läsa. Kontrollera värdet och försök igen.`,
  'request.too-large': () => 'Uppgifterna är för stora för att skickas.',
  'storage.unavailable': (a) => `Systemet kan inte spara eller läsa just nu. Försök igen om ${a.retryAfterSeconds ?? 5} sekunder.`,
  'request.timeout': (a) => `Det tog för lång tid att få svar. Kontrollera om ändringen syns innan du försöker igen om ${a.retryAfterSeconds ?? 5} sekunder.`,
  'http.401': () => 'Du är inte inloggad längre. Logga in igen.',
  'http.403': () => 'Du har inte behörighet till det här.',
  'http.404': () => 'Det du letar efter finns inte.',
  'http.409': () => 'Någon annan ändrade det här först. Läs in sidan igen.',
  'http.413': () => 'Uppgifterna är för stora för att skickas.',
  'http.429': () => 'Många förfrågningar på kort tid. Vänta en stund och försök igen.',
  'http.500': () => 'Något gick fel hos oss. Försök igen om en stund.',
  'network': () => 'Det gick inte att nå servern. Kontrollera anslutningen och försök igen.',
  // The directory of professionals (issue 16's admin page and CSV import).
  'directory.unknown-role': () => 'Okänd roll.',
  'directory.agency-required': () => 'Välj verksamhet för personen.',
  'directory.role-agency-mismatch': () => 'Rollen passar inte personens verksamhet.',
  'directory.function-with-practitioner': () => 'En funktion (loggkontroll, drift, utvärdering) kan inte kombineras med en roll som arbetar med barn.',
  'directory.unit-required': () => 'Rollen kräver en enhet.',
  'directory.already-exists': () => 'Personen finns redan i katalogen.',
  'directory.not-found': () => 'Personen finns inte i katalogen.',
  'directory.id-changed': () => 'Personens id kan inte ändras.',
  'directory.deactivate-self': () => 'Du kan inte inaktivera dig själv.',
  'csv.empty': () => 'Filen är tom.',
  'csv.unknown-column': () => 'Filen har en okänd kolumn.',
  'csv.duplicate-column': () => 'Filen har samma kolumn två gånger.',
  'csv.missing-column': () => 'Filen saknar en kolumn som behövs.',
  'csv.too-many-fields': (a) => `Raden har ${a.fields} fält men filen har ${a.columns} kolumner.`,
  'csv.duplicate-id': (a) => `Samma id finns redan på rad ${a.line}.`,
  // Requests between agencies (begäran om insats).
  'support-request.no-consent': () => 'Vårdnadshavarna har inte samtyckt till att information delas med den verksamheten. Begäran skickades inte.',
  'support-request.not-found': () => 'Begäran finns inte.',
  'support-request.answered': () => 'Begäran är redan besvarad.',
  'access.intake-only': () => 'Bara mottagningen i den verksamhet som fick begäran kan svara på den.',
};

const generic = 'Det gick inte. Försök igen, eller kontakta supporten om det fortsätter.';

const hubPattern = /HubException: \[([a-z0-9.-]+)\] ([^\n]*)\n(\{[\s\S]*\})\s*$/;

/** The code, arguments and field of any refusal: an ApiError, a hub error, or a network failure. */
export function parseError(error) {
  if (error?.problem) {
    const problem = error.problem;
    const args = problem.args ?? {};
    return { code: problem.code ?? `http.${error.status}`, args, field: args.field ?? null };
  }
  const message = String(error?.message ?? error ?? '');
  const hub = hubPattern.exec(message);
  if (hub) {
    let args = {};
    try { args = JSON.parse(hub[3]); } catch { /* a malformed tail still has its code */ }
    return { code: hub[1], args, field: args.field ?? null };
  }
  if (error?.status) return { code: `http.${error.status}`, args: {}, field: null };
  return { code: 'network', args: {}, field: null };
}

/** One Swedish sentence for a refusal; never the server's English. */
export function messageFor(error) {
  const { code, args, field } = parseError(error);
  const text = messages[code];
  return text ? text(args, fieldLabel(field)) : generic;
}

// ---- Forms: the GOV.UK pattern (a summary at the top, each message beside its field) ----

/**
 * Shows a refusal on a form: an error summary first in the form linking to the field, and the
 * message beside the field (found by data-field, else by name). Focus moves to the summary.
 */
export function showFormError(form, error, { fieldMap = {} } = {}) {
  clearFormErrors(form);
  const { field } = parseError(error);
  const text = messageFor(error);
  const key = field ? fieldMap[field] ?? fieldMap[fieldKey(field)] ?? fieldKey(field) : null;
  const control = key ? form.querySelector(`[data-field="${key}"], [name="${key}"]`) : null;
  showFormErrors(form, [{ control, text }]);
}

/** Shows several messages at once (the form's own checks before sending). */
export function showFormErrors(form, problems) {
  clearFormErrors(form);
  const summary = document.createElement('div');
  summary.className = 'error-summary';
  summary.setAttribute('role', 'alert');
  summary.tabIndex = -1;
  const heading = document.createElement('h3');
  heading.textContent = 'Det finns ett problem';
  const list = document.createElement('ul');
  for (const { control, text } of problems) {
    const item = document.createElement('li');
    if (control) {
      if (!control.id) control.id = `f-${Math.random().toString(36).slice(2)}`;
      const link = document.createElement('a');
      link.href = `#${control.id}`;
      link.textContent = text;
      link.addEventListener('click', (event) => { event.preventDefault(); control.focus(); });
      item.append(link);
      const inline = document.createElement('p');
      inline.className = 'field-error';
      inline.id = `${control.id}-error`;
      inline.textContent = text;
      const anchor = control.closest('fieldset, .field') ?? control;
      anchor.classList.add('has-error');
      if (anchor === control) control.before(inline); else anchor.prepend(inline);
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), inline.id].filter(Boolean).join(' '));
    } else {
      item.textContent = text;
    }
    list.append(item);
  }
  summary.append(heading, list);
  form.prepend(summary);
  summary.focus();
}

export function clearFormErrors(form) {
  form.querySelectorAll('.error-summary, .field-error').forEach((node) => {
    if (node.classList.contains('field-error')) {
      const control = form.querySelector(`[aria-describedby~="${node.id}"]`);
      if (control) {
        const rest = control.getAttribute('aria-describedby').split(' ').filter((id) => id !== node.id).join(' ');
        if (rest) control.setAttribute('aria-describedby', rest); else control.removeAttribute('aria-describedby');
        control.removeAttribute('aria-invalid');
      }
    }
    node.remove();
  });
  form.querySelectorAll('.has-error').forEach((node) => node.classList.remove('has-error'));
}
