// The one plan on the child page: goals, the child's and the guardians' words, the follow-up date,
// the stödsamordnare and the actions (who, agency, due, status), each with who changed it last.
// Every change names the plan version it was based on; when someone else changed the plan first
// the change is refused and the page says so, with what now applies.
import { api } from '../api.js';
import { changedText, el, field, fill, formatDate, headingRow, option, scrollBox } from '../dom.js';
import { actionStatusLabels, agencyLabels, areaLabel, label, needsAreas, planAgencyOf } from '../labels.js';
import { describePerson, nameOf, person, practitioners } from '../people.js';
import { act, facts, formDisclosure, section } from './common.js';

const gapTexts = { 'Actions come from more than one agency': 'Insatser kommer från flera verksamheter: planen behöver en stödsamordnare.' };
const gapText = (gap) => Object.entries(gapTexts).find(([start]) => gap.startsWith(start))?.[1] ?? 'Planen är inte komplett ännu.';
const staleText = 'Någon annan ändrade det här först. Det som gäller nu visas nedan; gör om din ändring om den fortfarande behövs.';

function peopleOptions(empty) {
  return [option('', empty), ...practitioners().sort((a, b) => a.name.localeCompare(b.name, 'sv')).map((p) => option(p.id, `${p.name} – ${p.title}`))];
}

function describeDetails(d) {
  return [
    d.goals.length ? `mål: ${d.goals.map((g) => `”${g.text}”`).join('; ')}` : 'inga mål',
    d.supportCoordinatorId ? `stödsamordnare ${nameOf(d.supportCoordinatorId)}` : 'ingen stödsamordnare',
    d.nextFollowUp ? `uppföljning ${d.nextFollowUp}` : 'ingen uppföljning satt',
  ].join(', ');
}

function actionInputs(action) {
  const inputs = {
    what: el('input', { attrs: { name: 'what', maxlength: 500, autocomplete: 'off' } }),
    responsibleId: el('select', { attrs: { name: 'responsibleId' } }, peopleOptions('Ingen vald')),
    agency: el('select', { attrs: { name: 'agency' } }, Object.entries(agencyLabels).map(([v, t]) => option(v, t))),
    start: el('input', { attrs: { name: 'start', type: 'date' } }),
    due: el('input', { attrs: { name: 'due', type: 'date' } }),
    status: el('select', { attrs: { name: 'status' } }, Object.entries(actionStatusLabels).map(([v, t]) => option(v, t))),
  };
  inputs.what.value = action?.what ?? '';
  inputs.responsibleId.value = action?.responsibleId ?? '';
  inputs.agency.value = action?.agency ?? 'SchoolOrPreschool';
  inputs.start.value = action?.start ?? '';
  inputs.due.value = action?.due ?? '';
  inputs.status.value = action?.status ?? 'Planned';
  inputs.responsibleId.addEventListener('change', () => {
    const agency = planAgencyOf(person(inputs.responsibleId.value)?.agency);
    if (agency) inputs.agency.value = agency;
  });
  return inputs;
}

const readAction = (i, version) => ({
  what: i.what.value.trim(), agency: i.agency.value, responsibleId: i.responsibleId.value || null,
  start: i.start.value || null, due: i.due.value || null, status: i.status.value, expectedVersion: version,
});

