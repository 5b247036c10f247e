// The plan's details for one child: goals (each tied to behovskompass areas), the
// stödsamordnare, the follow-up date and the meeting's decisions/minutes. Saved as one item with
// its own version: a save based on an older version is refused and the current details shown.
import { needsAreas } from '../labels.js';
import { changedText, el, field, select, uniqueId } from '../dom.js';
import { describeDetails, errorText, refusalReason, showMessage } from './outcome.js';

function goalRow(goal, onChange) {
  const text = el('input', { attrs: { name: 'goal', maxlength: 1000, autocomplete: 'off', 'aria-label': 'Mål' } });
  text.value = goal.text ?? '';
  const areas = el('div', { className: 'goal-areas' }, needsAreas.map(([code, name]) => {
    const box = el('input', { attrs: { type: 'checkbox', value: code, id: uniqueId('goal-area') } });
    box.checked = (goal.areas ?? []).includes(code);
    return el('label', { className: 'tag-check', attrs: { for: box.id } }, [box, ` ${name}`]);
  }));
  const row = el('li', { className: 'goal' }, [text, areas]);
  const remove = el('button', { text: 'Ta bort mål', className: 'link danger', attrs: { type: 'button' }, on: { click: () => { row.remove(); onChange(); } } });
  row.append(remove);
  return row;
}

export function createDetailsPanel(child, ctx) {
  const { childId } = child;
  let dirty = false; // unsaved typing wins over the server copy until saved or refused
  let baseVersion = child.detailsVersion;
  let savedOver = null; // after a save, the form waits for the version it created before refilling
  const markDirty = () => { dirty = true; update(latest.view, latest.state); };
  let latest = { view: child, state: null };

  const goals = el('ol', { className: 'goals' });
  const addGoal = el('button', { text: 'Lägg till mål', className: 'secondary', attrs: { type: 'button' }, on: { click: () => { goals.append(goalRow({}, markDirty)); markDirty(); } } });
  const coordinator = select('supportCoordinatorId', [], { empty: 'Ingen vald' });
  const followUp = el('input', { attrs: { name: 'nextFollowUp', type: 'date' } });
  const minutes = el('textarea', { attrs: { name: 'minutes', rows: 4, maxlength: 8000 } });
  // "Delas med familjen": the goals are shared unless the meeting says no; the minutes only when it says yes.
  const goalsShared = el('input', { attrs: { name: 'goalsSharedWithFamily', type: 'checkbox', 'data-testid': `goals-shared-${childId}` } });
  const minutesShared = el('input', { attrs: { name: 'minutesSharedWithFamily', type: 'checkbox', 'data-testid': `minutes-shared-${childId}` } });
  const saveButton = el('button', { text: 'Spara plandetaljer', attrs: { type: 'submit' } });
  const notice = el('p', { className: 'notice', text: 'Någon annan har sparat plandetaljerna medan du skrev. Sparar du nu visas deras version i stället.', attrs: { hidden: true } });
  const message = el('p', { className: 'message', attrs: { role: 'status', 'data-testid': `details-message-${childId}` } });

  const changed = el('p', { className: 'changed', attrs: { 'data-testid': `details-changed-${childId}` } });
  const form = el('form', { className: 'details', attrs: { novalidate: true, 'data-testid': `details-${childId}` } }, [
    el('h3', { text: 'Mål, stödsamordnare och beslut' }),
    changed,
    el('fieldset', {}, [el('legend', { text: 'Mål' }), goals, addGoal, field('Delas med familjen', goalsShared, 'field checkbox-field')]),
    el('div', { className: 'form-row' }, [field('Stödsamordnare', coordinator), field('Uppföljningsdatum', followUp)]),
    field('Beslut och anteckningar', minutes),
    field('Anteckningarna delas med familjen', minutesShared, 'field checkbox-field'),
    notice,
    el('div', { className: 'toolbar' }, [saveButton]),
    message,
  ]);
  form.addEventListener('input', markDirty);
  form.addEventListener('change', markDirty);
  form.addEventListener('submit', (event) => { event.preventDefault(); save(); });

  const read = () => ({
    goals: [...goals.children].map((row) => ({
      text: row.querySelector('input[name=goal]').value.trim(),
      areas: [...row.querySelectorAll('input[type=checkbox]:checked')].map((box) => box.value),
    })).filter((goal) => goal.text),
    supportCoordinatorId: coordinator.value || null,
    nextFollowUp: followUp.value || null,
    minutes: minutes.value.trim() || null,
    goalsSharedWithFamily: goalsShared.checked,
    minutesSharedWithFamily: minutesShared.checked,
  });

  async function save() {
    showMessage(message, '');
    try {
      const outcome = await ctx.sync.edit('SaveDetails', childId, read(), baseVersion);
      if (outcome.applied) {
        savedOver = baseVersion;
        showMessage(message, 'Plandetaljerna är sparade.');
      } else {
        dirty = false;
        const now = outcome.currentDetails ? ` Nu gäller: ${describeDetails(outcome.currentDetails, ctx.nameOf)}.` : '';
        showMessage(message, `Dina ändringar av plandetaljerna sparades inte: ${refusalReason(outcome, 'dem')}.${now}`, 'refused');
      }
      ctx.refresh();
    } catch (error) {
      showMessage(message, errorText(error), 'error');
    }
  }

  function fill(view, state) {
    baseVersion = view.detailsVersion;
    const details = view.details;
    goals.replaceChildren(...details.goals.map((goal) => goalRow(goal, markDirty)));
    coordinator.replaceChildren(...select('supportCoordinatorId', ctx.people(state), { empty: 'Ingen vald' }).children);
    coordinator.value = details.supportCoordinatorId ?? '';
    followUp.value = details.nextFollowUp ?? '';
    minutes.value = details.minutes ?? '';
    goalsShared.checked = details.goalsSharedWithFamily !== false;
    minutesShared.checked = details.minutesSharedWithFamily === true;
  }

  function update(view, state) {
    latest = { view, state };
    if (savedOver !== null && view.detailsVersion > savedOver) {
      savedOver = null;
      dirty = false;
    }
    if (!dirty) fill(view, state);
    notice.hidden = !(dirty && savedOver === null && view.detailsVersion > baseVersion);
    changed.textContent = changedText(view.detailsChangedBy, view.detailsChangedAt, ctx.nameOf);
    const editable = ctx.editable(state) && ctx.may(view, 'SaveDetails');
    for (const control of form.elements) control.disabled = !editable;
  }

  return { element: form, update };
}
