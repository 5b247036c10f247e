// Thin fetch wrapper: the browser's session cookie goes along by itself (same origin, HttpOnly:
// no script ever sees it, and no token is kept in the page). Refusals become errors that carry the
// server's code (shown in Swedish by errors.js, never the English detail). Every answer tells the
// session module that the person is active; a 401 tells it the session has ended.
import { messageFor } from './errors.js';

const listeners = { activity: new Set(), unauthorized: new Set() };

/** For session.js: `activity` after every answer, `unauthorized` when the server no longer knows the session. */
export function onApi(kind, listener) { listeners[kind].add(listener); }

export class ApiError extends Error {
  constructor(status, problem) {
    super('');
    this.status = status;
    this.problem = problem;
    this.message = messageFor(this);
  }
}

export async function api(path, { method = 'GET', body, quiet = false } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, null);
  }
  const text = await response.text();
  let payload = null;
  try { payload = text ? JSON.parse(text) : null; } catch { payload = null; }
  if (response.status === 401 && !quiet) for (const listener of listeners.unauthorized) listener();
  if (!response.ok) throw new ApiError(response.status, payload);
  if (!quiet) for (const listener of listeners.activity) listener();
  return payload;
}

/** Sends a CSV (or other text) body as is, for the directory import. */
export async function apiText(path, text, contentType) {
  let response;
  try {
    response = await fetch(path, { method: 'POST', headers: { Accept: 'application/json', 'Content-Type': contentType }, credentials: 'same-origin', body: text });
  } catch {
    throw new ApiError(0, null);
  }
  const answer = await response.text();
  let payload = null;
  try { payload = answer ? JSON.parse(answer) : null; } catch { payload = null; }
  if (!response.ok) throw new ApiError(response.status, payload);
  for (const listener of listeners.activity) listener();
  return payload;
}
