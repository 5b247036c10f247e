// Keeps this page's copy of one meeting equal to the server's: join the hub group, apply
// SessionEvents strictly in version order, and on a gap or after a reconnect ask the server
// what was missed (events, or a fresh snapshot to replace ours).
/* global signalR */
import { applyEvent, normalizeSnapshot } from './events.js';

const retryDelayMs = 5000;
const outcomeGraceMs = 1500;

export class SessionSync {
  constructor(sessionId, tokenFactory, { onChange, onConnection }) {
    this.sessionId = sessionId;
    this.onChange = onChange;
    this.onConnection = onConnection;
    this.state = null;
    this.pending = new Map(); // version -> event that arrived ahead of its turn
    this.catchingUp = null;
    this.connection = new signalR.HubConnectionBuilder()
      .withUrl('/hubs/live', { accessTokenFactory: tokenFactory })
      .withAutomaticReconnect()
      .build();
    this.connection.on('SessionEvent', (id, event) => { if (id === sessionId) this.receive(event); });
    // The hub also pushes the inbox to every connection; this page has none (the start page shows it).
    for (const ignored of ['ConcernRaised', 'Notification', 'UnreadCount']) this.connection.on(ignored, () => {});
    this.connection.onreconnecting(() => this.onConnection('reconnecting'));
    this.connection.onreconnected(() => this.rejoin());
    this.connection.onclose(() => {
      this.onConnection('offline');
      if (!this.stopped) this.retryLater();
    });
  }

  async start() {
    this.onConnection('connecting');
    await this.connection.start();
    this.replace(await this.connection.invoke('JoinSession', this.sessionId));
    this.onConnection('live');
  }

  /** A new connection is not in the group yet: join again, then fetch what happened meanwhile. */
  async rejoin() {
    try {
      await this.connection.invoke('JoinSession', this.sessionId);
      await this.catchUp();
      this.onConnection('live');
    } catch {
      this.onConnection('offline');
    }
  }

  /** Automatic reconnect gives up after a while; a meeting page keeps trying. */
  retryLater() {
    setTimeout(async () => {
      if (this.connection.state !== signalR.HubConnectionState.Disconnected) return;
      try {
        await this.connection.start();
        await this.rejoin();
      } catch {
        this.retryLater();
      }
    }, retryDelayMs);
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
    this.catchingUp ??= this.connection.invoke('GetSession', this.sessionId)
      .then((snapshot) => this.replace(snapshot))
      .catch((error) => console.warn('Could not refresh the meeting after a consent change', error))
      .finally(() => { this.catchingUp = null; });
    return this.catchingUp;
  }

  /** Never rejects: a failed catch-up is retried by the next gap or the next reconnect. */
  catchUp() {
    this.catchingUp ??= this.fetchMissed()
      .catch((error) => console.warn('Could not catch up with the meeting', error))
      .finally(() => { this.catchingUp = null; });
    return this.catchingUp;
  }

  async fetchMissed() {
    // A few rounds at most: events may keep arriving while we ask.
    for (let round = 0; round < 3; round++) {
      const result = await this.connection.invoke('GetSessionSince', this.sessionId, this.state.version);
      if (result.snapshot) {
        this.state = normalizeSnapshot(result.snapshot);
      } else {
        for (const event of result.events ?? []) if (event.version > this.state.version) this.pending.set(event.version, event);
      }
      this.drain();
      if (this.pending.size === 0) break;
    }
    if (this.state.needsFreshView) this.replace(await this.connection.invoke('GetSession', this.sessionId));
    else this.onChange(this.state);
  }

  /**
   * Calls a hub method that changes the meeting. The change itself reaches us as an event; if the
   * event has not arrived shortly after an applied outcome, we ask for what we missed.
   */
  async edit(method, ...args) {
    const outcome = await this.connection.invoke(method, this.sessionId, ...args);
    if (outcome?.applied && outcome.sessionVersion > this.state.version) {
      setTimeout(() => { if (outcome.sessionVersion > this.state.version) this.catchUp(); }, outcomeGraceMs);
    }
    return outcome;
  }

  stop() {
    this.stopped = true;
    return this.connection.stop();
  }
}
