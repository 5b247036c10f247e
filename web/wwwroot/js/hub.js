// The one SignalR connection of this tab, shared by the page and the bell (never two WebSockets
// per tab). Pages listen for the events they care about; on every reconnect they are told, so they
// can rejoin their groups and fetch what they missed (the server is the source of truth).
/* global signalR */

const events = ['ConcernRaised', 'Notification', 'UnreadCount', 'SessionEvent', 'ChildChanged'];
const retryMs = 5000;
let instance = null;

function loadClient() {
  if (globalThis.signalR) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/lib/signalr/signalr.min.js';
    script.addEventListener('load', resolve);
    script.addEventListener('error', () => reject(new Error('SignalR-klienten kunde inte laddas.')));
    document.head.append(script);
  });
}

function createHub() {
  const handlers = new Map(events.map((name) => [name, new Set()]));
  const stateListeners = new Set();
  const reconnectListeners = new Set();
  let connection = null;
  let starting = null;
  let state = 'disconnected';
  let stopped = false;
  let retryTimer = null;

  const setState = (next) => {
    state = next;
    document.documentElement.dataset.hub = next;
    for (const listener of stateListeners) listener(next);
  };
  const reconnected = () => { for (const listener of reconnectListeners) listener(); };

  function build() {
    connection = new signalR.HubConnectionBuilder()
      .withUrl('/hubs/live') // the session cookie authenticates the connection: no token in the URL
      .withAutomaticReconnect()
      .build();
    // Handlers are in place before start: the hub pushes waiting notifications while connecting.
    for (const name of events) connection.on(name, (...args) => { for (const handler of handlers.get(name)) handler(...args); });
    connection.onreconnecting(() => setState('reconnecting'));
    connection.onreconnected(() => { setState('connected'); reconnected(); });
    connection.onclose(() => {
      setState('disconnected');
      if (!stopped) retryLater();
    });
  }

  // Automatic reconnect gives up after a while, and a first connect may fail (server restarting).
  function retryLater() {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(async () => {
      if (stopped || connection.state !== signalR.HubConnectionState.Disconnected) return;
      try {
        setState('connecting');
        await connection.start();
        setState('connected');
        reconnected();
      } catch {
        setState('disconnected');
        retryLater();
      }
    }, retryMs);
  }

  return {
    get state() { return state; },

    /** Connects once; later calls get the same promise. Rejects if the first attempt fails (a retry is scheduled). */
    start() {
      starting ??= (async () => {
        await loadClient();
        build();
        setState('connecting');
        try {
          await connection.start();
          setState('connected');
        } catch (error) {
          setState('disconnected');
          retryLater();
          throw error;
        }
      })();
      return starting;
    },

    on(name, handler) {
      handlers.get(name).add(handler);
      return () => handlers.get(name).delete(handler);
    },

    onState(listener) {
      stateListeners.add(listener);
      listener(state);
      return () => stateListeners.delete(listener);
    },

    onReconnected(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },

    async invoke(method, ...args) {
      await this.start();
      return connection.invoke(method, ...args);
    },

    async stop() {
      stopped = true;
      clearTimeout(retryTimer);
      if (connection) await connection.stop();
    },
  };
}

/** This tab's hub. */
export const liveHub = () => (instance ??= createHub());
