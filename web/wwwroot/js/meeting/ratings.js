// Ratings of one child on the agenda, one row per behovskompass area: my own rating (hidden from
// the others until the convener reveals), the spread once revealed, the group's consensus and
// the child's own view.
import { needsAreas } from '../labels.js';
import { scaleLegendElement } from '../compass.js';
import { changedText, el, formatNumber, scrollBox, select } from '../dom.js';
import { errorText, refusalReason, showMessage } from './outcome.js';

const scale = [1, 2, 3, 4, 5].map((n) => [String(n), String(n)]);
const valueOf = (ratings, area) => ratings.find((r) => r.area === area)?.value;

export function createRatingsPanel(child, ctx) {
  const { childId } = child;
  // Before the reveal no event carries rating values, not even mine: once I have touched my
  // ratings, what I chose stays on screen rather than the (older) copy in the snapshot.
  let touched = false;
  let unsent = false;
  const rows = new Map();
  const message = el('p', { className: 'message', attrs: { role: 'status', 'data-testid': `ratings-message-${childId}` } });

  const body = el('tbody');
  for (const [area, areaName] of needsAreas) {
    const mine = select('rating', scale, { empty: '–', testId: `rating-${childId}-${area}` });
    mine.setAttribute('aria-label', `Min skattning: ${areaName}`);
    mine.addEventListener('change', () => { touched = true; unsent = true; ctx.refresh(); });
    const consensus = select('consensus', scale, { empty: 'Ej satt', testId: `consensus-${childId}-${area}` });
    consensus.setAttribute('aria-label', `Gemensam bedömning: ${areaName}`);
    consensus.addEventListener('change', () => setConsensus(area, consensus.value));
    const cells = {
      mine, consensus,
      spread: el('td', { className: 'spread shared' }),
      mean: el('td', { className: 'mean shared' }),
      own: el('td', { className: 'child-view shared', attrs: { 'data-testid': `child-view-${childId}-${area}` } }),
      guardians: el('td', { className: 'guardian-view shared', attrs: { 'data-testid': `guardian-view-${childId}-${area}` } }),
      changed: el('span', { className: 'changed' }),
    };
    const row = el('tr', { data: { area } }, [
      el('th', { text: areaName, attrs: { scope: 'row' } }),
      el('td', {}, [mine]), cells.spread, cells.mean, el('td', { className: 'shared' }, [consensus, cells.changed]), cells.own, cells.guardians,
    ]);
    rows.set(area, { row, ...cells });
    body.append(row);
  }

  const table = el('table', { className: 'ratings-table', attrs: { 'data-testid': `ratings-table-${childId}` } }, [
    el('thead', {}, [el('tr', {}, ['Område', 'Min skattning', 'Spridning', 'Medel', 'Gemensam bedömning', 'Barnets egen syn', 'Vårdnadshavarnas syn']
      .map((heading, i) => el('th', { text: heading, className: i >= 2 ? 'shared' : undefined, attrs: { scope: 'col' } })))]),
    body,
  ]);
  const submit = el('button', { text: 'Skicka mina skattningar', attrs: { type: 'button', 'data-testid': `submit-ratings-${childId}` }, on: { click: submitRatings } });
  const reveal = el('button', { text: 'Visa allas skattningar', className: 'secondary', attrs: { type: 'button', 'data-testid': `reveal-${childId}` }, on: { click: revealRatings } });
  const ratedCount = el('p', { className: 'rated-count', attrs: { 'data-testid': `rated-count-${childId}` } });

  const element = el('section', { className: 'ratings', attrs: { 'aria-label': 'Skattningar' } }, [
    el('h3', { text: 'Skattningar per område' }),
    scaleLegendElement(),
    scrollBox('Skattningar per område', table),
    el('div', { className: 'toolbar' }, [submit, reveal, ratedCount]),
    message,
  ]);

  async function run(action) {
    showMessage(message, '');
    try {
      const outcome = await action();
      if (outcome && !outcome.applied) showMessage(message, `Ändringen sparades inte: ${refusalReason(outcome)}.`, 'refused');
      return outcome;
    } catch (error) {
      showMessage(message, errorText(error), 'error');
      return null;
    } finally {
      ctx.refresh();
    }
  }

  function setConsensus(area, value) {
    return run(() => ctx.sync.edit('SetConsensus', childId, area, value ? Number(value) : null));
  }

  async function submitRatings() {
    const ratings = [...rows].filter(([, r]) => r.mine.value).map(([area, r]) => ({ area, value: Number(r.mine.value) }));
    if (ratings.length === 0) {
      showMessage(message, 'Välj en skattning (1–5) för minst ett område först.', 'error');
      return;
    }
    const outcome = await run(() => ctx.sync.edit('SubmitRatings', childId, ratings));
    if (outcome?.applied) {
      unsent = false;
      showMessage(message, ctx.current().agenda.find((c) => c.childId === childId)?.revealed
        ? 'Dina skattningar är sparade och visas för alla.'
        : 'Dina skattningar är sparade. De visas för de andra när den som kallat till mötet visar allas skattningar.');
    }
  }

  function revealRatings() {
    return run(() => ctx.sync.edit('RevealRatings', childId));
  }

  function update(view, state) {
    const editable = ctx.editable(state);
    const own = view.ratings.find((r) => r.participantId === ctx.me)?.ratings ?? [];
    const spreads = new Map(view.spread.map((s) => [s.area, s]));
    const changes = new Map((view.consensusChanges ?? []).map((c) => [c.area, c]));
    // Without consent only one's own ratings are shown: no spread, consensus or child's view to wait for.
    table.classList.toggle('restricted', Boolean(view.restricted));
    for (const [area, r] of rows) {
      if (!touched) r.mine.value = String(valueOf(own, area) ?? '');
      r.consensus.value = String(valueOf(view.consensus, area) ?? '');
      r.changed.textContent = changedText(changes.get(area)?.by, changes.get(area)?.at, ctx.nameOf);
      r.mine.disabled = !editable || !ctx.may(view, 'Rate');
      r.consensus.disabled = !editable || !ctx.may(view, 'SetConsensus');
      r.own.textContent = valueOf(view.childOwnView, area) ?? '–';
      r.guardians.textContent = valueOf(view.guardianView ?? [], area) ?? '–';
      renderSpread(r, view.revealed ? spreads.get(area) : undefined, view, area);
    }
    submit.textContent = view.revealed ? 'Ändra mina skattningar' : 'Skicka mina skattningar';
    submit.disabled = !editable;
    submit.classList.toggle('unsent', unsent);
    submit.title = unsent ? 'Du har ändrat skattningar som inte är skickade.' : '';
    reveal.hidden = view.revealed || !ctx.may(view, 'Reveal');
    reveal.disabled = !editable;
    const names = view.ratedBy.map(ctx.nameOf).join(', ');
    ratedCount.textContent = `${view.ratedBy.length} har skattat${names ? `: ${names}` : ''}`;
  }

  function renderSpread(r, spread, view, area) {
    const disagreement = Boolean(spread?.disagreement);
    r.row.classList.toggle('disagreement', disagreement);
    r.row.dataset.disagreement = String(disagreement);
    if (!spread) {
      // Without consent the reveal never reaches this viewer: say nothing rather than wait forever.
      r.spread.replaceChildren(view.restricted ? '' : view.revealed ? '–' : 'Dolt tills alla visas');
      r.mean.textContent = '–';
      return;
    }
    const values = view.ratings
      .map((p) => [ctx.nameOf(p.participantId), valueOf(p.ratings, area)])
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${name}: ${value}`).join(', ');
    r.spread.replaceChildren(
      el('span', { className: 'range', text: `${spread.min}–${spread.max}`, attrs: { title: values } }),
      disagreement ? el('span', { className: 'disagreement-tag', text: 'Olika bedömningar' }) : '',
      el('span', { className: 'values', text: values }),
    );
    r.mean.textContent = formatNumber(spread.mean);
  }

  return { element, update };
}
