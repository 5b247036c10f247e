// familj.html: a guardian or the child takes part in their child's meeting from their phone.
// Signed in with e-legitimation (or, in Development, the family dev sign-in). The hub pushes only
// "something changed"; the page then reads its own family view, which holds only what is shared.
import { api } from '../api.js';
import { el } from '../dom.js';
import { messageFor } from '../errors.js';
import { consentSection } from './consent.js';
import { ratingForm } from './rating.js';
import { aboutSection, planSection, presenceSection, viewsSection } from './view.js';

const main = document.getElementById('main');
const params = new URLSearchParams(window.location.search);
let connection = null;
let current = null;
let rating = null;

const say = (text) => { document.getElementById('family-message').textContent = text; };

async function start() {
  let me;
  try {
    me = await api('/api/family/me', { quiet: true });
  } catch {
    await showSignIn();
    return;
  }
  const link = pickMeeting(me);
  if (!link) {
    showMeetings(me);
    return;
  }
  await joinMeeting(link.sessionId, link.childId);
}

function pickMeeting(me) {
  const sessionId = params.get('session');
  const childId = params.get('child');
  if (sessionId && childId) return { sessionId, childId };
  const meetings = me.children.flatMap((c) => c.meetings.map((m) => ({ ...m, childId: c.childId })));
  return meetings.length === 1 ? meetings[0] : null;
}

async function showSignIn() {
  const session = await api('/auth/session', { quiet: true }).catch(() => ({}));
  const parts = [
    el('h1', { text: 'Barnteam – för familjen' }),
    el('p', { text: 'Logga in för att vara med i mötet om ditt barn.' }),
    el('a', { text: 'Logga in med BankID eller Freja eID', className: 'big-link', attrs: { href: '/auth/familj/sign-in' } }),
  ];
  if (session.devSignIn) parts.push(devSignInForm());
  main.replaceChildren(...parts);
  document.body.dataset.page = 'sign-in';
}

/** Development only: sign in as a guardian or the child of a registered child (the server refuses it anywhere else). */
function devSignInForm() {
  const childId = el('input', { attrs: { id: 'dev-child', name: 'childId', autocomplete: 'off' } });
  const relation = el('select', { attrs: { id: 'dev-relation', name: 'relation' } }, [
    el('option', { text: 'Vårdnadshavare 1', attrs: { value: 'Guardian:1' } }),
    el('option', { text: 'Vårdnadshavare 2', attrs: { value: 'Guardian:2' } }),
    el('option', { text: 'Barnet', attrs: { value: 'Child:0' } }),
  ]);
  const form = el('form', { className: 'card dev-sign-in', attrs: { 'aria-labelledby': 'dev-heading' } }, [
    el('h2', { text: 'Testinloggning (bara i utvecklingsmiljö)', attrs: { id: 'dev-heading' } }),
    el('label', { text: 'Barnets id', attrs: { for: childId.id } }), childId,
    el('label', { text: 'Jag är', attrs: { for: relation.id } }), relation,
    el('button', { text: 'Logga in', attrs: { type: 'submit' } }),
  ]);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const [kind, number] = relation.value.split(':');
    try {
      await api('/api/dev/family/sign-in', { method: 'POST', body: { childId: childId.value.trim(), relation: kind, guardianNumber: Number(number) } });
      await start();
    } catch (error) {
      say(messageFor(error));
    }
  });
  return form;
}

function showMeetings(me) {
  const items = me.children.flatMap((c) => c.meetings.map((m) => el('li', {}, [
    el('a', { text: `Möte om ${c.displayName}`, className: 'big-link', attrs: { href: `/familj.html?session=${m.sessionId}&child=${c.childId}` } }),
  ])));
  main.replaceChildren(
    el('h1', { text: 'Barnteam – för familjen' }),
    items.length ? el('ul', { className: 'meetings' }, items) : el('p', { text: 'Du är inte inbjuden till något möte just nu.' }),
  );
  document.body.dataset.page = 'meetings';
}

async function joinMeeting(sessionId, childId) {
  // eslint-disable-next-line no-undef -- the SignalR browser client is loaded by the page.
  connection = new signalR.HubConnectionBuilder().withUrl('/hubs/family').withAutomaticReconnect().build();
  connection.on('MeetingChanged', (id) => { if (id === sessionId) refresh(sessionId, childId); });
  connection.onreconnected(() => connection.invoke('JoinMeeting', sessionId, childId).then(render).catch((e) => say(messageFor(e))));
  try {
    await connection.start();
    render(await connection.invoke('JoinMeeting', sessionId, childId));
  } catch (error) {
    main.replaceChildren(el('h1', { text: 'Barnteam – för familjen' }), el('p', { className: 'fatal', text: messageFor(error), attrs: { role: 'alert' } }));
    document.body.dataset.page = 'refused';
  }
}

async function refresh(sessionId, childId) {
  try {
    render(await connection.invoke('GetMeeting', sessionId, childId));
  } catch (error) {
    say(messageFor(error));
  }
}

function render(view) {
  const first = current === null;
  current = view;
  const child = view.child;
  const myNumber = Number(view.viewerId.match(/^vh(\d)-/)?.[1] ?? 0);
  const planLink = `/api/family/meetings/${view.sessionId}/plan?childId=${child.childId}`;
  if (first) {
    rating = ratingForm({ childName: child.displayName, relation: view.viewerRelation, onSubmit: submitRatings });
    rating.show(view.viewerRelation === 'Child' ? child.childOwnView : child.guardianView);
  }
  rating.setEnabled(view.status === 'Open');
  const sections = [
    el('h1', { text: `Möte om ${child.displayName}` }),
    aboutSection(view),
    presenceSection(view),
    rating.element,
    viewsSection(view),
    view.viewerRelation === 'Guardian' ? consentSection(view, myNumber, setConsent) : '',
    planSection(view, planLink),
    signOutForm(),
  ];
  // The rating form is kept (not rebuilt) so a choice in progress survives a push; moving it detaches
  // it for a moment, which drops the keyboard focus, so a child rating with the keyboard gets it back.
  const focused = main.contains(document.activeElement) ? document.activeElement : null;
  main.replaceChildren(...sections.filter(Boolean));
  if (focused?.isConnected) focused.focus({ preventScroll: true });
  document.body.dataset.page = 'meeting';
  document.body.dataset.revealed = String(child.revealed);
  document.body.dataset.version = String(view.version);
}

/** Ends the family's session on this device (a shared phone must not stay signed in). */
function signOutForm() {
  return el('form', { className: 'sign-out', attrs: { method: 'post', action: '/auth/sign-out' } }, [
    el('button', { text: 'Logga ut', className: 'secondary', attrs: { type: 'submit' } }),
  ]);
}

async function submitRatings(ratings) {
  try {
    const outcome = await connection.invoke('SubmitRatings', current.sessionId, current.child.childId, ratings);
    if (!outcome.applied) return 'Det gick inte att spara. Försök igen.';
    return current.child.revealed ? 'Tack! Ditt svar är sparat och visas för alla.' : 'Tack! Ditt svar är sparat. Det visas när mötet visar allas svar.';
  } catch (error) {
    return messageFor(error);
  }
}

async function setConsent(agency, given) {
  try {
    render(await connection.invoke('SetConsent', current.sessionId, current.child.childId, agency, given));
    say(given ? 'Ditt ja är sparat.' : 'Ditt samtycke är taget tillbaka.');
  } catch (error) {
    say(messageFor(error));
  }
}

start();
