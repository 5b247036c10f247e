// "Så har jag det": the eight "jag"-statements, each a group of five faces with words. Native
// radio buttons, so the keyboard works as everywhere (Tab to a statement, arrows to choose).
import { el } from '../dom.js';
import { face } from './faces.js';
import { faceSteps, ratingOf, statements } from './words.js';

export function ratingForm({ childName, relation, onSubmit }) {
  const forChild = relation === 'Child';
  const groups = statements.map(({ area, words }) => {
    const name = `rating-${area}`;
    const legendText = forChild ? words : `${childName}: ”${words}”`;
    const options = faceSteps.map(({ value, word, mood }) => {
      const input = el('input', { attrs: { type: 'radio', name, value: String(value), id: `${name}-${value}` } });
      return el('label', { className: 'face-option', attrs: { for: input.id } }, [input, face(mood), el('span', { className: 'face-word', text: word })]);
    });
    return el('fieldset', { className: 'statement', data: { area } }, [el('legend', { text: legendText }), el('div', { className: 'faces' }, options)]);
  });
  const message = el('p', { className: 'message', attrs: { role: 'status', 'data-testid': 'rating-message' } });
  const button = el('button', { text: forChild ? 'Skicka det jag tycker' : 'Skicka vår skattning', attrs: { type: 'submit' } });
  const form = el('form', { className: 'rating-form', attrs: { novalidate: true, 'data-testid': 'family-rating' } }, [
    el('h2', { text: forChild ? 'Så har jag det' : 'Så tror vi att barnet har det' }),
    el('p', { text: forChild
      ? 'Välj den gubbe som passar bäst. Ingen ser vad du valt förrän mötet visar allas svar.'
      : 'Välj det som passar bäst för ert barn. Ingen ser era svar förrän mötet visar allas svar.' }),
    ...groups,
    button,
    message,
  ]);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const ratings = statements
      .map(({ area }) => ({ area, value: Number(form.querySelector(`input[name=rating-${area}]:checked`)?.value ?? 0) }))
      .filter((r) => r.value > 0);
    if (ratings.length === 0) {
      message.textContent = 'Välj minst en gubbe först.';
      return;
    }
    message.textContent = await onSubmit(ratings);
  });

  /** Shows what this family member already chose (their own rating is theirs to see). */
  function show(ratings) {
    for (const { area } of statements) {
      const value = ratingOf(ratings, area);
      if (value) form.querySelector(`#rating-${area}-${value}`).checked = true;
    }
  }

  function setEnabled(enabled) {
    for (const control of form.elements) control.disabled = !enabled;
  }

  return { element: form, show, setEnabled };
}
