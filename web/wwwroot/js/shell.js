// The frame of every page: a skip link, the product name, the navigation for the person's roles,
// who is signed in (name, title, unit), sign out, the bell and the live connection's state.
import { el } from './dom.js';
import { mountBell } from './bell.js';
import { liveHub } from './hub.js';
import { hasRole, isPractitioner, requireSignIn, signOut, startIdleWatch } from './identity.js';
import { connectionLabels, label } from './labels.js';
import { loadPeople } from './people.js';

const roleLinks = [
  { href: '/inbox.html', text: 'Inkorg', key: 'inbox', practitioner: true },
  { href: '/mina-barn.html', text: 'Mina barn', key: 'children', practitioner: true },
  { href: '/moten.html', text: 'Möten', key: 'meetings', practitioner: true },
  { href: '/mina-insatser.html', text: 'Mina insatser', key: 'actions', practitioner: true },
  { href: '/installningar.html', text: 'Inställningar', key: 'settings', practitioner: true },
  { href: '/loggkontroll.html', text: 'Loggkontroll', key: 'audit', role: 'auditor' },
  { href: '/pilot.html', text: 'Uppföljning', key: 'pilot', role: 'evaluator' },
  { href: '/drift.html', text: 'Drift', key: 'ops', role: 'ops' },
  { href: '/katalog.html', text: 'Katalog', key: 'directory', role: 'directory-admin' },
  { href: '/enhet.html', text: 'Min enhet', key: 'unit', role: 'unit-manager' },
  { href: '/enhet.html', text: 'Min enhet', key: 'unit', role: 'unit-manager-stand-in' },
  { href: '/begaran.html', text: 'Begäran om insats', key: 'requests', role: 'intake' },
];

export { isPractitioner };

export function linksFor(me) {
  const links = roleLinks.filter((link) => (link.role ? hasRole(me, link.role) : isPractitioner(me)));
  return links.filter((link, i) => links.findIndex((other) => other.href === link.href) === i);
}

function header(me, current) {
  const connection = el('span', { className: 'connection', attrs: { 'data-testid': 'connection-state', id: 'connection-state', role: 'status' } });
  const signOutButton = el('button', { text: 'Logga ut', className: 'secondary small', attrs: { type: 'button', id: 'sign-out' }, on: { click: signOut } });
  const nav = el('nav', { className: 'shell-nav', attrs: { 'aria-label': 'Huvudmeny' } }, [
    el('ul', {}, linksFor(me).map((link) => el('li', {}, [
      el('a', { text: link.text, attrs: { href: link.href, 'aria-current': link.key === current ? 'page' : null } }),
    ]))),
  ]);
  const who = el('div', { className: 'whoami', attrs: { id: 'whoami' } }, [
    el('span', { className: 'who-name', text: me.name, attrs: { id: 'whoami-name' } }),
    el('span', { className: 'who-role', text: [me.title, me.unit].filter(Boolean).join(', ') }),
    signOutButton,
  ]);
  const bellSlot = el('span', { className: 'bell-slot' });
  const top = el('div', { className: 'shell-top' }, [
    el('a', { className: 'brand', text: 'BackaBarnet.Live', attrs: { href: '/' } }),
    el('div', { className: 'shell-status' }, [connection, bellSlot]),
    who,
  ]);
  return { element: el('header', { className: 'shell', attrs: { 'data-testid': 'shell' } }, [top, nav]), connection, bellSlot };
}

/**
 * Renders the frame and returns the signed-in person. Without a session (or with an expired one)
 * the person is sent to the start page to sign in.
 */
export async function startShell({ current } = {}) {
  const me = await requireSignIn();
  startIdleWatch();
  await loadPeople();
  const frame = header(me, current);
  document.querySelector('.skip-link') ?? document.body.prepend(el('a', { className: 'skip-link', text: 'Hoppa till innehållet', attrs: { href: '#main' } }));
  document.querySelector('.skip-link').after(frame.element);
  if (!hasRole(me, 'evaluator')) {
    // Evaluators reach no child, and the hub is about children: they have no live connection.
    const hub = liveHub();
    hub.onState((state) => {
      frame.connection.dataset.state = state;
      frame.connection.textContent = label(connectionLabels, state);
    });
    mountBell(frame.bellSlot);
    hub.start().catch(() => { /* shown as "Ej ansluten"; the hub retries by itself */ });
  } else {
    frame.connection.hidden = true;
  }
  return me;
}
