// What every part of the child page shares: a section frame, a definition list, and how a change
// is sent (the form shows the refusal in Swedish beside the field; the page then reads the record).
import { el } from '../dom.js';
import { clearFormErrors, parseError, showFormError } from '../errors.js';

export function section(id, title, children = []) {
  return el('section', { className: 'panel child-part', attrs: { id, 'aria-labelledby': `${id}-title`, 'data-testid': id } }, [
    el('h2', { text: title, attrs: { id: `${id}-title` } }),
    ...children,
  ]);
}

export function facts(rows) {
  return el('dl', { className: 'facts' }, rows.filter(Boolean).flatMap(([term, value]) => [
    el('dt', { text: term }),
    el('dd', {}, [value ?? '–']),
  ]));
}

/** A disclosure with a form inside: closed until someone opens it, so a phone shows the record first. */
export function formDisclosure(summary, form, testId) {
  return el('details', { className: 'form-disclosure', attrs: { 'data-testid': testId } }, [el('summary', { text: summary }), form]);
}

/**
 * Sends one change. On success the form is cleared of errors and `done` runs; a refusal is shown on
 * the form (summary + beside the field). Returns true when the change was made.
 */
export async function act(ctx, { form, call, done, fieldMap, onStale }) {
  const button = form?.querySelector('button[type=submit]');
  if (button) button.disabled = true;
  try {
    const result = await call();
    if (form) clearFormErrors(form);
    await done?.(result);
    await ctx.refresh();
    return true;
  } catch (error) {
    const { code } = parseError(error);
    if (code === 'plan.stale' || code === 'http.409') {
      await ctx.refresh();
      onStale?.();
    }
    if (form) showFormError(form, error, { fieldMap });
    else ctx.announce(error.message);
    return false;
  } finally {
    if (button) button.disabled = false;
  }
}
