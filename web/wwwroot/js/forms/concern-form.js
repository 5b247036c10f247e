// "Anmäl oro": any professional may raise a concern; it reaches the child's barnkontakt at once
// and gives the reporter no view of the record. On the start page the child is found by
// personnummer (sent in the body, never in a URL); on the child page the child is known.
import { api } from '../api.js';
import { checkPersonnummer } from '../personnummer.js';
import { clearFormErrors, messages, showFormError, showFormErrors } from '../errors.js';
import { el, field, uniqueId } from '../dom.js';
import { concernSourceLabels, needsAreas } from '../labels.js';

export function concernForm({ childId = null, onRaised = () => {} } = {}) {
  const prefix = uniqueId('concern');
  const personnummer = childId ? null : el('input', {
    attrs: { id: 'concern-child', name: 'personnummer', autocomplete: 'off', inputmode: 'numeric', 'aria-describedby': 'concern-child-hint', 'data-field': 'personnummer' },
  });
  const pnrNote = el('p', { className: 'hint', attrs: { id: 'concern-child-hint', 'aria-live': 'polite' }, text: 'ÅÅÅÅMMDD-NNNN. Oron når barnets barnkontakt; du får ingen insyn i barnets uppgifter.' });
  const areas = el('div', { className: 'areas', attrs: { id: childId ? `${prefix}-areas` : 'concern-areas' } }, needsAreas.map(([code, name]) => {
    const box = el('input', { attrs: { type: 'checkbox', name: 'areas', value: code, id: `${prefix}-${code}` } });
    return el('label', { attrs: { for: box.id } }, [box, ` ${name}`]);
  }));
  const source = el('select', { attrs: { name: 'source', id: `${prefix}-source` } },
    Object.entries(concernSourceLabels).map(([value, text]) => el('option', { text, attrs: { value } })));
  const text = el('textarea', { attrs: { id: childId ? `${prefix}-text` : 'concern-text', name: 'text', rows: 4, maxlength: 4000 } });
  const atRisk = el('input', { attrs: { type: 'checkbox', name: 'childMayBeAtRisk', id: `${prefix}-risk` } });
  const message = el('p', { className: 'form-message', attrs: { role: 'status', id: childId ? `${prefix}-message` : 'raise-message' } });

  const form = el('form', { attrs: { id: childId ? `${prefix}-form` : 'raise-concern-form', novalidate: true, method: 'post' } }, [
    personnummer ? el('div', { className: 'field' }, [el('label', { text: 'Barnets personnummer', attrs: { for: personnummer.id } }), personnummer, pnrNote]) : null,
    el('fieldset', { attrs: { 'data-field': 'areas' } }, [el('legend', { text: 'Vilka områden i behovskompassen gäller oron?' }), areas]),
    field('Vad har du sett eller hört?', text),
    field('Hur kom oron fram?', source),
    el('label', { className: 'check', attrs: { for: atRisk.id } }, [atRisk, ' Barnet kan vara i fara (en orosanmälan till socialtjänsten ska göras)']),
    el('button', { text: 'Skicka oro till barnkontakten', attrs: { type: 'submit' } }),
    message,
  ]);
  text.dataset.field = 'text';

  personnummer?.addEventListener('input', () => {
    const problem = checkPersonnummer(personnummer.value);
    personnummer.setAttribute('aria-invalid', problem && personnummer.value.trim().length >= 10 ? 'true' : 'false');
    pnrNote.textContent = problem && personnummer.value.trim().length >= 10
      ? messages[problem]()
      : 'ÅÅÅÅMMDD-NNNN. Oron når barnets barnkontakt; du får ingen insyn i barnets uppgifter.';
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.textContent = '';
    const data = new FormData(form);
    const concern = {
      text: String(data.get('text') ?? ''),
      areas: data.getAll('areas'),
      source: data.get('source'),
      childMayBeAtRisk: atRisk.checked,
    };
    const problems = [];
    if (personnummer) {
      const code = personnummer.value.trim() ? checkPersonnummer(personnummer.value) : 'field.required';
      if (code) problems.push({ control: personnummer, text: code === 'field.required' ? 'Fyll i barnets personnummer.' : messages[code]() });
    }
    if (concern.areas.length === 0) problems.push({ control: areas.querySelector('input'), text: 'Välj minst ett område i behovskompassen.' });
    if (!concern.text.trim()) problems.push({ control: text, text: 'Skriv vad du har sett eller hört.' });
    if (problems.length) {
      showFormErrors(form, problems);
      return;
    }
    clearFormErrors(form);
    try {
      const receipt = childId
        ? await api(`/api/children/${encodeURIComponent(childId)}/concerns`, { method: 'POST', body: concern })
        : await api('/api/concerns', { method: 'POST', body: { personnummer: personnummer.value.trim(), ...concern } });
      form.reset();
      message.textContent = receipt.mandatoryReportRequired
        ? 'Oron är registrerad och har nått barnets barnkontakt. Kom ihåg att göra orosanmälan till socialtjänsten.'
        : 'Oron är registrerad och har nått barnets barnkontakt.';
      onRaised(receipt);
    } catch (error) {
      showFormError(form, error, { fieldMap: { text: 'text', areas: 'areas', personnummer: 'personnummer' } });
    }
  });
  return form;
}
