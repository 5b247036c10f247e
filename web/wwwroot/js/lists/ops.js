// Drift: whether this web node and its connection to the cluster are healthy, the Orleans
// dashboard, and rebuilding the pilot statistics after a definition changed.
import { api } from '../api.js';
import { el } from '../dom.js';
import { startShell } from '../shell.js';

const $ = (id) => document.getElementById(id);

async function health(path) {
  try {
    const response = await fetch(path);
    return response.ok ? 'Frisk' : 'Inte redo';
  } catch {
    return 'Svarar inte';
  }
}

async function start() {
  await startShell({ current: 'ops' });
  const [live, ready] = await Promise.all([health('/health/live'), health('/health/ready')]);
  const rebuildMessage = el('p', { className: 'form-message', attrs: { role: 'status' } });
  const rebuild = el('button', {
    text: 'Bygg om pilotstatistiken', attrs: { type: 'button' },
    on: { click: async () => {
      rebuild.disabled = true;
      try {
        const result = await api('/api/statistics/rebuild', { method: 'POST' });
        rebuildMessage.textContent = `Statistiken är ombyggd från ${result.children} barns akter.`;
      } catch (error) {
        rebuildMessage.textContent = error.message;
      } finally {
        rebuild.disabled = false;
      }
    } },
  });
  $('content').replaceChildren(el('div', { className: 'panels' }, [
    el('section', { className: 'panel', attrs: { 'aria-labelledby': 'health-title' } }, [
      el('h2', { text: 'Den här webbnoden', attrs: { id: 'health-title' } }),
      el('dl', { className: 'facts', attrs: { 'data-testid': 'ops-health' } }, [
        el('dt', { text: 'Processen' }), el('dd', { text: live }),
        el('dt', { text: 'Kontakt med klustret' }), el('dd', { text: ready }),
      ]),
      el('p', {}, [el('a', { text: 'Orleans-instrumentpanelen', attrs: { href: '/ops/dashboard/' } })]),
    ]),
    el('section', { className: 'panel', attrs: { 'aria-labelledby': 'rebuild-title' } }, [
      el('h2', { text: 'Pilotstatistik', attrs: { id: 'rebuild-title' } }),
      el('p', { className: 'hint', text: 'Om en definition i statistiken har ändrats: räkna om varje barns anonyma fakta.' }),
      rebuild, rebuildMessage,
    ]),
  ]));
  document.body.dataset.page = 'ready';
}

start();
