import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fieldKey, messageFor, messages, parseError } from '../../web/wwwroot/js/errors.js';

test('a ProblemDetails refusal is told in Swedish from its code, naming the field', () => {
  const error = { status: 400, problem: { code: 'field.required', args: { field: 'displayName' }, detail: 'displayName: is required.' } };
  assert.equal(messageFor(error), 'Fyll i barnets namn.');
});

test('a HubException carries its code and arguments after SignalR\'s wrapping', () => {
  const error = new Error('An unexpected error occurred invoking \'SubmitRatings\' on the server. HubException: [field.out-of-range] ratings[0].value: must be from 1 to 5 (was 7).\n{"field":"ratings[0].value","min":"1","max":"5","actual":"7"}');
  assert.deepEqual(parseError(error), { code: 'field.out-of-range', args: { field: 'ratings[0].value', min: '1', max: '5', actual: '7' }, field: 'ratings[0].value' });
  assert.equal(messageFor(error), 'Skattning ska vara från 1 till 5.');
});

test('an unknown code and a network failure are still Swedish', () => {
  assert.match(messageFor({ status: 400, problem: { code: 'brand.new-rule', args: {} } }), /^Det gick inte/);
  assert.match(messageFor(new TypeError('Failed to fetch')), /servern/);
});

test('field paths are named by their last part', () => {
  assert.equal(fieldKey('guardians[0].email'), 'email');
  assert.equal(fieldKey('areas[1]'), 'areas');
});

test('every error code the server has a Swedish text for', () => {
  const source = readFileSync(new URL('../../grain-interfaces/Domain/ErrorCodes.cs', import.meta.url), 'utf8');
  const codes = [...source.matchAll(/public const string \w+ = "([a-z0-9.-]+)";/g)].map((m) => m[1]).filter((c) => !c.endsWith('.'));
  assert.ok(codes.length > 40, `found only ${codes.length} codes`);
  const missing = codes.filter((code) => !messages[code]);
  assert.deepEqual(missing, []);
  for (const code of codes) assert.doesNotMatch(messages[code]({ max: '5', min: '1', actual: '7', other: 'start' }, 'Fältet'), /undefined/);
});
