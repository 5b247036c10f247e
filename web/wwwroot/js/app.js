import { api, session } from './api.js';
import { needsAreas } from './areas.js';
import { connectLive } from './live.js';
import { initMeetings, loadMeetings, setConveneChildren } from './meetings.js';
import { childItem, concernItem, option } from './render.js';

const childIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const $ = (id) => document.getElementById(id);
const shownConcerns = new Set();
let live;

const stateLabels = { connecting: 'Ansluter…', connected: 'Live', reconnecting: 'Återansluter…', disconnected: 'Ej ansluten' };

function setConnectionState(state) {
  const badge = $('connection-state');
  badge.dataset.state = state;
  badge.textContent = stateLabels[state];
}

function showConcern(alert, isNew) {
  if (shownConcerns.has(alert.concern.concernId)) return;
  shownConcerns.add(alert.concern.concernId);
  const list = $('concern-list');
  list.prepend(concernItem(alert, { isNew }));
  $('no-concerns').hidden = true;
}

async function loadConcerns() {
  const alerts = await api('/api/me/concerns');
  alerts.sort((a, b) => a.concern.raisedAt.localeCompare(b.concern.raisedAt));
  for (const alert of alerts) showConcern(alert, false);
}

async function loadChildren() {
  const children = await api('/api/me/children');
  const list = $('child-list');
  list.replaceChildren(...children.map((child) => childItem(child, (id) => {
    $('concern-child').value = id;
    $('concern-text').focus();
  })));
  $('no-children').hidden = children.length > 0;
  setConveneChildren(children);
  showLinkedChild(list);
}

// Notifications link to "/?child={id}": point out that child and get the concern form ready.
function showLinkedChild(list) {
  const wanted = new URLSearchParams(window.location.search).get('child');
  const row = wanted && list.querySelector(`[data-child-id="${CSS.escape(wanted)}"]`);
  if (!row) return;
  row.classList.add('selected');
  row.scrollIntoView({ block: 'center' });
  $('concern-child').value = wanted;
}

async function showSignIn() {
  $('workspace').hidden = true;
  $('whoami').hidden = true;
  $('sign-in').hidden = false;
  const professionals = await api('/api/dev/professionals');
  $('demo-professionals').replaceChildren(...professionals.map((p) => {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.dataset.professionalId = p.id;
    button.textContent = `${p.name} – ${p.title}`;
    button.addEventListener('click', () => signIn(p.id));
    item.append(button);
    return item;
  }));
}

async function signIn(professionalId) {
  const response = await api('/api/dev/sign-in', { method: 'POST', body: { professionalId } });
  session.token = response.token;
  await showWorkspace();
}

async function showWorkspace() {
  const me = await api('/api/me');
  // An evaluator works with anonymized pilot figures only, never with children.
  if (me.roles?.includes('evaluator')) {
    window.location.assign('/pilot.html');
    return;
  }
  $('whoami-name').textContent = `${me.name}, ${me.title}`;
  $('sign-in').hidden = true;
  $('whoami').hidden = false;
  $('workspace').hidden = false;
  const professionals = await api('/api/professionals');
  $('child-contact').replaceChildren(...professionals.map((p) => option(p.id, `${p.name} – ${p.title}`)));
  $('child-contact').value = me.id;
  initMeetings(me, professionals);
  await loadChildren();
  await loadMeetings();
  live = connectLive({
    token: () => session.token,
    onConcernRaised: (alert) => showConcern(alert, true),
    onState: setConnectionState,
    onResync: loadConcerns,
  });
  await live.start();
  document.body.dataset.live = 'ready';
}

async function submitForm(form, messageId, action) {
  const message = $(messageId);
  message.textContent = '';
  message.classList.remove('error');
  try {
    message.textContent = await action(new FormData(form));
    form.reset();
  } catch (error) {
    message.textContent = error.message;
    message.classList.add('error');
  }
}

function wireForms() {
  $('concern-areas').replaceChildren(...needsAreas.map(([code, label]) => {
    const wrapper = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'areas';
    box.value = code;
    wrapper.append(box, ` ${label}`);
    return wrapper;
  }));

  $('raise-concern-form').addEventListener('submit', (event) => {
    event.preventDefault();
    submitForm(event.target, 'raise-message', async (data) => {
      const child = String(data.get('childId')).trim();
      const concern = { text: data.get('text'), areas: data.getAll('areas') };
      // A personnummer travels in the body, never in a URL; a known child id may go in the path.
      const receipt = childIdPattern.test(child)
        ? await api(`/api/children/${encodeURIComponent(child)}/concerns`, { method: 'POST', body: concern })
        : await api('/api/concerns', { method: 'POST', body: { personnummer: child, ...concern } });
      return receipt.reachedChildContact
        ? 'Oron är registrerad och har nått barnets barnkontakt.'
        : 'Oron är registrerad.';
    });
  });

  $('register-child-form').addEventListener('submit', (event) => {
    event.preventDefault();
    submitForm(event.target, 'register-message', async (data) => {
      const child = await api('/api/children', {
        method: 'POST',
        body: { displayName: data.get('displayName'), childContactId: data.get('childContactId'), gender: data.get('gender') || null },
      });
      await loadChildren();
      return `${child.displayName} är registrerad (id ${child.childId}).`;
    });
  });

  $('sign-out').addEventListener('click', async () => {
    session.token = null;
    if (live) await live.stop();
    shownConcerns.clear();
    $('concern-list').replaceChildren();
    $('no-concerns').hidden = false;
    await showSignIn();
  });
}

async function start() {
  wireForms();
  if (!session.token) {
    await showSignIn();
    return;
  }
  try {
    await showWorkspace();
  } catch (error) {
    if (error.status !== 401) throw error;
    session.token = null;
    await showSignIn();
  }
}

start();
