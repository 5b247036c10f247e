// The meeting's header: what kind of meeting, when, its status, our connection, and for the
// convener the buttons that open and close it (REST, since they are rare and not per-item).
import { api } from '../api.js';
import { el, formatTime } from '../dom.js';
import { connectionLabels, sessionKindLabels as kindLabels, label, sessionStatusLabels as statusLabels } from '../labels.js';
import { showMessage } from './outcome.js';
import { createLogistics } from './logistics.js';

export function createHeader(sessionId, ctx) {
  const kind = el('h1', { className: 'meeting-kind', attrs: { 'data-testid': 'session-kind' } });
  const time = el('time', { className: 'meeting-time', attrs: { 'data-testid': 'session-time' } });
  const status = el('span', { className: 'status-badge', attrs: { 'data-testid': 'session-status' } });
  const connection = el('span', { className: 'connection', attrs: { 'data-testid': 'connection', role: 'status' } });
  const message = el('p', { className: 'message', attrs: { role: 'status', hidden: true } });

  async function post(action, confirmText) {
    if (confirmText && !window.confirm(confirmText)) return;
    showMessage(message, '');
    try {
      await api(`/api/sessions/${encodeURIComponent(sessionId)}/${action}`, { method: 'POST' });
    } catch (error) {
      showMessage(message, error.message, 'error');
    }
  }

  const open = el('button', { text: 'Öppna mötet', attrs: { type: 'button', 'data-testid': 'open-session' }, on: { click: () => post('open') } });
  const close = el('button', {
    text: 'Avsluta mötet', className: 'danger', attrs: { type: 'button', 'data-testid': 'close-session' },
    on: { click: () => post('close', 'Avsluta mötet? Planen och bedömningen sparas då i varje barns akt.') },
  });

  const element = el('div', { className: 'panel meeting-header', attrs: { id: 'meeting-header' } }, [
    el('div', { className: 'meeting-title' }, [kind, time, status]),
    el('div', { className: 'meeting-controls' }, [connection, open, close]),
    message,
  ]);
  const logistics = createLogistics(sessionId, ctx);
  element.append(logistics.element);

  function setConnection(state) {
    connection.dataset.state = state;
    connection.textContent = label(connectionLabels, state);
  }

  function update(state) {
    kind.textContent = label(kindLabels, state.kind);
    time.dateTime = state.scheduledAt;
    time.textContent = formatTime(state.scheduledAt);
    status.textContent = label(statusLabels, state.status);
    status.dataset.status = state.status;
    const convener = ctx.isConvener(state);
    open.hidden = !convener || state.status !== 'Scheduled';
    close.hidden = !convener || state.status !== 'Open';
    logistics.update(state);
  }

  setConnection('connecting');
  return { element, update, setConnection };
}
