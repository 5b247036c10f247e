// Meeting logistics under the header: the calendar file and the video link for everyone; for the
// convener of a scheduled meeting a new time, the video link, and calling the meeting off. Every
// invitee is told live and by e-mail (with the calendar update) by the server.
import { api } from '../api.js';
import { el } from '../dom.js';
import { clearFormErrors, showFormError } from '../errors.js';

// datetime-local wants "2026-12-07T09:00" in local time.
function localValue(iso) {
  const at = new Date(iso);
  const pad = (n) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

export function createLogistics(sessionId, ctx) {
  const base = `/api/sessions/${encodeURIComponent(sessionId)}`;
  const calendar = el('a', { text: 'Lägg in i min kalender (.ics)', attrs: { href: `${base}/calendar.ics`, download: 'barnteam.ics', 'data-testid': 'calendar-download' } });
  const video = el('a', { text: 'Anslut till videomötet', attrs: { 'data-testid': 'video-link', rel: 'noopener', target: '_blank' } });
  const when = el('input', { attrs: { type: 'datetime-local', id: 'reschedule-at', name: 'scheduledAt', required: true } });
  const link = el('input', { attrs: { type: 'url', id: 'video-link-input', name: 'videoLink', placeholder: 'https://', inputmode: 'url', 'aria-describedby': 'video-link-hint' } });
  const message = el('p', { className: 'form-message', attrs: { role: 'status', 'aria-live': 'polite' } });
  const form = el('form', { className: 'logistics-form', attrs: { novalidate: true, 'data-testid': 'logistics-form', 'aria-label': 'Ändra tid eller videolänk' } }, [
    el('div', { className: 'form-row' }, [
      el('div', { className: 'field' }, [el('label', { text: 'Tid', attrs: { for: 'reschedule-at' } }), when]),
      el('div', { className: 'field' }, [
        el('label', { text: 'Länk till videomöte (valfritt)', attrs: { for: 'video-link-input' } }),
        el('span', { className: 'hint-inline', text: 'Kommunens egen länk, som börjar med https://', attrs: { id: 'video-link-hint' } }),
        link,
      ]),
    ]),
    el('div', { className: 'toolbar' }, [
      el('button', { text: 'Spara och meddela de kallade', attrs: { type: 'submit', 'data-testid': 'reschedule' } }),
      el('button', { text: 'Ställ in mötet', className: 'danger', attrs: { type: 'button', 'data-testid': 'cancel-session' }, on: { click: cancel } }),
    ]),
    message,
  ]);
  form.addEventListener('submit', reschedule);

  async function send(path, body) {
    clearFormErrors(form);
    message.textContent = '';
    try {
      await api(`${base}/${path}`, { method: 'POST', body });
      // The time and link are not part of the live events: read the meeting again.
      window.location.reload();
    } catch (error) {
      showFormError(form, error);
    }
  }

  function reschedule(event) {
    event.preventDefault();
    if (!when.value) {
      showFormError(form, { problem: { code: 'field.required', args: { field: 'scheduledAt' } } });
      return;
    }
    send('reschedule', { scheduledAt: new Date(when.value).toISOString(), videoLink: link.value.trim() || null });
  }

  function cancel() {
    if (window.confirm('Ställa in mötet? Alla kallade får veta det direkt och per e-post.')) send('cancel');
  }

  const element = el('div', { className: 'meeting-logistics', attrs: { 'data-testid': 'meeting-logistics' } }, [
    el('p', { className: 'logistics-links' }, [calendar, video]),
    form,
  ]);

  let filled = false;
  function update(state) {
    video.hidden = !state.videoLink || state.status === 'Cancelled';
    if (state.videoLink) video.href = state.videoLink;
    calendar.textContent = state.status === 'Cancelled' ? 'Ta bort ur min kalender (.ics)' : 'Lägg in i min kalender (.ics)';
    form.hidden = !(ctx.isConvener(state) && state.status === 'Scheduled');
    if (!filled) {
      when.value = localValue(state.scheduledAt);
      link.value = state.videoLink ?? '';
      filled = true;
    }
  }

  return { element, update };
}
