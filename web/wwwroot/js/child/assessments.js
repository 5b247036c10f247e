// The behovskompass on the child page: the latest team consensus over the baseline, the child's
// own view, every assessment over time, and recording one outside a meeting (the child's own view
// is asked in the child's words, the "jag"-statements). The scale is explained wherever it is used.
import { api } from '../api.js';
import { compass, scaleLegendElement } from '../compass.js';
import { changedText, el, field, formatDate, option, scrollBox, swedishToday } from '../dom.js';
import { childWordings, label, needsAreas, raterLabels, scaleSteps } from '../labels.js';
import { nameOf } from '../people.js';
import { act, formDisclosure, section } from './common.js';

const latest = (assessments, rater) => [...assessments].filter((a) => a.rater === rater).sort((a, b) => a.assessedOn.localeCompare(b.assessedOn)).at(-1);

function assessmentForm(ctx) {
  const rater = el('select', { attrs: { name: 'rater', 'data-field': 'rater' } }, Object.entries(raterLabels).map(([value, text]) => option(value, text)));
  const on = el('input', { attrs: { type: 'date', name: 'assessedOn' } });
  on.value = swedishToday();
  const rows = needsAreas.map(([code, name]) => {
    const value = el('select', { attrs: { name: `rating-${code}`, 'data-area': code } }, [option('', 'Inte skattad'), ...[1, 2, 3, 4, 5].map((n) => option(String(n), scaleSteps[n]))]);
    return { code, name, value, wrapper: field(name, value) };
  });
  // The child answers in their own words: the label becomes the "jag"-statement.
  const wording = () => {
    for (const row of rows) row.wrapper.querySelector('label').textContent = rater.value === 'Child' ? `${childWordings[row.code]} (${row.name})` : row.name;
  };
  rater.addEventListener('change', wording);
  const form = el('form', { className: 'assessment-form', attrs: { novalidate: true, method: 'post', 'data-testid': 'assessment-form' } }, [
    field('Vems bedömning', rater),
    field('Datum', on),
    scaleLegendElement(),
    el('fieldset', { attrs: { 'data-field': 'ratings' } }, [el('legend', { text: 'Skattning per område' }), el('div', { className: 'rating-grid' }, rows.map((r) => r.wrapper))]),
    el('button', { text: 'Spara bedömningen', attrs: { type: 'submit' } }),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const ratings = rows.filter((r) => r.value.value).map((r) => ({ area: r.code, value: Number(r.value.value) }));
    act(ctx, {
      form,
      call: () => api(`/api/children/${ctx.childId}/assessments`, { method: 'POST', body: { rater: rater.value, assessedOn: on.value || null, ratings } }),
      done: () => { for (const r of rows) r.value.value = ''; ctx.announce('Bedömningen är sparad.'); },
      fieldMap: { ratings: 'ratings', rater: 'rater', assessedOn: 'assessedOn', value: 'ratings' },
    });
  });
  return form;
}

export function createAssessments(ctx) {
  const pictures = el('div', { className: 'compass-pair' });
  const table = scrollBox('Behovskompassen område för område', []);
  const history = scrollBox('Alla bedömningar', []);
  const record = formDisclosure('Registrera en bedömning', assessmentForm(ctx), 'record-assessment');
  const element = section('compass', 'Behovskompassen', [scaleLegendElement(), pictures, table, el('h3', { text: 'Alla bedömningar' }), history, record]);

  function update(child) {
    const assessments = child.assessments ?? [];
    const team = latest(assessments, 'TeamConsensus');
    const baseline = assessments.find((a) => a.isBaseline);
    const own = latest(assessments, 'Child');
    const name = child.displayName;
    pictures.replaceChildren(
      el('figure', { className: 'compass-figure' }, [
        compass(team?.ratings ?? [], { title: `Barnteamets senaste samsyn för ${name}`, testId: 'child-compass', baseline: baseline?.ratings ?? [] }),
        el('figcaption', { text: team ? `Barnteamets samsyn ${formatDate(team.assessedOn)} (streckat: utgångsläget)` : 'Ingen samsyn ännu' }),
      ]),
      el('figure', { className: 'compass-figure' }, [
        compass(own?.ratings ?? [], { title: `${name}s egen syn`, testId: 'child-own-compass', variant: 'child' }),
        el('figcaption', { text: own ? `Barnets egen syn ${formatDate(own.assessedOn)}` : 'Barnets egen syn (inte ifylld ännu)' }),
      ]),
    );
    const value = (assessment, area) => assessment?.ratings.find((r) => r.area === area)?.value ?? '–';
    table.replaceChildren(el('table', { className: 'data-table', attrs: { 'data-testid': 'compass-table' } }, [
      el('caption', { className: 'visually-hidden', text: 'Område för område: utgångsläge, senaste samsyn och barnets egen syn' }),
      el('thead', {}, [el('tr', {}, ['Område', 'Utgångsläge', 'Senaste samsyn', 'Barnets egen syn'].map((h) => el('th', { text: h, attrs: { scope: 'col' } })))]),
      el('tbody', {}, needsAreas.map(([code, areaName]) => el('tr', { data: { area: code } }, [
        el('th', { text: areaName, attrs: { scope: 'row' } }),
        el('td', { text: String(value(baseline, code)) }),
        el('td', {}, [String(value(team, code)), team ? el('span', { className: 'changed', text: changedText(team.recordedBy, team.recordedAt, nameOf) }) : null]),
        el('td', { text: String(value(own, code)) }),
      ]))),
    ]));
    const ordered = [...assessments].sort((a, b) => b.assessedOn.localeCompare(a.assessedOn));
    history.replaceChildren(ordered.length === 0 ? el('p', { className: 'empty', text: 'Inga bedömningar ännu.' }) : el('table', { className: 'data-table wide' }, [
      el('caption', { className: 'visually-hidden', text: 'Alla bedömningar, nyast först' }),
      el('thead', {}, [el('tr', {}, ['Datum', 'Vems', ...needsAreas.map(([, n]) => n), 'Registrerad av'].map((h) => el('th', { text: h, attrs: { scope: 'col' } })))]),
      el('tbody', {}, ordered.map((a) => el('tr', {}, [
        el('td', { text: formatDate(a.assessedOn) }),
        el('td', { text: `${label(raterLabels, a.rater)}${a.isBaseline ? ' (utgångsläge)' : ''}` }),
        ...needsAreas.map(([code]) => el('td', { text: String(value(a, code)) })),
        el('td', { text: nameOf(a.recordedBy) }),
      ]))),
    ]));
    record.hidden = !ctx.can('RecordAssessment');
    element.hidden = child.access?.view !== 'Full';
  }

  return { element, update };
}
