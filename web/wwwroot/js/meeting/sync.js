// Keeps this page's copy of one meeting equal to the server's: join the hub group, apply
// SessionEvents strictly in version order, and on a gap or after a reconnect ask the server
// what was missed (events, or a fresh snapshot to replace ours).
import { applyEvent, normalizeSnapshot } from './events.js';

const outcomeGraceMs = 1500;
const connectionStates = { connecting: 'connecting', reconnecting: 'reconnecting', disconnected: 'offline' };

/** Over the tab's one hub connection (js/hub.js), shared with the bell. */
export class SessionSync {
  constructor(sessionId, hub, { onChange, onConnection }) {
    this.sessionId = sessionId;
    this.hub = hub;
    this.onChange = onChange;
    this.onConnection = onConnection;
    this.state = null;
    this.pending = new Map(); // version -> event that arrived ahead of its turn
    this.catchingUp = null;
    hub.on('SessionEvent', (id, event) => { if (id === sessionId) this.receive(event); });
    // "Live" is said only once the meeting is joined again, not when the socket is back.
    hub.onState((state) => { if (connectionStates[state] && this.state) this.onConnection(connectionStates[state]); });
    hub.onReconnected(() => this.rejoin());
  }

  async start() {
    this.onConnection('connecting');
    this.replace(await this.hub.invoke('JoinSession', this.sessionId));
    this.onConnection('live');
  }

  /** A new connection is not in the group yet: join again, then fetch what happened meanwhile. */
  async rejoin() {
    try {
      await this.hub.invoke('JoinSession', this.sessionId);
      await this.catchUp();
      this.onConnection('live');
    } catch {
      this.onConnection('offline');
    }
  }

  receive(event) {
    if (this.state && event.version <= this.state.version) return;
    this.pending.set(event.version, event);
    if (!this.state || this.catchingUp) return;
    if (event.version === this.state.version + 1) {
      this.drain();
      this.onChange(this.state);
      if (this.state.needsFreshView) this.refreshView();
    } else {
      this.catchUp();
    }
  }

  replace(snapshot) {
    this.state = normalizeSnapshot(snapshot);
    this.drain();
    this.onChange(this.state);
  }

  /** Applies buffered events while the next one in line is there; drops the ones already covered. */
  drain() {
    while (this.pending.has(this.state.version + 1)) {
      const event = this.pending.get(this.state.version + 1);
      this.pending.delete(event.version);
      applyEvent(this.state, event);
    }
    for (const version of this.pending.keys()) if (version <= this.state.version) this.pending.delete(version);
  }

  /**
   * After a consent change the server decides again what this viewer may see: replace the whole
   * copy, so data no longer covered leaves the screen without a reload.
   */
  refreshView() {
    this.catchingUp ??= this.hub.invoke('GetSession', this.sessionId)
      .then((snapshot) => this.replace(snapshot))
      .catch(() => { /* the next event or reconnect asks again */ })
      .finally(() => { this.catchingUp = null; });
    return this.catchingUp;
  }

  /** Never rejects: a failed catch-up is retried by the next gap or the next reconnect. */
  catchUp() {
    this.catchingUp ??= this.fetchMissed()
      .catch(() => { /* retried by the next gap or the next reconnect */ })
      .finally(() => { this.catchingUp = null; });
    return this.catchingUp;
  }

  async fetchMissed() {
    // A few rounds at most: events may keep arriving while we ask.
    for (let round = 0; round < 3; round++) {
      const result = await this.hub.invoke('GetSessionSince', this.sessionId, this.state.version);
      if (result.snapshot) {
        this.state = normalizeSnapshot(result.snapshot);
      } else {
        for (const event of result.events ?? []) if (event.version > this.state.version) this.pending.set(event.version, event);
      }
      this.drain();
      if (this.pending.size === 0) break;
    }
    if (this.state.needsFreshView) this.replace(await this.hub.invoke('GetSession', this.sessionId));
    else this.onChange(this.state);
  }

  /**
   * Calls a hub method that changes the meeting. The change itself reaches us as an event; if the
   * event has not arrived shortly after an applied outcome, we ask for what we missed.
   */
  async edit(method, ...args) {
    const outcome = await this.hub.invoke(method, this.sessionId, ...args);
    if (outcome?.applied && outcome.sessionVersion > this.state.version) {
      setTimeout(() => { if (outcome.sessionVersion > this.state.version) this.catchUp(); }, outcomeGraceMs);
    }
    return outcome;
  }

  /** Leaving on purpose is not a lost connection: the others see "Har lämnat" at once. */
  stop() {
    return this.hub.invoke('LeaveSession', this.sessionId).catch(() => {});
  }
}
