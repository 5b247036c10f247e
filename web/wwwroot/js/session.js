// The browser's session: who is signed in (from the directory, through /api/me), how to sign in
// (the organisation's provider, or the dev sign-in in development) and the idle watch for shared
// workstations: "Du loggas snart ut" before the session ends, and a half-typed form is never lost
// silently (the page stays, with a notice, instead of jumping to the sign-in).
import { api, onApi } from './api.js';
import { el } from './dom.js';

let me = null;
let info = null;
let lastActivity = Date.now();
let dirty = false;
let ended = false;

/** What the server says about the session: { signedIn, idleSeconds, providerSignIn, devSignIn }. */
export async function sessionInfo() {
  info ??= await api('/auth/session', { quiet: true });
  return info;
}

/** The signed-in person as /api/me gives them: { id, name, title, unit, agency, roles, contactRole, practitioner }. */
export async function currentUser() {
  me ??= await api('/api/me');
  return me;
}

export const hasRole = (person, role) => (person?.roles ?? []).includes(role);

/** A practitioner works with children (the directory says so); auditors, operations and evaluators reach no child. */
export const isPractitioner = (person) => Boolean(person?.practitioner);

const roleLabels = {
  midwife: 'Barnmorska', 'child-health-nurse': 'BVC-sjuksköterska', 'preschool-principal': 'Förskolerektor', 'school-principal': 'Grundskolerektor',
  practitioner: 'Arbetar med barn', intake: 'Mottagning', 'unit-manager': 'Enhetschef', 'unit-manager-stand-in': 'Ersättare för enhetschef',
  auditor: 'Loggkontrollant', evaluator: 'Utvärderare', ops: 'Drift', 'directory-admin': 'Katalogadministratör',
};
export const roleLabel = (role) => roleLabels[role] ?? role;
export const allRoles = Object.keys(roleLabels);

/** Sends a person without a session to the start page, which offers the way to sign in. */
export async function requireSignIn() {
  try {
    return await currentUser();
  } catch (error) {
    if (error.status === 401) {
      window.location.assign('/');
      return new Promise(() => {});
    }
    throw error;
  }
}

/** Ends the session here and, when signed in through the provider, there too (the server redirects). */
export function signOut() {
  me = null;
  const form = el('form', { attrs: { method: 'post', action: '/auth/sign-out', hidden: true } });
  document.body.append(form);
  form.submit();
}

/** The provider's sign-in, coming back to this page. */
export function signInWithProvider(returnUrl = window.location.pathname + window.location.search) {
  window.location.assign(`/auth/sign-in?returnUrl=${encodeURIComponent(returnUrl)}`);
}

/** The made-up demo people the dev sign-in offers (Development only); the directory itself needs a signed-in caller. */
export async function devProfessionals() { return api('/auth/demo-people'); }

export async function devSignIn(professionalId) {
  await api('/api/dev/sign-in', { method: 'POST', body: { professionalId } });
  me = null;
  return currentUser();
}

function dialog(id, title, text, actions) {
  document.getElementById(id)?.remove();
  const box = el('div', { className: 'session-dialog', attrs: { id, role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-text` } }, [
    el('h2', { text: title, attrs: { id: `${id}-title` } }),
    el('p', { text, attrs: { id: `${id}-text` } }),
    el('div', { className: 'actions' }, actions),
  ]);
  document.body.append(box);
  box.querySelector('button')?.focus();
  return box;
}

function sessionEnded() {
  if (ended) return;
  ended = true;
  document.getElementById('idle-warning')?.remove();
  // Signing out (not just leaving) ends the provider's session too: on a shared workstation the
  // next person must not be signed straight back in as this one.
  if (!dirty) {
    signOut();
    return;
  }
  dialog('session-ended', 'Du har loggats ut',
    'Du var inaktiv för länge och har loggats ut. Det du har skrivit finns kvar på sidan men är inte sparat: kopiera det innan du loggar in igen.',
    [el('button', { text: 'Logga in igen', attrs: { type: 'button', id: 'sign-in-again' }, on: { click: signOut } })]);
}

/**
 * Watches for inactivity: warns "Du loggas snart ut" a while before the server ends the idle
 * session (2 minutes, or half the time for short sessions), and keeps the page with a notice
 * when it ended while something was typed.
 */
export async function startIdleWatch() {
  const { idleSeconds } = await sessionInfo();
  const warnBefore = Math.min(120, idleSeconds / 2) * 1000;
  onApi('activity', () => { lastActivity = Date.now(); document.getElementById('idle-warning')?.remove(); });
  onApi('unauthorized', sessionEnded);
  document.addEventListener('input', () => { dirty = true; });
  document.addEventListener('submit', () => { dirty = false; });
  const check = () => {
    if (ended) return;
    const left = idleSeconds * 1000 - (Date.now() - lastActivity);
    if (left <= 0) {
      sessionEnded();
    } else if (left <= warnBefore && !document.getElementById('idle-warning')) {
      const minutes = Math.max(1, Math.round(left / 60000));
      dialog('idle-warning', 'Du loggas snart ut',
        `Du har inte gjort något på en stund och loggas ut om ungefär ${minutes} ${minutes === 1 ? 'minut' : 'minuter'}.${dirty ? ' Det du har skrivit är inte sparat.' : ''}`,
        [el('button', { text: 'Fortsätt vara inloggad', attrs: { type: 'button', id: 'stay-signed-in' }, on: { click: () => api('/api/me').catch(() => {}) } })]);
    }
  };
  setInterval(check, Math.min(5000, Math.max(500, warnBefore / 4)));
}
