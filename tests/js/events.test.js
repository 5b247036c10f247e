import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEvent, normalizeSnapshot } from '../../web/wwwroot/js/meeting/events.js';

const snapshot = () => normalizeSnapshot({
  sessionId: 's', status: 'Open', version: 10, participants: [], warnings: [],
  agenda: [{ childId: 'c', displayName: 'Alva', actions: [], details: null, consensus: [] }],
});

test('a consensus event replaces the consensus and records who set each area', () => {
  const state = snapshot();
  applyEvent(state, {
    version: 11, kind: 'ConsensusSet', childId: 'c', actorId: 'erik', at: '2026-01-01T13:32:00Z',
    consensus: [{ area: 'Safe', value: 4 }], consensusChanges: [{ area: 'Safe', by: 'erik', at: '2026-01-01T13:32:00Z' }],
  });
  assert.deepEqual(state.agenda[0].consensus, [{ area: 'Safe', value: 4 }]);
  assert.equal(state.agenda[0].consensusChanges[0].by, 'erik');
  assert.equal(state.version, 11);
});

test('saved plan details carry who saved them and when', () => {
  const state = snapshot();
  applyEvent(state, { version: 11, kind: 'PlanDetailsSaved', childId: 'c', actorId: 'sara', at: '2026-01-01T10:00:00Z', details: { goals: [] }, detailsVersion: 2 });
  assert.equal(state.agenda[0].detailsChangedBy, 'sara');
  assert.equal(state.agenda[0].detailsVersion, 2);
});

test('a withheld event advances the version and changes nothing', () => {
  const state = snapshot();
  applyEvent(state, { version: 11, kind: 'ConsensusSet', childId: 'c', withheld: true });
  assert.deepEqual(state.agenda[0].consensus, []);
  assert.equal(state.version, 11);
});

test('an action saved is added, then replaced by its next version', () => {
  const state = snapshot();
  applyEvent(state, { version: 11, kind: 'PlanActionSaved', childId: 'c', action: { actionId: 'a', what: 'Hembesök', itemVersion: 1 } });
  applyEvent(state, { version: 12, kind: 'PlanActionSaved', childId: 'c', action: { actionId: 'a', what: 'Hembesök i maj', itemVersion: 2 } });
  assert.equal(state.agenda[0].actions.length, 1);
  assert.equal(state.agenda[0].actions[0].what, 'Hembesök i maj');
});

test('a sharing change asks for a fresh view instead of guessing', () => {
  const state = snapshot();
  applyEvent(state, { version: 11, kind: 'SharingChanged', childId: 'c' });
  assert.equal(state.needsFreshView, true);
});
