import { test } from 'node:test';
import assert from 'node:assert/strict';
import { consentStateText, faceSteps, familyAgencyWords, statements } from '../../web/wwwroot/js/family/words.js';
import { guardianParticipantId, childParticipantId } from '../../web/wwwroot/js/forms/convene-form.js';

test('the child rates eight "jag"-statements on five steps, each with a word', () => {
  assert.equal(statements.length, 8);
  assert.ok(statements.every((s) => s.words.startsWith('Jag ')));
  assert.deepEqual(faceSteps.map((s) => s.value), [1, 2, 3, 4, 5]);
  assert.ok(faceSteps.every((s) => s.word.length > 0));
});

test('consent speaks of where it stands for this guardian', () => {
  assert.match(consentStateText({ inForce: true, givenByGuardians: [1, 2] }, 1), /gäller nu/);
  assert.match(consentStateText({ inForce: false, givenByGuardians: [1] }, 1), /andra vårdnadshavaren behöver/);
  assert.match(consentStateText({ inForce: false, givenByGuardians: [2] }, 1), /Nu behövs ditt svar/);
  assert.match(consentStateText({ inForce: false, givenByGuardians: [] }, 1), /Inget ja/);
});

test('every agency kind has plain words', () => {
  assert.deepEqual(Object.keys(familyAgencyWords).sort(), ['ChildHealth', 'ChildPsychiatry', 'MaternityCare', 'Police', 'SchoolOrPreschool', 'SocialServices']);
});

test('the family ids are made from the child id as the server makes them', () => {
  const childId = '0F8FAD5B-D9CB-469F-A165-70867728950E';
  assert.equal(guardianParticipantId(childId, 2), 'vh2-0f8fad5bd9cb469fa16570867728950e');
  assert.equal(childParticipantId(childId), 'barn-0f8fad5bd9cb469fa16570867728950e');
});
