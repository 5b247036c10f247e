// The barnteam meeting page (/meeting.html?session={id}). Everything on it is drawn from the
// server's state as SessionSync keeps it; the panels only send edits and show their outcome.
import { liveHub } from '../hub.js';
import { nameOf as directoryName } from '../people.js';
import { startShell } from '../shell.js';
import { el, syncChildren } from '../dom.js';
import { createHeader } from './header.js';
import { warningText } from '../labels.js';
import { createChildSection } from './child.js';
import { createPresenceList } from './presence.js';
import { errorText } from './outcome.js';
import { SessionSync } from './sync.js';

const sessionId = new URLSearchParams(window.location.search).get('session');
const $ = (id) => document.getElementById(id);
const statusNotes = {
  Scheduled: 'Mötet är inte öppnat ännu. Skattningar och planen kan ändras när den som kallat har öppnat mötet.',
  Closing: 'Mötet avslutas: planen och bedömningen sparas i barnets akt.',
  Closed: 'Mötet är avslutat. Planen och bedömningen finns i barnets akt.',
};

function fail(text) {
  $('meeting-error').textContent = text;
  $('meeting-error').hidden = false;
  document.body.dataset.sessionReady = 'failed';
}

function contextFor(me, current) {
  const participant = (state, id) => state.participants.find((p) => p.participant.participantId === id)?.participant;
  return {
    me: me.id,
    isConvener: (state) => state.convenerId === me.id,
    // The meeting's grain takes changes only while it is Open (closing commits them to the records).
    editable: (state) => state.status === 'Open',
    // What this viewer may do for a child, as the meeting's grain decided (MeetingPermissions).
    may: (view, permission) => (view.allowed ?? []).includes(permission),
    participant,
    current,
    nameOf: (id) => participant(current(), id)?.name ?? directoryName(id),
    people: (state) => state.participants.map((p) => [p.participant.participantId, p.participant.name]),
  };
}

async function start() {
  const me = await startShell({ current: 'meetings' });
  if (!sessionId) {
    fail('Adressen saknar vilket möte som ska visas.');
    return;
  }

  const sections = new Map();
  let sync;
  const ctx = { ...contextFor(me, () => sync.state), refresh: () => render(sync.state) };
  const header = createHeader(sessionId, ctx);
  const presence = createPresenceList();
  $('meeting-header').replaceWith(header.element);
  $('presence').replaceWith(presence.element);

  function render(state) {
    if (!state) return;
    header.update(state);
    presence.update(state);
    $('status-note').textContent = statusNotes[state.status] ?? '';
    $('status-note').hidden = !statusNotes[state.status];
    const warnings = $('warnings');
    warnings.replaceChildren(...state.warnings.map((text) => el('li', { text: warningText(text) })));
    warnings.hidden = state.warnings.length === 0;
    for (const child of state.agenda) {
      if (!sections.has(child.childId)) sections.set(child.childId, createChildSection(child, ctx));
      sections.get(child.childId).update(child, state);
    }
    syncChildren($('agenda'), state.agenda.map((child) => sections.get(child.childId).element));
    document.title = `${header.element.querySelector('.meeting-kind').textContent} – BackaBarnet.Live`;
    document.body.dataset.sessionVersion = String(state.version);
    document.body.dataset.sessionStatus = state.status;
  }

  sync = new SessionSync(sessionId, liveHub(), { onChange: render, onConnection: header.setConnection });
  ctx.sync = sync;
  try {
    await sync.start();
  } catch (error) {
    header.setConnection('offline');
    fail(`Det gick inte att ansluta till mötet: ${errorText(error)}`);
    return;
  }
  document.body.dataset.sessionReady = 'true';
  window.addEventListener('pagehide', () => sync.stop());
  // Back from the browser's page cache the connection is gone: start over from the server.
  window.addEventListener('pageshow', (event) => { if (event.persisted) window.location.reload(); });
}

start();
