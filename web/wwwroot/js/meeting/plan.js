// The plan's actions (insatser) for one child as a table: add, edit and remove. Every edit names
// the itemVersion it was based on, so an edit made on an outdated row is refused by the server
// and we show why, with the value that now applies.
import { changedText, el, field, headingRow, scrollBox, select, syncChildren } from '../dom.js';
import { actionStatusLabels, agencyLabels, label, planAgencyOf } from '../labels.js';
import { parseError } from '../errors.js';
import { describeAction, errorText, refusalReason, showMessage } from './outcome.js';

const agencies = Object.entries(agencyLabels);
const statuses = Object.entries(actionStatusLabels);
const headings = ['Insats', 'Ansvarig', 'Verksamhet', 'Klart senast', 'Status', 'Delas med familjen', ''];

/** Inputs for one action; the assignee suggests the agency as people usually act for their own. */
function actionInputs(ctx, state, action) {
  const inputs = {
    what: el('input', { attrs: { name: 'what', required: true, maxlength: 500, autocomplete: 'off' } }),
    assigneeId: select('assigneeId', ctx.people(state), { empty: 'Ingen vald', value: action?.assigneeId }),
    agency: select('agency', agencies, { value: action?.agency ?? 'SchoolOrPreschool' }),
    due: el('input', { attrs: { name: 'due', type: 'date' } }),
    status: select('status', statuses, { value: action?.status ?? 'Planned' }),
    // "Delas med familjen": on unless the meeting decides otherwise (the family view shows only shared items).
    shared: el('input', { attrs: { name: 'sharedWithFamily', type: 'checkbox' } }),
  };
  inputs.shared.checked = action?.sharedWithFamily ?? true;
  inputs.what.value = action?.what ?? '';
  inputs.due.value = action?.due ?? '';
  inputs.assigneeId.addEventListener('change', () => {
    const agency = planAgencyOf(ctx.participant(state, inputs.assigneeId.value)?.agency);
    if (agency) inputs.agency.value = agency;
  });
  return inputs;
}

const readInputs = (inputs) => ({
  what: inputs.what.value.trim(),
  agency: inputs.agency.value,
  assigneeId: inputs.assigneeId.value || null,
  due: inputs.due.value || null,
  status: inputs.status.value,
  sharedWithFamily: inputs.shared.checked,
});