export function createPlan(ctx) {
  let plan = null;
  const gaps = el('div');
  const detailsView = el('div', { attrs: { 'data-testid': 'plan-details' } });
  const actionsBody = el('tbody');
  const message = el('p', { className: 'message', attrs: { role: 'status', 'data-testid': 'plan-message' } });

  // ---- details form ----
  const goals = el('textarea', { attrs: { name: 'goals', rows: 3, 'aria-describedby': 'plan-goals-hint' } });
  const childWords = el('textarea', { attrs: { name: 'childWords', rows: 2, maxlength: 4000 } });
  const guardianView = el('textarea', { attrs: { name: 'guardianView', rows: 2, maxlength: 4000 } });
  const followUp = el('input', { attrs: { name: 'nextFollowUp', type: 'date' } });
  const coordinator = el('select', { attrs: { name: 'supportCoordinatorId' } }, peopleOptions('Ingen utsedd'));
  let detailsDirty = false;
  let detailsBase = null; // the plan version the form shows: a save is based on it, so a change made meanwhile is not overwritten
  const detailsForm = el('form', { attrs: { novalidate: true, method: 'post', 'data-testid': 'plan-details-form' } }, [
    el('div', { className: 'field' }, [el('label', { text: 'Mål', attrs: { for: 'plan-goals' } }), goals, el('p', { className: 'hint', text: 'Ett mål per rad.', attrs: { id: 'plan-goals-hint' } })]),
    field('Barnets egna ord', childWords),
    field('Vårdnadshavarnas syn', guardianView),
    field('Nästa uppföljning', followUp),
    field('Stödsamordnare', coordinator),
    el('button', { text: 'Spara planen', attrs: { type: 'submit' } }),
  ]);
  goals.id = 'plan-goals';
  detailsForm.addEventListener('input', () => { detailsDirty = true; });
  detailsForm.addEventListener('change', () => { detailsDirty = true; });
  detailsForm.addEventListener('submit', (event) => {
    event.preventDefault();
    const keepAreas = new Map((plan?.details.goals ?? []).map((g) => [g.text, g.areas]));
    const body = {
      goals: goals.value.split('\n').map((t) => t.trim()).filter(Boolean).map((text) => ({ text, areas: keepAreas.get(text) ?? [] })),
      childWords: childWords.value, guardianView: guardianView.value, nextFollowUp: followUp.value || null,
      supportCoordinatorId: coordinator.value || null, expectedVersion: detailsBase ?? plan.version,
    };
    act(ctx, {
      form: detailsForm,
      call: () => api(`/api/children/${ctx.childId}/plan`, { method: 'PUT', body }),
      done: () => { detailsDirty = false; showMessage('Planen är sparad.'); },
      onStale: () => { detailsDirty = false; fillDetails(); showMessage(`${staleText} Nu gäller: ${describeDetails(plan.details)}.`, 'refused'); },
    });
  });

  function fillDetails() {
    if (!plan || detailsDirty) return;
    detailsBase = plan.version;
    const d = plan.details;
    goals.value = d.goals.map((g) => g.text).join('\n');
    childWords.value = d.childWords ?? '';
    guardianView.value = d.guardianView ?? '';
    followUp.value = d.nextFollowUp ?? '';
    coordinator.value = d.supportCoordinatorId ?? '';
  }

  // ---- new action ----
  const added = actionInputs(null);
  const addForm = el('form', { className: 'new-action', attrs: { novalidate: true, method: 'post', 'data-testid': 'add-action-form' } }, [
    el('div', { className: 'form-row' }, [
      field('Ny insats', added.what), field('Ansvarig', added.responsibleId), field('Verksamhet', added.agency),
      field('Start', added.start), field('Klart senast', added.due),
    ]),
    el('button', { text: 'Lägg till insats', attrs: { type: 'submit' } }),
  ]);
  addForm.addEventListener('submit', (event) => {
    event.preventDefault();
    act(ctx, {
      form: addForm,
      call: () => api(`/api/children/${ctx.childId}/plan/actions`, { method: 'POST', body: readAction(added, plan.version) }),
      done: () => { added.what.value = ''; added.due.value = ''; added.start.value = ''; showMessage('Insatsen är tillagd.'); },
      onStale: () => showMessage(staleText, 'refused'),
    });
  });

  // ---- editing one action ----
  let editing = null; // { actionId, row }
  function editRow(action) {
    const base = plan.version;
    const inputs = actionInputs(action);
    const formId = `edit-action-${action.actionId}`;
    const form = el('form', { attrs: { id: formId, novalidate: true, method: 'post' } });
    const labels = { what: 'Insats', responsibleId: 'Ansvarig', agency: 'Verksamhet', start: 'Start', due: 'Klart senast', status: 'Status' };
    for (const [key, input] of Object.entries(inputs)) { input.setAttribute('form', formId); input.setAttribute('aria-label', labels[key]); }
    const save = el('button', { text: 'Spara', attrs: { type: 'submit', form: formId } });
    const cancel = el('button', { text: 'Avbryt', className: 'secondary', attrs: { type: 'button' }, on: { click: () => { editing = null; render(); } } });
    const row = el('tr', { className: 'editing', data: { actionId: action.actionId } }, [
      el('td', {}, [inputs.what, form]), el('td', {}, [inputs.responsibleId]), el('td', {}, [inputs.agency]),
      el('td', {}, [inputs.due]), el('td', {}, [inputs.status]), el('td', { className: 'row-actions' }, [save, cancel]),
    ]);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      act(ctx, {
        form: row.closest('section'),
        call: () => api(`/api/children/${ctx.childId}/plan/actions/${action.actionId}`, { method: 'PUT', body: readAction(inputs, base) }),
        done: () => { editing = null; showMessage('Insatsen är sparad.'); },
        onStale: () => {
          editing = null;
          const now = plan.actions.find((a) => a.actionId === action.actionId);
          showMessage(`${staleText}${now ? ` Nu gäller: ”${now.what}”, ${label(actionStatusLabels, now.status).toLowerCase()}.` : ''}`, 'refused');
        },
      });
    });
    return row;
  }

  function statusSelect(action) {
    const select = el('select', { attrs: { 'aria-label': `Status för ${action.what}`, 'data-testid': 'action-status' } },
      Object.entries(actionStatusLabels).map(([v, t]) => option(v, t)));
    select.value = action.status;
    select.addEventListener('change', () => act(ctx, {
      call: () => api(`/api/children/${ctx.childId}/plan/actions/${action.actionId}/status`, { method: 'POST', body: { status: select.value, expectedVersion: plan.version } }),
      done: () => showMessage('Statusen är ändrad.'),
      onStale: () => showMessage(staleText, 'refused'),
    }));
    return select;
  }

  function actionRow(action) {
    if (editing?.actionId === action.actionId) return editing.row;
    const mine = action.responsibleId === ctx.me.id;
    const canEdit = ctx.can('EditPlan');
    const finished = action.status === 'Done' || action.status === 'Cancelled';
    return el('tr', { data: { actionId: action.actionId } }, [
      el('td', {}, [el('span', { className: 'what', text: action.what }), el('span', { className: 'changed', text: changedText(action.changedBy, action.changedAt, nameOf) })]),
      el('td', { className: 'assignee', text: action.responsibleId ? describePerson(action.responsibleId) : '–' }),
      el('td', { className: 'agency', text: label(agencyLabels, action.agency) }),
      el('td', { className: 'due', text: formatDate(action.due) || '–' }),
      el('td', { className: 'status' }, [(canEdit || mine) && !finished ? statusSelect(action) : label(actionStatusLabels, action.status)]),
      el('td', { className: 'row-actions' }, [canEdit ? el('button', {
        text: 'Ändra', className: 'link', attrs: { type: 'button', 'aria-label': `Ändra ${action.what}` },
        on: { click: () => { editing = { actionId: action.actionId }; editing.row = editRow(action); render(); } },
      }) : null]),
    ]);
  }

  const detailsDisclosure = formDisclosure('Ändra mål, uppföljning och stödsamordnare', detailsForm, 'edit-plan');
  const addDisclosure = formDisclosure('Lägg till insats', addForm, 'add-action');
  const element = section('plan', 'Planen', [
    gaps, detailsView, detailsDisclosure, message,
    el('h3', { text: 'Insatser' }),
    scrollBox('Planens insatser', [el('table', { className: 'data-table plan-table', attrs: { 'data-testid': 'plan-actions' } }, [
      el('caption', { className: 'visually-hidden', text: 'Planens insatser' }),
      el('thead', {}, [headingRow(['Insats', 'Ansvarig', 'Verksamhet', 'Klart senast', 'Status', ''])]),
      actionsBody,
    ])]),
    addDisclosure,
  ]);

  function showMessage(text, kind = 'ok') {
    message.textContent = text;
    message.dataset.kind = kind;
  }

  function render() {
    if (!plan) return;
    const d = plan.details;
    gaps.replaceChildren(...(plan.gaps ?? []).map((g) => el('p', { className: 'notice', text: gapText(g) })));
    const full = ctx.view() === 'Full';
    fill(detailsView, !full ? el('p', { className: 'hint', text: 'Du ser bara dina egna insatser i planen, uppföljningsdatumet och stödsamordnaren.' }) : null, facts([
      full ? ['Mål', d.goals.length ? el('ul', {}, d.goals.map((g) => el('li', { text: g.areas.length ? `${g.text} (${g.areas.map(areaLabel).join(', ')})` : g.text }))) : 'Inga mål ännu'] : null,
      full ? ['Barnets egna ord', d.childWords || '–'] : null,
      full ? ['Vårdnadshavarnas syn', d.guardianView || '–'] : null,
      ['Nästa uppföljning', formatDate(d.nextFollowUp) || 'Inget datum satt'],
      ['Stödsamordnare', d.supportCoordinatorId ? describePerson(d.supportCoordinatorId) : 'Ingen utsedd'],
    ]), el('p', { className: 'changed', text: changedText(plan.detailsChangedBy, plan.detailsChangedAt, nameOf), attrs: { 'data-testid': 'plan-details-changed' } }));
    const rows = plan.actions.map(actionRow);
    const none = full ? 'Inga insatser ännu.' : 'Inga insatser är tilldelade dig.';
    actionsBody.replaceChildren(...(rows.length ? rows : [el('tr', {}, [el('td', { text: none, attrs: { colspan: 6 } })])]));
    fillDetails();
  }

  function update(child) {
    plan = child.plan ?? null;
    element.hidden = !plan;
    if (editing && !plan?.actions.some((a) => a.actionId === editing.actionId)) editing = null;
    detailsDisclosure.hidden = !ctx.can('EditPlan');
    addDisclosure.hidden = !ctx.can('EditPlan');
    render();
  }

  return { element, update };
}
