// Small DOM helpers for the meeting page. Text always goes through textContent, never as HTML:
// names, goals and minutes are typed by people and must not become markup.

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
