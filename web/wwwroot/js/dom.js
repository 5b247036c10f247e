// The one module of DOM and Swedish formatting helpers for every page. Text always goes through
// textContent, never as HTML: names, goals and minutes are typed by people and must not become markup.

export function el(tag, options = {}, children = []) {
  const node = document.createElement(tag);
  const { className, text, attrs, data, on } = options;
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : value);
  }
  Object.assign(node.dataset, data ?? {});
  for (const [event, handler] of Object.entries(on ?? {})) node.addEventListener(event, handler);
  node.append(...children.filter((child) => child !== null && child !== undefined && child !== false));
  return node;
}

export function option(value, label, selected = false) {
  const node = el('option', { text: label });
  node.value = value;
  node.selected = selected;
  return node;
}

/** Puts these nodes into parent, leaving out the empty ones (append would write "null"). */
export function fill(parent, ...nodes) {
  parent.replaceChildren(...nodes.flat().filter((node) => node !== null && node !== undefined && node !== false));
  return parent;
}

/**
 * A table's heading row. A column of row buttons has no visible heading, but a screen reader still
 * names it ("Ändra"), so an empty string becomes a hidden heading instead of an empty cell.
 */
export function headingRow(headings) {
  return el('tr', {}, headings.map((h) => el('th', { attrs: { scope: 'col' } },
    [h === '' ? el('span', { className: 'visually-hidden', text: 'Ändra' }) : h])));
}

/**
 * A wide table's own scroll box on a phone (the page itself never scrolls sideways). It can be
 * focused, so a keyboard user can scroll it too, and is named for screen readers.
 */
export function scrollBox(label, content) {
  return el('div', { className: 'table-wrap', attrs: { tabindex: '0', role: 'region', 'aria-label': label } }, [content].flat());
}

/** A select whose options are [value, label] pairs; an optional empty first choice. */
export function select(name, pairs, { empty, value, testId, id } = {}) {
  const node = el('select', { attrs: { name, id, 'data-testid': testId } });
  if (empty !== undefined) node.append(option('', empty));
  for (const [optionValue, label] of pairs) node.append(option(optionValue, label));
  node.value = value ?? '';
  return node;
}

/**
 * Puts exactly these nodes, in this order, into parent while moving as little as possible:
 * a row someone is typing in stays where it is and keeps its focus when others re-render.
 */
export function syncChildren(parent, nodes) {
  const keep = new Set(nodes);
  for (const child of [...parent.children]) if (!keep.has(child)) child.remove();
  nodes.forEach((node, index) => {
    if (parent.children[index] !== node) parent.insertBefore(node, parent.children[index] ?? null);
  });
}

let counter = 0;
/** A document-unique id, for pairing labels with inputs. */
export const uniqueId = (prefix) => `${prefix}-${++counter}`;

/** A label and its control, paired by id so getByLabel and screen readers find it. */
export function field(labelText, control, className = 'field') {
  if (!control.id) control.id = uniqueId('f');
  const label = el('label', { text: labelText, attrs: { for: control.id } });
  return el('div', { className }, [label, control]);
}

const dateTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'medium', timeStyle: 'short' });
export const formatTime = (iso) => (iso ? dateTime.format(new Date(iso)) : '');
export const formatNumber = (value) => value.toLocaleString('sv-SE', { maximumFractionDigits: 1 });

/** An SVG element with attributes (charts and the behovskompass); text, if any, as textContent. */
export function svg(tag, attributes = {}, content) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (Array.isArray(content)) node.append(...content);
  else if (content !== undefined) node.textContent = content;
  return node;
}

const shortDateTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
const clock = new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' });
const day = new Intl.DateTimeFormat('sv-SE', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Europe/Stockholm' });

export const formatShortTime = (iso) => (iso ? shortDateTime.format(new Date(iso)) : '');

/** A YYYY-MM-DD date as the API sends it, shown as it is (Swedish dates are written that way). */
export const formatDate = (date) => date ?? '';

/** Today in Sweden as YYYY-MM-DD (the server dates things by the Swedish day). */
export const swedishToday = (now = new Date()) => day.format(now);

/**
 * "ändrad av Erik Sandberg 14:32" (today) or "ändrad av Erik Sandberg 2026-03-01 14:32";
 * empty when nobody is recorded.
 */
export function changedText(by, at, nameOf, now = new Date()) {
  if (!by || !at) return '';
  const when = new Date(at);
  const time = day.format(when) === day.format(now) ? clock.format(when) : `${day.format(when)} ${clock.format(when)}`;
  return `ändrad av ${nameOf(by)} ${time}`;
}

/** Swedish plural-free counts: "1 oro", "3 oro" read fine; used for badges. */
export const count = (n, one, many) => `${n} ${n === 1 ? one : many}`;
