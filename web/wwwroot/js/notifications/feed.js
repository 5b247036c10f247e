// The bell's own SignalR connection to the live hub. It is separate from any connection the
// page has, so the bell works on every page without knowing that page's code.
/* global signalR */
let loading;

// Pages that do not load the SignalR client themselves get it here (same origin, so the CSP allows it).
function ensureSignalR() {
  if (globalThis.signalR) return Promise.resolve();
  loading ??= new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/lib/signalr/signalr.min.js';
    script.addEventListener('load', resolve);
    script.addEventListener('error', () => reject(new Error('SignalR-klienten kunde inte laddas.')));
    document.head.append(script);
  });
  return loading;
}

export async function connectFeed({ token, onNotification, onUnread, onState, onReconnected }) {
  await ensureSignalR();
  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/live', { accessTokenFactory: () => token })
    .withAutomaticReconnect()
    .build();

  // Handlers are in place before start: the hub pushes waiting items while connecting.
  connection.on('Notification', onNotification);
  connection.on('UnreadCount', onUnread);
  connection.onreconnecting(() => onState('reconnecting'));
  connection.onreconnected(async () => { onState('connected'); await onReconnected(); });
  connection.onclose(() => onState('disconnected'));

  onState('connecting');
  await connection.start();
  onState('connected');
  return connection;
}
