// "Registrera barn": a name, the barnkontakt (only those who can be one), an optional
// personnummer checked as it is typed, and gender. After a save the form keeps its choices (the
// barnkontakt above all: a second child registered in a row goes to the same person).
import { api } from '../api.js';
import { checkPersonnummer } from '../personnummer.js';
import { clearFormErrors, messages, showFormError, showFormErrors } from '../errors.js';
import { el, field, option } from '../dom.js';
import { genderLabels } from '../labels.js';
import { childContacts } from '../people.js';

export function registerForm({ me, onRegistered = () => {} }) {
  const name = el('input', { attrs: { id: 'child-name', name: 'displayName', maxlength: 200, autocomplete: 'off' } });
  const contacts = childContacts().sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const contact = el('select', { attrs: { id: 'child-contact', name: 'childContactId' } },
    contacts.map((p) => option(p.id, `${p.name} – ${p.title}${p.unit ? `, ${p.unit}` : ''}`)));
  if (contacts.some((p) => p.id === me.id)) contact.value = me.id;
  const pnr = el('input', { attrs: { id: 'child-personnummer', name: 'personnummer', autocomplete: 'off', inputmode: 'numeric', 'aria-describedby': 'child-personnummer-hint' } });
  const pnrHint = el('p', { className: 'hint', text: 'Valfritt. ÅÅÅÅMMDD-NNNN. Kontrolleras medan du skriver.', attrs: { id: 'child-personnummer-hint', 'aria-live': 'polite' } });
  const gender = el('select', { attrs: { id: 'child-gender', name: 'gender' } },
    [option('', 'Ej angivet'), ...['Girl', 'Boy', 'Other'].map((g) => option(g, genderLabels[g]))]);
  const message = el('p', { className: 'form-message', attrs: { role: 'status', id: 'register-message' } });
  const form = el('form', { attrs: { id: 'register-child-form', novalidate: true, method: 'post' } }, [
    field('Barnets namn', name),
    field('Barnkontakt', contact),
    el('div', { className: 'field' }, [el('label', { text: 'Personnummer', attrs: { for: pnr.id } }), pnr, pnrHint]),
    field('Kön (valfritt, för uppföljningens jämställdhetsanalys)', gender),
    el('button', { text: 'Registrera', attrs: { type: 'submit' } }),
    message,
  ]);

  const checkPnr = () => {
    const problem = checkPersonnummer(pnr.value);
    const complete = pnr.value.trim().length >= 10;
    pnr.setAttribute('aria-invalid', problem && complete ? 'true' : 'false');
    pnrHint.textContent = !pnr.value.trim() ? 'Valfritt. ÅÅÅÅMMDD-NNNN. Kontrolleras medan du skriver.'
      : problem ? (complete ? messages[problem]() : 'Skriv hela numret, ÅÅÅÅMMDD-NNNN.')
        : 'Personnumret ser rätt ut.';
    return problem;
  };
  pnr.addEventListener('input', checkPnr);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.textContent = '';
    const problems = [];
    if (!name.value.trim()) problems.push({ control: name, text: 'Fyll i barnets namn.' });
    const pnrProblem = checkPnr();
    if (pnrProblem) problems.push({ control: pnr, text: messages[pnrProblem]() });
    if (problems.length) {
      showFormErrors(form, problems);
      return;
    }
    clearFormErrors(form);
    try {
      const child = await api('/api/children', {
        method: 'POST',
        body: { displayName: name.value, childContactId: contact.value, personnummer: pnr.value.trim() || null, gender: gender.value || null },
      });
      // Only what belongs to this child is cleared: the barnkontakt and the other choices stay.
      name.value = '';
      pnr.value = '';
      checkPnr();
      message.replaceChildren(`${child.displayName} är registrerad. `, el('a', { text: `Öppna ${child.displayName}s sida`, attrs: { href: `/barn/${child.childId}` } }));
      onRegistered(child);
    } catch (error) {
      showFormError(form, error, { fieldMap: { displayName: 'displayName', childContactId: 'childContactId', personnummer: 'personnummer' } });
    }
  });
  return form;
}
