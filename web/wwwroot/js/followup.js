// One child's follow-up: the behovskompass now against the baseline, each area over time with
// the plan's actions on the same time axis, and the follow-up status.
import { api } from './api.js';
import { el } from './dom.js';
import { startShell } from './shell.js';
import { actionStatusLabels, areaLabel, needsAreas, raterLabels as raterLabelsSv } from './labels.js';
import { svg } from './dom.js';

const $ = (id) => document.getElementById(id);
const dayMs = 86400000;
const lower = (labels) => Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, v.toLowerCase()]));
const raterLabels = lower(raterLabelsSv);
const statusLabels = lower(actionStatusLabels);

const element = (tag, className, text) => el(tag, { className: className || undefined, text });

const signed = (n) => (n > 0 ? `+${n}` : String(n));

function renderStatus(followUp) {
  const { status } = followUp;
  const entry = (label, text, warn) => {
    const item = element('div', warn ? 'total warn' : 'total');
    item.append(element('dt', 'total-label', label), element('dd', 'total-value', text));
    return item;
  };
  const next = status.nextFollowUp ? `${status.nextFollowUp}${status.followUpOverdue ? ' (datumet har passerat)' : ''}` : 'Inget datum satt';
  const since = status.daysSinceLastAssessment === null ? 'Ingen bedömning ännu' : `${status.daysSinceLastAssessment} dagar (${status.lastAssessedOn})`;
  $('status').replaceChildren(
    entry('Nästa uppföljning', next, status.followUpOverdue),
    entry('Tid sedan senaste bedömning', since, false),
    entry('Försenade insatser', String(status.overdueActions.length), status.overdueActions.length > 0),
    entry('Utgångsläge', followUp.baseline ? followUp.baseline.assessedOn : 'Inget ännu (första teamets samsyn blir utgångsläget)', false));
  $('overdue').replaceChildren(...(status.overdueActions.length === 0
    ? [element('li', 'empty', 'Inga försenade insatser.')]
    : status.overdueActions.map((a) => element('li', '', `${a.what} – skulle vara klar ${a.due} (${statusLabels[a.status] ?? a.status})`))));
}

// The eight-field circle: each field's radius is its value (1–5). Current is filled, baseline dashed.
function compass(areas) {
  const size = 320;
  const centre = size / 2;
  const unit = 26;
  const chart = svg('svg', { viewBox: `0 0 ${size} ${size}`, class: 'compass', role: 'img' });
  const words = areas.map((a) => `${areaLabel(a.area)} ${a.current ?? 'ej bedömd'}${a.baseline ? ` (utgångsläge ${a.baseline})` : ''}`);
  chart.setAttribute('aria-label', `Behovskompassen: ${words.join(', ')}`);
  const wedge = (index, value, className) => {
    const start = (index / 8) * 2 * Math.PI - Math.PI / 2;
    const end = ((index + 1) / 8) * 2 * Math.PI - Math.PI / 2;
    const r = value * unit;
    const point = (angle) => `${centre + r * Math.cos(angle)} ${centre + r * Math.sin(angle)}`;
    return svg('path', { d: `M ${centre} ${centre} L ${point(start)} A ${r} ${r} 0 0 1 ${point(end)} Z`, class: className });
  };
  for (let ring = 1; ring <= 5; ring += 1) chart.append(svg('circle', { cx: centre, cy: centre, r: ring * unit, class: 'compass-ring' }));
  areas.forEach((a, i) => {
    chart.append(wedge(i, 5, 'compass-field'));
    if (a.current) chart.append(wedge(i, a.current, 'compass-current'));
    if (a.baseline) chart.append(wedge(i, a.baseline, 'compass-baseline'));
    const angle = ((i + 0.5) / 8) * 2 * Math.PI - Math.PI / 2;
    const x = centre + 5.6 * unit * Math.cos(angle);
    const y = centre + 5.6 * unit * Math.sin(angle);
    chart.append(svg('text', { x, y, class: 'compass-label', 'text-anchor': 'middle' }, areaLabel(a.area)));
  });
  return chart;
}

function renderAreaTable(areas) {
  $('area-table').querySelector('tbody').replaceChildren(...areas.map((a) => {
    const row = element('tr');
    row.dataset.area = a.area;
    const change = a.change === null ? '–' : signed(a.change);
    row.append(element('th', '', areaLabel(a.area)), element('td', '', a.baseline ?? '–'), element('td', '', a.current ?? '–'),
      element('td', 'change', change), element('td', '', a.childLatest ?? '–'));
    return row;
  }));
}

