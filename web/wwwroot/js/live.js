// The SignalR connection to the live hub. The server is the source of truth: on every
// (re)connect the caller re-fetches, and pushed items are de-duplicated by id.
/* global signalR */
export function connectLive({ token, onConcernRaised, onState, onResync }) {
  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/live', { accessTokenFactory: () => token() })
    .withAutomaticReconnect()
    .build();

  connection.on('ConcernRaised', onConcernRaised);
  connection.onreconnecting(() => onState('reconnecting'));
  connection.onreconnected(async () => { onState('connected'); await onResync(); });
  connection.onclose(() => onState('disconnected'));

  return {
    async start() {
      onState('connecting');
      await connection.start();
      onState('connected');
      await onResync();
    },
    stop: () => connection.stop(),
  };
}
