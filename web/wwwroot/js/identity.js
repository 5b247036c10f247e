// Who is signed in, and signing in and out: the ONE module the pages ask (issue 16 replaces the
// dev bearer token with an OpenID Connect cookie session here, and nowhere else).
import { api, session } from './api.js';

let me = null;

/** True when a session exists (it may still turn out to be expired: currentUser() then fails with 401). */
export const hasSession = () => Boolean(session.token);

/** The signed-in person as /api/me gives them: { id, name, title, unit, agency, roles, contactRole }. */
export async function currentUser() {
  me ??= await api('/api/me');
  return me;
}

/** The token the hub connection sends (a cookie session needs none). */
export const hubToken = () => session.token;

export async function signOut() {
  session.token = null;
  me = null;
  window.location.assign('/');
}

/** Forgets an expired session without leaving the page (the start page shows the sign-in). */
export function forget() {
  session.token = null;
  me = null;
}

// ---- Development sign-in (only where the server offers it) ----
export const devProfessionals = () => api('/api/dev/professionals');

export async function devSignIn(professionalId) {
  const response = await api('/api/dev/sign-in', { method: 'POST', body: { professionalId } });
  session.token = response.token;
  me = null;
  return currentUser();
}
