// Thin fetch wrapper: bearer token on every call, refusals turned into errors that carry the
// server's code (shown in Swedish by errors.js, never the English detail).
import { messageFor } from './errors.js';

const tokenKey = 'bb.token';

export const session = {
  get token() { return sessionStorage.getItem(tokenKey); },
  set token(value) {
    if (value) sessionStorage.setItem(tokenKey, value); else sessionStorage.removeItem(tokenKey);
  },
};

export class ApiError extends Error {
  constructor(status, problem) {
    super('');
    this.status = status;
    this.problem = problem;
    this.message = messageFor(this);
  }
}

export async function api(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json' };
  if (session.token) headers.Authorization = `Bearer ${session.token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, null);
  }
  const text = await response.text();
  let payload = null;
  try { payload = text ? JSON.parse(text) : null; } catch { payload = null; }
  if (!response.ok) throw new ApiError(response.status, payload);
  return payload;
}