export function createPlanPanel(child, ctx) {
  const { childId } = child;
  let editing = null; // { actionId, baseVersion, row, inputs }
  let latest = { view: child, state: null };
  const body = el('tbody');
  const message = el('p', { className: 'message', attrs: { role: 'status', 'data-testid': `plan-message-${childId}` } });
  const addForm = el('form', { className: 'new-action', attrs: { 'data-testid': `new-action-${childId}`, novalidate: true } });
  let addInputs = null;

  const element = el('section', { className: 'plan', attrs: { 'aria-label': 'Insatser' } }, [
    el('h3', { text: 'Insatser i planen' }),
    scrollBox('Insatser i planen', [el('table', { className: 'plan-table', attrs: { 'data-testid': `plan-table-${childId}` } }, [
      el('thead', {}, [headingRow(headings)]),
      body,
    ])]),
    message,
    addForm,
  ]);

  addForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const input = readInputs(addInputs);
    if (!input.what) {
      showMessage(message, 'Skriv vad insatsen är först.', 'error');
      return;
    }
    if (await save(null, input, 0)) buildAddForm(latest.state, ctx.may(latest.view, 'EditAnyAction'));
  });

  function buildAddForm(state, mayAny = true) {
    addInputs = actionInputs(ctx, state, null);
    if (!mayAny) {
      // The grain takes only actions assigned to oneself from a participant without consent.
      addInputs.assigneeId.replaceChildren(...[...addInputs.assigneeId.options].filter((o) => o.value === ctx.me));
      addInputs.assigneeId.value = ctx.me;
    }
    addForm.replaceChildren(
      el('h4', { text: 'Lägg till insats' }),
      el('div', { className: 'form-row' }, [
        field('Ny insats', addInputs.what), field('Ansvarig', addInputs.assigneeId), field('Verksamhet', addInputs.agency),
        field('Klart senast', addInputs.due), field('Status', addInputs.status), field('Delas med familjen', addInputs.shared, 'field checkbox-field'),
      ]),
      el('button', { text: 'Lägg till insats', attrs: { type: 'submit' } }),
    );
  }

  async function save(actionId, input, baseVersion) {
    showMessage(message, '');
    try {
      const outcome = await ctx.sync.edit('SaveAction', childId, actionId, input, baseVersion);
      if (!outcome.applied) refused(outcome);
      return outcome.applied;
    } catch (error) {
      const text = errorText(error);
      if (actionId && parseError(error).code === 'plan.action-not-found') {
        showMessage(message, 'Din ändring av insatsen sparades inte: någon annan har tagit bort insatsen.', 'refused');
        editing = null;
        ctx.refresh();
      } else {
        showMessage(message, text, 'error');
      }
      return false;
    }
  }

  async function remove(action) {
    if (!window.confirm(`Ta bort insatsen ”${action.what}”?`)) return;
    showMessage(message, '');
    try {
      const outcome = await ctx.sync.edit('RemoveAction', childId, action.actionId, action.itemVersion);
      if (!outcome.applied) refused(outcome);
    } catch (error) {
      showMessage(message, errorText(error), 'error');
    }
  }

  function refused(outcome) {
    const now = outcome.currentAction
      ? ` Nu gäller: ${describeAction(outcome.currentAction, ctx.nameOf)}.`
      : '';
    showMessage(message, `Din ändring av insatsen sparades inte: ${refusalReason(outcome)}.${now}`, 'refused');
    editing = null;
    ctx.refresh();
  }

  function startEdit(action) {
    const inputs = actionInputs(ctx, latest.state, action);
    const finish = () => { editing = null; ctx.refresh(); };
    const saveButton = el('button', { text: 'Spara', attrs: { type: 'submit' } });
    const cancel = el('button', { text: 'Avbryt', className: 'secondary', attrs: { type: 'button' }, on: { click: finish } });
    const formId = `edit-${action.actionId}`;
    // A form cannot wrap table cells, so the inputs join it through the form attribute.
    const form = el('form', { attrs: { id: formId, novalidate: true } });
    for (const input of Object.values(inputs)) input.setAttribute('form', formId);
    inputs.what.setAttribute('aria-label', 'Insats');
    inputs.assigneeId.setAttribute('aria-label', 'Ansvarig');
    inputs.agency.setAttribute('aria-label', 'Verksamhet');
    inputs.due.setAttribute('aria-label', 'Klart senast');
    inputs.status.setAttribute('aria-label', 'Status');
    inputs.shared.setAttribute('aria-label', 'Delas med familjen');
    saveButton.setAttribute('form', formId);
    const row = el('tr', { className: 'editing', data: { actionId: action.actionId, editing: 'true' } }, [
      el('td', {}, [inputs.what, form]), el('td', {}, [inputs.assigneeId]), el('td', {}, [inputs.agency]),
      el('td', {}, [inputs.due]), el('td', {}, [inputs.status]), el('td', {}, [inputs.shared]), el('td', { className: 'row-buttons' }, [saveButton, cancel]),
    ]);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (await save(action.actionId, readInputs(inputs), editing.baseVersion)) finish();
    });
    const outdated = el('p', { className: 'notice', text: 'Någon annan har ändrat insatsen medan du skrev.', attrs: { hidden: true } });
    row.cells[0].append(outdated);
    editing = { actionId: action.actionId, baseVersion: action.itemVersion, row, outdated };
    ctx.refresh();
    inputs.what.focus();
  }

  function displayRow(action, state, editable) {
    const assignee = action.assigneeId ? ctx.nameOf(action.assigneeId) : '–';
    return el('tr', { data: { actionId: action.actionId, itemVersion: String(action.itemVersion), status: action.status } }, [
      el('td', { className: 'what' }, [el('span', { text: action.what }), el('span', { className: 'changed', text: changedText(action.changedBy, action.changedAt, ctx.nameOf) })]),
      el('td', { className: 'assignee', text: assignee }),
      el('td', { className: 'agency', text: label(agencyLabels, action.agency) }),
      el('td', { className: 'due', text: action.due ?? '–' }),
      el('td', { className: 'status', text: label(actionStatusLabels, action.status) }),
      el('td', { className: 'shared-with-family', text: action.sharedWithFamily === false ? 'Nej' : 'Ja' }),
      el('td', { className: 'row-buttons' }, editable ? [
        el('button', { text: 'Ändra', className: 'link', attrs: { type: 'button', 'aria-label': `Ändra ${action.what}` }, on: { click: () => startEdit(action) } }),
        el('button', { text: 'Ta bort', className: 'link danger', attrs: { type: 'button', 'aria-label': `Ta bort ${action.what}` }, on: { click: () => remove(action) } }),
      ] : []),
    ]);
  }

  function update(view, state) {
    const firstTime = latest.state === null;
    latest = { view, state };
    // Without the guardians' consent for one's agency one works on one's own actions only.
    const mayAny = ctx.may(view, 'EditAnyAction');
    const editable = ctx.editable(state);
    const edited = editing && view.actions.find((a) => a.actionId === editing.actionId);
    if (editing && !edited) {
      editing = null;
      showMessage(message, 'Insatsen du höll på att ändra har tagits bort av någon annan.', 'refused');
    }
    // Saving now would be refused: say so before the user finds out by trying.
    if (edited) editing.outdated.hidden = edited.itemVersion === editing.baseVersion;
    const rows = view.actions.map((action) =>
      (editing?.actionId === action.actionId ? editing.row : displayRow(action, state, editable && (mayAny || action.assigneeId === ctx.me))));
    const none = view.restricted ? 'Inga insatser är tilldelade dig.' : 'Inga insatser ännu.';
    if (rows.length === 0) rows.push(el('tr', { className: 'empty-row' }, [el('td', { text: none, attrs: { colspan: headings.length } })]));
    syncChildren(body, rows);
    if (firstTime) buildAddForm(state, mayAny);
    addForm.hidden = !editable;
  }

  return { element, update };
}
