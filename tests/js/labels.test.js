import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as labels from '../../web/wwwroot/js/labels.js';

const enumTables = {
  agencyLabels: ['SchoolOrPreschool', 'SocialServices', 'ChildHealth', 'ChildPsychiatry', 'Police', 'MaternityCare'],
  actionStatusLabels: ['Planned', 'Active', 'Done', 'Cancelled'],
  concernStatusLabels: ['Open', 'Acknowledged', 'Handled', 'ReferredToTeam'],
  concernSourceLabels: ['Observed', 'ToldByChild', 'ToldByGuardian', 'Other'],
  raterLabels: ['Child', 'Guardian', 'Professional', 'TeamConsensus'],
  contactRoleLabels: ['Midwife', 'ChildHealthNurse', 'PreschoolPrincipal', 'SchoolPrincipal'],
  sessionKindLabels: ['Individual', 'Team0To6', 'Team7To12'],
  sessionStatusLabels: ['Scheduled', 'Open', 'Closing', 'Closed', 'Cancelled'],
  presenceLabels: ['NotJoined', 'Present', 'Reconnecting', 'Left'],
  participantKindLabels: ['Professional', 'ConcernReporter', 'Guardian', 'Child'],
  linkedProcessKindLabels: ['Sip', 'Bus', 'Bob', 'Islandsmodellen', 'Other'],
  linkedProcessStatusLabels: ['Planned', 'Active', 'Closed'],
  genderLabels: ['Unknown', 'Girl', 'Boy', 'Other'],
  notificationKindLabels: ['ConcernRaised', 'HandoverProposed', 'ActionAssigned', 'MeetingInvitation', 'FollowUpDue', 'FollowUpOverdue', 'ActionDue', 'ActionOverdue', 'MeetingRescheduled', 'MeetingCancelled', 'ConcernEscalated', 'ConcernForOfflineColleague', 'SupportRequestReceived', 'SupportRequestAccepted', 'SupportRequestDeclined'],
  handoverTriggerLabels: ['ProposedByContact', 'Enrolment'],
};

for (const [table, members] of Object.entries(enumTables)) {
  test(`every member of the enum behind ${table} has a Swedish label`, () => {
    assert.deepEqual(Object.keys(labels[table]).sort(), [...members].sort());
    // A few codes are Swedish names already (Islandsmodellen); every other one must be translated.
    for (const member of members.filter((m) => m !== 'Islandsmodellen')) assert.notEqual(labels[table][member], member, `${member} is shown as its code`);
  });
}

test('the eight behovskompass areas come in the seeds order with the child\'s own words', () => {
  assert.deepEqual(labels.needsAreas.map(([code]) => code), ['Respected', 'Developing', 'CaredFor', 'Safe', 'Healthy', 'Leisure', 'Belonging', 'Responsible']);
  for (const [, , words] of labels.needsAreas) assert.match(words, /^Jag /);
});

test('the scale legend says that higher is better', () => {
  assert.match(labels.scaleLegend, /Högre är bättre/);
  assert.match(labels.scaleSteps[1], /inte alls/);
  assert.match(labels.scaleSteps[5], /helt/);
});

test('an unknown code gets a neutral word, never the English code', () => {
  assert.equal(labels.label(labels.actionStatusLabels, 'Postponed'), '–');
  assert.equal(labels.kindLabel('SomethingNew'), 'Notis');
});

test('the server\'s SIP warning is said in Swedish, and an unknown warning too', () => {
  assert.equal(labels.warningText('Elsa: The child has an active SIP (responsible: BUP). One child, one plan: coordinate.'),
    'Elsa har redan en aktiv SIP (ansvarig: BUP). Ett barn, en plan: samordna med SIP:en i stället för att planera parallellt.');
  assert.doesNotMatch(labels.warningText('Something else entirely'), /Something/);
});
