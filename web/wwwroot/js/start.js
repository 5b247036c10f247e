// The start page, by role: a barnkontakt sees the concerns about their children and the children
// first; an upptäckare sees "Anmäl oro" first; an evaluator, auditor or ops person goes straight
// to their own page. Without a session it offers the development sign-in.
import { api } from './api.js';
import { el, formatShortTime } from './dom.js';
import { conveneForm } from './forms/convene-form.js';
import { concernForm } from './forms/concern-form.js';
import { registerForm } from './forms/register-form.js';
import { liveHub } from './hub.js';
import { devProfessionals, devSignIn, sessionInfo, signInWithProvider } from './identity.js';
import { areaLabel, sessionKindLabels, sessionStatusLabels, label } from './labels.js';
import { describePerson } from './people.js';
import { startShell } from './shell.js';

const $ = (id) => document.getElementById(id);
const shownConcerns = new Set();
const roleHome = {
  evaluator: '/pilot.html', auditor: '/loggkontroll.html', ops: '/drift.html', 'directory-admin': '/katalog.html', 'unit-manager': '/enhet.html', 'unit-manager-stand-in': '/enhet.html',
};

function panel(id, title, children, hint) {
  return el('section', { className: 'panel', attrs: { 'aria-labelledby': `${id}-title`, id } }, [
    el('h2', { text: title, attrs: { id: `${id}-title` } }),
    hint ? el('p', { className: 'hint', text: hint }) : null,
    ...children,
  ]);
}

function concernItem(alert, isNew) {
  const concern = alert.concern;
  return el('li', { className: isNew ? 'concern new' : 'concern', data: { concernId: concern.concernId } }, [
    el('div', { className: 'concern-head' }, [
      el('a', { className: 'child-name', text: alert.childDisplayName, attrs: { href: `/barn/${alert.childId}` } }),
      el('time', { className: 'raised-at', text: formatShortTime(concern.raisedAt), attrs: { datetime: concern.raisedAt } }),
    ]),
    el('ul', { className: 'area-tags' }, concern.areas.map((area) => el('li', { className: 'area-tag', text: areaLabel(area) }))),
    el('p', { className: 'concern-text', text: concern.text }),
    concern.mandatoryReportRequired ? el('p', { className: 'badge danger', text: 'Barnet kan vara i fara – orosanmälan ska göras' }) : null,
    el('p', { className: 'reporter', text: `Anmäld av ${describePerson(concern.reporterId)}` }),
  ]);
}

function showConcern(list, alert, isNew) {
  if (shownConcerns.has(alert.concern.concernId)) return;
  shownConcerns.add(alert.concern.concernId);
  list.prepend(concernItem(alert, isNew));
  $('no-concerns').hidden = true;
}

function childRow(child) {
  const flags = [
    child.newConcerns ? el('span', { className: 'badge danger', text: `${child.newConcerns} ny oro` }) : null,
    child.overdueActions ? el('span', { className: 'badge warn', text: `${child.overdueActions} försenade insatser` }) : null,
    child.handoverToMe ? el('span', { className: 'badge warn', text: 'Överlämning till dig' }) : null,
  ];
  return el('li', { className: 'child', data: { childId: child.childId } }, [
    el('a', { className: 'child-name', text: child.displayName, attrs: { href: `/barn/${child.childId}` } }),
    ...flags,
    el('a', { className: 'link', text: 'Uppföljning', attrs: { href: `/followup.html?child=${encodeURIComponent(child.childId)}` } }),
  ]);
}

function meetingRow(meeting) {
  return el('li', { className: 'meeting-item', data: { sessionId: meeting.sessionId } }, [
    el('a', { text: label(sessionKindLabels, meeting.kind), attrs: { href: `/meeting.html?session=${encodeURIComponent(meeting.sessionId)}` } }),
    el('span', { className: 'meeting-children', text: meeting.childNames.join(', ') }),
    el('time', { text: new Date(meeting.scheduledAt).toLocaleString('sv-SE', { dateStyle: 'medium', timeStyle: 'short' }), attrs: { datetime: meeting.scheduledAt } }),
    meeting.status ? el('span', { className: 'meeting-status', text: label(sessionStatusLabels, meeting.status) }) : null,
    meeting.convened ? el('span', { className: 'meeting-status', text: 'Du har kallat' }) : null,
  ]);
}

