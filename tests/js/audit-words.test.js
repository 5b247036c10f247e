import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agencyOf, kindOf, outcomeOf, relationOf } from '../../web/wwwroot/js/audit-words.js';

test('the kinds of access the server writes are named in Swedish', () => {
  assert.equal(kindOf('read the record of'), 'Läste');
  assert.equal(kindOf('was refused reading the record of'), 'Nekades åtkomst');
  assert.equal(kindOf('tried to change (refused as stale: rated) in team session x about'), 'Nekades åtkomst');
  assert.equal(kindOf('looked up a personnummer by registering a child already registered'), 'Sökte på personnummer');
  assert.equal(kindOf('made a record extract (2026-01-01 to 2026-12-31) of'), 'Loggkontroll');
  assert.equal(kindOf('listed in own caseload'), 'Såg barnet i en egen lista');
  assert.equal(kindOf('added a plan action'), 'Ändrade');
  assert.equal(kindOf('something new'), 'Annan händelse');
});

test('the relation an access went through is said in Swedish, with the consent when it carried it', () => {
  assert.equal(relationOf('ChildContact, Full view'), 'som barnkontakt');
  assert.equal(relationOf('SupportCoordinator, Full view, as stödsamordnare, with the guardians\' consent for SocialServices'),
    'som stödsamordnare, med vårdnadshavarnas samtycke');
  assert.equal(relationOf('no relation'), 'utan roll för barnet');
  assert.equal(relationOf(null), '–');
  assert.match(relationOf('as meeting participant, full view'), /barnteam-möte/);
});

test('outcomes and agencies are Swedish words, never the stored English', () => {
  assert.deepEqual([outcomeOf('allowed'), outcomeOf('refused')], ['Tillåten', 'Nekad']);
  assert.deepEqual(['School', 'Municipality', 'SocialServices'].map(agencyOf), ['Skola', 'Kommunen', 'Socialtjänst']);
});
