// Applies one SessionEvent to the local copy of the meeting. Each event carries the server's
// value for what changed (a whole action, all consensus so far, ...): we replace, never merge.

const byChild = (state, childId) => state.agenda.find((child) => child.childId === childId);

const handlers = {
  PresenceChanged(state, event) {
    const id = event.participant.participant.participantId;
    const index = state.participants.findIndex((p) => p.participant.participantId === id);
    if (index >= 0) state.participants[index] = event.participant;
    else state.participants.push(event.participant);
  },
  RatingsSubmitted(state, event, child) {
    if (!child.ratedBy.includes(event.ratedBy)) child.ratedBy = [...child.ratedBy, event.ratedBy];
  },
  RatingsRevealed(state, event, child) {
    child.revealed = true;
    child.ratings = event.ratings ?? [];
    child.spread = event.spread ?? [];
    child.ratedBy = child.ratings.map((r) => r.participantId);
    child.childOwnView = event.childOwnView ?? child.childOwnView;
    child.guardianView = event.guardianView ?? child.guardianView;
  },
  ConsensusSet(state, event, child) {
    child.consensus = event.consensus ?? [];
    child.consensusChanges = event.consensusChanges ?? child.consensusChanges;
  },
  PlanActionSaved(state, event, child) {
    const index = child.actions.findIndex((a) => a.actionId === event.action.actionId);
    if (index >= 0) child.actions[index] = event.action;
    else child.actions.push(event.action);
  },
  PlanActionRemoved(state, event, child) {
    child.actions = child.actions.filter((a) => a.actionId !== event.removedActionId);
  },
  PlanDetailsSaved(state, event, child) {
    child.details = normalizeDetails(event.details);
    child.detailsVersion = event.detailsVersion;
    child.detailsChangedBy = event.actorId;
    child.detailsChangedAt = event.at;
  },
  StatusChanged(state, event) {
    state.status = event.status;
  },
  // Consent changed for a child: what this viewer may see is decided again by the server.
  SharingChanged(state) {
    state.needsFreshView = true;
  },
};

/** Applies the event (whose version must be state.version + 1) in place. */
export function applyEvent(state, event) {
  const handler = handlers[event.kind];
  const child = event.childId ? byChild(state, event.childId) : undefined;
  // An unknown kind or child, or an event the guardians' consent withholds from this viewer,
  // still advances the version: skipping it must not look like a gap forever.
  if (handler && !event.withheld && (!event.childId || child)) handler(state, event, child);
  state.version = event.version;
}

function normalizeDetails(details) {
  return {
    goals: details?.goals ?? [],
    supportCoordinatorId: details?.supportCoordinatorId ?? null,
    nextFollowUp: details?.nextFollowUp ?? null,
    minutes: details?.minutes ?? null,
    goalsSharedWithFamily: details?.goalsSharedWithFamily ?? true,
    minutesSharedWithFamily: details?.minutesSharedWithFamily ?? false,
  };
}

/** Fills absent lists so the renderers never have to ask. */
export function normalizeSnapshot(snapshot) {
  return {
    ...snapshot,
    participants: snapshot.participants ?? [],
    warnings: snapshot.warnings ?? [],
    agenda: (snapshot.agenda ?? []).map((child) => ({
      ...child,
      childOwnView: child.childOwnView ?? [],
      guardianView: child.guardianView ?? [],
      ratedBy: child.ratedBy ?? [],
      ratings: child.ratings ?? [],
      spread: child.spread ?? [],
      consensus: child.consensus ?? [],
      actions: child.actions ?? [],
      details: normalizeDetails(child.details),
      consensusChanges: child.consensusChanges ?? [],
      allowed: child.allowed ?? [],
    })),
  };
}