// All timelines share one time axis: from the first assessment or action to today.
function timeAxis(followUp) {
  const days = [followUp.status.today];
  for (const a of followUp.assessments) days.push(a.assessedOn);
  for (const action of followUp.actions) days.push(action.start, action.due);
  const times = days.filter(Boolean).map((d) => Date.parse(d));
  const from = Math.min(...times) - dayMs;
  const to = Math.max(...times) + dayMs;
  return { from, to, x: (day, width) => 40 + ((Date.parse(day) - from) / (to - from)) * (width - 50) };
}

function areaTimeline(area, axis) {
  const width = 520;
  const height = 120;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline', role: 'img' });
  const y = (value) => 100 - (value - 1) * 22;
  const points = area.timeline.map((p) => `${p.on} ${raterLabels[p.rater] ?? p.rater} ${p.value}${p.isBaseline ? ' (utgångsläge)' : ''}`);
  chart.setAttribute('aria-label', `${areaLabel(area.area)} över tid: ${points.join(', ') || 'inga bedömningar'}`);
  for (let v = 1; v <= 5; v += 1) {
    chart.append(svg('line', { x1: 40, x2: width - 10, y1: y(v), y2: y(v), class: 'grid' }));
    chart.append(svg('text', { x: 28, y: y(v) + 4, class: 'axis', 'text-anchor': 'end' }, String(v)));
  }
  const team = area.timeline.filter((p) => p.rater === 'TeamConsensus');
  if (team.length > 1) {
    chart.append(svg('polyline', { points: team.map((p) => `${axis.x(p.on, width)},${y(p.value)}`).join(' '), class: 'team-line' }));
  }
  for (const p of area.timeline) {
    const cx = axis.x(p.on, width);
    const cy = y(p.value);
    if (p.rater === 'TeamConsensus') chart.append(svg('circle', { cx, cy, r: p.isBaseline ? 7 : 5, class: p.isBaseline ? 'point baseline-point' : 'point' }));
    else if (p.rater === 'Child') chart.append(svg('rect', { x: cx - 5, y: cy - 5, width: 10, height: 10, class: 'point child-point' }));
    else chart.append(svg('path', { d: `M ${cx} ${cy - 6} L ${cx + 6} ${cy} L ${cx} ${cy + 6} L ${cx - 6} ${cy} Z`, class: 'point other-point' }));
  }
  return chart;
}

function actionsTimeline(actions, axis) {
  const width = 520;
  const rowHeight = 22;
  const height = Math.max(1, actions.length) * rowHeight + 10;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'timeline', role: 'img' });
  chart.setAttribute('aria-label', `Insatser: ${actions.map((a) => `${a.what} ${a.start ?? '?'}–${a.due ?? '?'} ${statusLabels[a.status] ?? a.status}`).join(', ') || 'inga'}`);
  actions.forEach((a, i) => {
    const start = axis.x(a.start ?? a.due ?? new Date(axis.from + dayMs).toISOString().slice(0, 10), width);
    const end = axis.x(a.due ?? a.start ?? new Date(axis.to - dayMs).toISOString().slice(0, 10), width);
    const top = i * rowHeight + 4;
    chart.append(svg('rect', { x: start, y: top, width: Math.max(4, end - start), height: rowHeight - 8, class: `action-bar status-${a.status}` }));
    chart.append(svg('text', { x: start + 4, y: top + 11, class: 'action-label' }, `${a.what} (${statusLabels[a.status] ?? a.status})`));
  });
  return chart;
}

function renderTimelines(followUp) {
  const axis = timeAxis(followUp);
  const figures = followUp.areas.map((area) => {
    const figure = element('figure', 'chart');
    figure.dataset.area = area.area;
    const change = area.change === null ? '' : ` – förändring sedan utgångsläget ${signed(area.change)}`;
    figure.append(element('figcaption', 'chart-title', `${areaLabel(area.area)}${change}`), areaTimeline(area, axis));
    return figure;
  });
  const plan = element('figure', 'chart');
  plan.append(element('figcaption', 'chart-title', 'Planens insatser'), actionsTimeline(followUp.actions, axis));
  $('timelines').replaceChildren(...figures, plan);
}

async function start() {
  await startShell({ current: 'children' });
  const childId = new URLSearchParams(window.location.search).get('child');
  if (!childId) {
    $('followup-message').textContent = 'Inget barn valt.';
    return;
  }
  try {
    const followUp = await api(`/api/children/${encodeURIComponent(childId)}/follow-up`);
    $('child-name').textContent = followUp.displayName;
    const areas = needsAreas.map(([code]) => followUp.areas.find((a) => a.area === code));
    renderStatus(followUp);
    $('compass').replaceChildren(compass(areas));
    renderAreaTable(areas);
    renderTimelines(followUp);
    document.body.dataset.followup = 'ready';
  } catch (error) {
    $('followup-message').textContent = `Uppföljningen kunde inte hämtas. ${error.message}`;
  }
}

start();