async function showWorkspace() {
  const me = await startShell({ current: 'start' });
  const home = Object.entries(roleHome).find(([role]) => (me.roles ?? []).includes(role));
  if (home && !me.practitioner) {
    window.location.replace(home[1]);
    return;
  }
  $('start').hidden = false;
  $('start-title').textContent = `Hej ${me.name.split(' ')[0]}`;

  const [children, meetings] = await Promise.all([api('/api/me/overview/children'), api('/api/me/overview/meetings')]);
  const caseload = (await api('/api/me/children'));
  const isContact = caseload.length > 0;

  const concernList = el('ol', { className: 'concerns', attrs: { id: 'concern-list', 'aria-live': 'polite', 'data-testid': 'concern-list' } });
  const concerns = panel('concerns', 'Oro för mina barn', [concernList, el('p', { className: 'empty', text: 'Ingen ny oro just nu.', attrs: { id: 'no-concerns' } })],
    'Ny oro visas här direkt när den anmäls. Öppna barnets sida för att kvittera och avsluta.');
  const childList = el('ul', { className: 'children', attrs: { id: 'child-list' } }, children.map(childRow));
  const childrenPanel = panel('children', 'Mina barn', [childList,
    children.length ? el('a', { text: 'Alla mina barn', attrs: { href: '/mina-barn.html' } }) : el('p', { className: 'empty', text: 'Inga barn ännu.', attrs: { id: 'no-children' } })]);
  const meetingList = el('ul', { className: 'meetings', attrs: { id: 'meeting-list', 'data-testid': 'meeting-list' } }, meetings.map(meetingRow));
  const meetingsPanel = panel('meetings', 'Mina möten', [meetingList, meetings.length ? null : el('p', { className: 'empty', text: 'Inga möten ännu.', attrs: { id: 'no-meetings' } })]);
  const raise = panel('raise', 'Anmäl oro', [concernForm()]);
  const register = panel('register', 'Registrera barn', [registerForm({ me, onRegistered: reloadChildren })]);
  const convene = isContact ? panel('convene', 'Kalla till barnteam', [conveneForm({ me, children: caseload, onConvened: reloadMeetings })]) : null;

  async function reloadChildren() {
    childList.replaceChildren(...(await api('/api/me/overview/children')).map(childRow));
  }
  async function reloadMeetings() {
    meetingList.replaceChildren(...(await api('/api/me/overview/meetings')).map(meetingRow));
  }

  // A barnkontakt's work starts with the concerns and the children; an upptäckare's with raising one.
  $('workspace').replaceChildren(...(isContact
    ? [concerns, childrenPanel, meetingsPanel, convene, raise, register]
    : [raise, meetingsPanel, childrenPanel, register]).filter(Boolean));

  const hub = liveHub();
  const loadConcerns = async () => {
    const alerts = await api('/api/me/concerns');
    alerts.sort((a, b) => a.concern.raisedAt.localeCompare(b.concern.raisedAt));
    for (const alert of alerts.slice(-10)) showConcern(concernList, alert, false);
  };
  hub.on('ConcernRaised', (alert) => { showConcern(concernList, alert, true); reloadChildren(); });
  hub.onReconnected(loadConcerns);
  if (isContact) await loadConcerns();
  try {
    await hub.start();
  } catch {
    // The shell shows "Ej ansluten"; the hub keeps trying and the page works meanwhile.
  }
  document.body.dataset.live = 'ready';
}

async function showSignIn(session) {
  $('sign-in').hidden = false;
  $('provider-sign-in').hidden = !session.providerSignIn;
  $('provider-sign-in-button').addEventListener('click', () => signInWithProvider('/'));
  if (new URLSearchParams(window.location.search).get('inloggning') === 'misslyckades') $('sign-in-failed').hidden = false;
  if (!session.devSignIn) return;
  $('dev-sign-in').hidden = false;
  const professionals = await devProfessionals();
  $('demo-professionals').replaceChildren(...professionals.map((p) => el('li', {}, [
    el('button', {
      text: `${p.name} – ${p.title}${p.unit ? `, ${p.unit}` : ''}`,
      attrs: { type: 'button', 'data-professional-id': p.id },
      on: { click: async () => { await devSignIn(p.id); window.location.assign('/'); } },
    }),
  ])));
}

// Old notification links pointed at "/?child={id}": they lead to the child page now.
const linked = new URLSearchParams(window.location.search).get('child');
if (linked && /^[0-9a-f-]{36}$/i.test(linked)) window.location.replace(`/barn/${linked}`);
else {
  const session = await sessionInfo();
  if (session.signedIn) showWorkspace();
  else showSignIn(session);
}
