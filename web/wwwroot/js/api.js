// Thin fetch wrapper: bearer token on every call, ProblemDetails turned into readable errors.
const tokenKey = 'bb.token';

export const session = {
  get token() { return sessionStorage.getItem(tokenKey); },
  set token(value) {
    if (value) sessionStorage.setItem(tokenKey, value); else sessionStorage.removeItem(tokenKey);
  },
};

export class ApiError extends Error {
  constructor(status, problem) {
    super(describe(problem) || `Fel ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

function describe(problem) {
  if (!problem) return '';
  if (problem.errors) {
    return Object.entries(problem.errors).map(([field, rules]) => `${field}: ${rules.join(' ')}`).join('; ');
  }
  return problem.detail || problem.title || '';
}

export async function api(path, { method = 'GET', body } = {}) {
  const headers = { Accept: 'application/json' };
  if (session.token) headers.Authorization = `Bearer ${session.token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  const payload = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, payload);
  return payload;
}
