// Older handled concerns live in the archive, not in the record the page reads: a button pages
// them in from GET …/concerns/closed, newest first, below the record's own concerns. A live update
// of the page leaves the pages already read in place.
import { api } from '../api.js';
import { el } from '../dom.js';

export function createOlderConcerns(ctx, item) {
  const list = el('ol', { className: 'card-list', attrs: { 'data-testid': 'older-concerns-list', 'aria-label': 'Äldre avslutade orosanmälningar', tabindex: '-1' } });
  const more = el('button', { className: 'secondary', text: 'Visa äldre avslutade orosanmälningar', attrs: { type: 'button', 'data-testid': 'show-older-concerns' } });
  const element = el('div', { className: 'older-concerns' }, [list, more]);
  let archived = 0;
  let before = null;
  let reachedOldest = false;
  list.hidden = true;
  more.hidden = true;

  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      const page = await api(`/api/children/${ctx.childId}/concerns/closed${before ? `?before=${before}` : ''}`);
      list.append(...page.concerns.map(item));
      list.hidden = list.children.length === 0;
      before = page.nextBefore;
      reachedOldest = before === null;
      more.hidden = reachedOldest;
      ctx.announce(reachedOldest
        ? `Alla äldre avslutade orosanmälningar visas (${list.children.length}).`
        : `${page.concerns.length} äldre avslutade orosanmälningar till visas.`);
      if (reachedOldest) list.focus();
    } catch (error) {
      ctx.announce(error.message);
    } finally {
      more.disabled = false;
    }
  });

  function update(child) {
    archived = child.archivedHandledConcerns ?? 0;
    more.hidden = archived === 0 || reachedOldest;
  }

  return { element, update };
}
