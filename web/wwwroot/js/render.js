import { areaLabel } from './areas.js';

const timeFormat = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short' });

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

// Renders one concern alert. Text goes through textContent only: never as HTML.
export function concernItem(alert, { isNew }) {
  const concern = alert.concern;
  const item = element('li', isNew ? 'concern new' : 'concern');
  item.dataset.concernId = concern.concernId;
  const heading = element('div', 'concern-head');
  heading.append(element('strong', 'child-name', alert.childDisplayName));
  heading.append(element('time', 'raised-at', timeFormat.format(new Date(concern.raisedAt))));
  item.append(heading);
  const areas = element('ul', 'area-tags');
  for (const area of concern.areas) areas.append(element('li', 'area-tag', areaLabel(area)));
  item.append(areas);
  item.append(element('p', 'concern-text', concern.text));
  item.append(element('p', 'reporter', `Anmäld av ${concern.reporterId}`));
  return item;
}

export function childItem(child, onRaise) {
  const item = element('li', 'child');
  item.dataset.childId = child.childId;
  item.append(element('span', 'child-name', child.childDisplayName));
  item.append(element('code', 'child-id', child.childId));
  const raise = element('button', 'link', 'Anmäl oro');
  raise.type = 'button';
  raise.addEventListener('click', () => onRaise(child.childId));
  item.append(raise);
  const followUp = element('a', 'link', 'Uppföljning');
  followUp.href = `/followup.html?child=${encodeURIComponent(child.childId)}`;
  item.append(followUp);
  return item;
}

export function option(value, label) {
  const node = element('option', undefined, label);
  node.value = value;
  return node;
}
