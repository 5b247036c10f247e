// The notice settings page: which notifications reach the person by e-mail, at once or in a daily
// digest, and quiet hours. The address comes from the directory and is only shown here.
import { api } from './api.js';
import { el } from './dom.js';
import { clearFormErrors, showFormError, showFormErrors } from './errors.js';
import { notificationKindLabels } from './labels.js';
import { startShell } from './shell.js';

const $ = (id) => document.getElementById(id);

// "21:00:00" from the server, "21:00" in the time field.
const shortTime = (time) => (time ? time.slice(0, 5) : '');

function render({ preferences, email, hasPhone }) {
  $('email-where').textContent = email
    ? `Notiser som du inte har läst i BackaBarnet efter en stund skickas till ${email}. Adressen kommer från katalogen; be katalogansvarig ändra den.`
    : 'Katalogen har ingen e-postadress för dig, så ingen e-post skickas. Be katalogansvarig lägga till den.';
  $('kinds').replaceChildren(...Object.entries(notificationKindLabels).map(([kind, text]) => el('label', { className: 'choice' }, [
    el('input', { attrs: { type: 'checkbox', name: 'kind', value: kind, checked: preferences.emailKinds.includes(kind) ? '' : null } }),
    ` ${text}`,
  ])));
  document.querySelector(`input[name="when"][value="${preferences.dailyDigest ? 'digest' : 'now'}"]`).checked = true;
  $('quiet').checked = Boolean(preferences.quietFrom);
  if (preferences.quietFrom) {
    $('quiet-from').value = shortTime(preferences.quietFrom);
    $('quiet-to').value = shortTime(preferences.quietTo);
  }
  $('sms').checked = preferences.sms;
  $('sms').disabled = !hasPhone && !preferences.sms;
  $('settings-form').hidden = false;
}

function read(form) {
  const quiet = $('quiet').checked;
  return {
    emailKinds: [...form.querySelectorAll('input[name="kind"]:checked')].map((box) => box.value),
    dailyDigest: form.querySelector('input[name="when"]:checked').value === 'digest',
    quietFrom: quiet ? `${$('quiet-from').value}:00` : null,
    quietTo: quiet ? `${$('quiet-to').value}:00` : null,
    sms: $('sms').checked,
  };
}

async function save(event) {
  event.preventDefault();
  const form = event.currentTarget;
  clearFormErrors(form);
  $('settings-message').textContent = '';
  if ($('quiet').checked && (!$('quiet-from').value || !$('quiet-to').value)) {
    showFormErrors(form, [{ control: $('quiet-from').value ? $('quiet-to') : $('quiet-from'), text: 'Fyll i när den tysta tiden börjar och slutar.' }]);
    return;
  }
  try {
    render(await api('/api/me/notice-settings', { method: 'PUT', body: read(form) }));
    $('settings-message').textContent = 'Dina inställningar är sparade.';
  } catch (error) {
    showFormError(form, error);
  }
}

async function start() {
  await startShell({ current: 'settings' });
  $('settings-form').addEventListener('submit', save);
  try {
    render(await api('/api/me/notice-settings'));
    document.body.dataset.settings = 'ready';
  } catch (error) {
    $('email-where').textContent = `Inställningarna kunde inte hämtas: ${error.message}`;
  }
}

start();
