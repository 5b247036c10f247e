// The child page (/barn/{id}): the hub of the work on one child, showing exactly what the caller's
// view allows (full, participation or handover summary), and live: when anyone changes the
// record, the page reads it again without a reload (js/childsync.js).
import { api } from '../api.js';
import { el } from '../dom.js';
import { createChildSync } from '../childsync.js';
import { liveHub } from '../hub.js';
import { startShell } from '../shell.js';
import { createAssessments } from './assessments.js';
import { createConcerns } from './concerns.js';
import { createHeader } from './header.js';
import { createChronology, createMeetings } from './history.js';
import { createHandover } from './handover.js';
import { createPlan } from './plan.js';
import { createSharing } from './sharing.js';
import { createSupportRequests } from './support-requests.js';

const childId = window.location.pathname.split('/').filter(Boolean)[1] ?? '';
const main = document.getElementById('main');
const status = document.getElementById('child-status');

function fail(text) {
  main.replaceChildren(el('h1', { className: 'page-title', text: 'Barnets sida' }), el('p', { className: 'notice', text, attrs: { role: 'alert' } }));
  document.body.dataset.child = 'failed';
}

async function start() {
  const me = await startShell({ current: 'children' });
  let record = null;
  const hub = liveHub();
  const ctx = {
    childId,
    me,
    can: (permission) => (record?.access?.allowed ?? []).includes(permission),
    view: () => record?.access?.view,
    announce: (text) => { status.textContent = text; },
    refresh: () => sync.resync(),
  };
  const parts = [createHeader(), createConcerns(ctx), createPlan(ctx), createAssessments(ctx), createHandover(ctx), createSharing(ctx), createSupportRequests(ctx), createMeetings(ctx), createChronology(ctx)];

  const sync = createChildSync({
    load: () => api(`/api/children/${encodeURIComponent(childId)}`),
    watch: () => hub.invoke('WatchChild', childId),
    onRecord: (child) => {
      record = child;
      for (const part of parts) part.update(child);
      document.body.dataset.childVersion = String(child.version);
    },
    onError: (error) => { status.textContent = error.message; },
  });

  hub.on('ChildChanged', (id, version) => { if (id === childId) sync.receive(version); });
  hub.onReconnected(() => sync.resync().catch(() => {}));
  try {
    await sync.start();
  } catch (error) {
    fail(error.message);
    return;
  }
  status.textContent = '';
  main.replaceChildren(status, ...parts.map((p) => p.element));
  document.body.dataset.child = 'ready';
}

if (!/^[0-9a-f-]{36}$/i.test(childId)) fail('Adressen saknar vilket barn som ska visas.');
else start();
