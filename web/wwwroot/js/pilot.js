// The pilot dashboard: protected aggregates only, filtered by period, unit, age band and gender.
import { api } from './api.js';
import { el, swedishToday } from './dom.js';
import { startShell } from './shell.js';
import { areaLabel, needsAreas } from './labels.js';
import { barChart } from './charts.js';
import {
  dimensionLabels, groupLabel, groupsOf, hiddenExplanation, hiddenText, measureLabels,
} from './statistics-labels.js';

const $ = (id) => document.getElementById(id);
const chartMeasures = ['concernsRaised', 'activeChildren', 'childrenWithPlan', 'coordinatorWhenNeeded', 'childViewRecorded', 'meetingsHeld', 'inSipOrBus'];
let statistics;

const element = (tag, className, text) => el(tag, { className: className || undefined, text });

const find = (measure, dimension, group, statistic = 'children') =>
  statistics.cells.find((c) => c.measure === measure && c.dimension === dimension && c.group === group && c.statistic === statistic);

function format(cell) {
  if (!cell || cell.suppressed || cell.value === null) return hiddenText;
  if (cell.statistic === 'share') return `${Math.round(cell.value * 100)} %`;
  if (cell.statistic === 'medianHours' || cell.statistic === 'p90Hours') return `${cell.value.toLocaleString('sv-SE')} h`;
  if (cell.statistic === 'meanChange') return `${cell.value > 0 ? '+' : ''}${cell.value.toLocaleString('sv-SE')}`;
  return cell.value.toLocaleString('sv-SE');
}

// One line of words per measure: the children, then what else the measure has.
function describe(measure, dimension, group) {
  const children = find(measure, dimension, group);
  if (!children || children.suppressed) return `${hiddenText} (${hiddenExplanation})`;
  const parts = [`${format(children)} barn`];
  const extra = (statistic, words) => {
    const cell = find(measure, dimension, group, statistic);
    if (cell) parts.push(`${words} ${format(cell)}`);
  };
  if (measure === 'concernsRaised') extra('events', 'anmälningar:');
  if (measure === 'meetingsHeld') extra('events', 'möten:');
  if (measure === 'acknowledgementTime') { extra('medianHours', 'median'); extra('p90Hours', '90:e percentil'); }
  extra('share', 'andel');
  return parts.join(', ');
}

function renderTotals() {
  const measures = ['concernsRaised', 'acknowledgementTime', ...chartMeasures.slice(1), 'plansNeedingCoordinator'];
  $('totals').replaceChildren(...measures.map((measure) => {
    const item = element('div', 'total');
    item.dataset.measure = measure;
    const value = element('dd', 'total-value', describe(measure, 'all', 'all'));
    value.dataset.testid = `total-${measure}`;
    item.append(element('dt', 'total-label', measureLabels[measure]), value);
    return item;
  }));
}

function groupsFor(dimension) {
  return dimension === 'unit' ? [...statistics.query.units, 'unknown'] : groupsOf(dimension);
}

function renderCharts(dimension) {
  $('charts').replaceChildren(...chartMeasures.map((measure) => {
    const figure = element('figure', 'chart');
    const title = `${measureLabels[measure]} per ${dimensionLabels[dimension].toLowerCase()}`;
    figure.append(element('figcaption', 'chart-title', title));
    const rows = groupsFor(dimension).map((group) => {
      const cell = find(measure, dimension, group);
      const hidden = !cell || cell.suppressed;
      return { label: groupLabel(dimension, group), value: hidden ? null : cell.value, text: hidden ? 'dold' : `${cell.value} barn` };
    });
    figure.append(barChart(title, rows));
    figure.append(breakdownTable(measure, dimension, title));
    return figure;
  }));
}

function breakdownTable(measure, dimension, title) {
  const table = element('table', 'figures');
  table.append(element('caption', 'visually-hidden', title));
  const head = element('tr');
  head.append(element('th', '', dimensionLabels[dimension]), element('th', '', 'Siffror'));
  table.append(head);
  for (const group of groupsFor(dimension)) {
    const row = element('tr');
    row.dataset.group = group;
    row.append(element('th', '', groupLabel(dimension, group)), element('td', '', describe(measure, dimension, group)));
    table.append(row);
  }
  return table;
}

function renderChange() {
  const table = element('table', 'figures change-table');
  table.append(element('caption', 'visually-hidden', 'Förändring sedan utgångsläget per område'));
  const head = element('tr');
  for (const text of ['Område', 'Barn', 'Medelförändring', 'Bättre', 'Oförändrat', 'Sämre']) head.append(element('th', '', text));
  table.append(head);
  const rows = needsAreas.map(([code, label]) => {
    const measure = `changeSinceBaseline:${code}`;
    const row = element('tr');
    row.dataset.area = code;
    row.append(element('th', '', label));
    for (const statistic of ['children', 'meanChange', 'improved', 'unchanged', 'worsened']) {
      const cell = find(measure, 'all', 'all', statistic);
      const td = element('td', '', format(cell));
      if (cell?.suppressed) td.title = hiddenExplanation;
      row.append(td);
    }
    table.append(row);
    const mean = find(measure, 'all', 'all', 'meanChange');
    const hidden = !mean || mean.suppressed || mean.value === null;
    return { label: areaLabel(code), value: hidden ? null : mean.value, text: hidden ? 'dold' : format(mean) };
  });
  $('change').replaceChildren(barChart('Medelförändring sedan utgångsläget', rows), table);
}

function render() {
  renderTotals();
  renderCharts($('breakdown').value);
  renderChange();
}

function queryString() {
  const form = new FormData($('filters'));
  const query = new URLSearchParams();
  for (const name of ['from', 'to', 'unit', 'ageBand', 'gender']) {
    const value = String(form.get(name) ?? '').trim();
    if (value) query.set(name, value);
  }
  return query.toString();
}

function fillUnits(units) {
  const select = $('unit');
  if (select.options.length > 1) return;
  for (const unit of [...units, 'unknown']) select.append(new Option(groupLabel('unit', unit), unit));
}

async function load() {
  document.body.dataset.pilot = 'loading';
  $('pilot-message').textContent = '';
  try {
    statistics = await api(`/api/statistics/pilot?${queryString()}`);
    fillUnits(statistics.query.units);
    render();
    document.body.dataset.pilot = 'ready';
  } catch (error) {
    $('pilot-message').textContent = `Siffrorna kunde inte hämtas. ${error.message}`;
    document.body.dataset.pilot = 'error';
  }
}

// Downloads go through fetch (the session cookie goes along); the file is made in the browser.
async function download(format) {
  const path = format === 'csv' ? '/api/statistics/pilot.csv' : '/api/statistics/pilot';
  const response = await fetch(`${path}?${queryString()}`, { credentials: 'same-origin' });
  if (!response.ok) {
    $('pilot-message').textContent = `Exporten misslyckades (fel ${response.status}).`;
    return;
  }
  const link = element('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = `pilotstatistik.${format}`;
  link.click();
  URL.revokeObjectURL(link.href);
}

async function loadDictionary() {
  if ($('dictionary').childElementCount > 0) return;
  const dictionary = await api('/api/statistics/dictionary');
  const list = (title, entries) => {
    const section = element('div');
    section.append(element('h3', '', title));
    const dl = element('dl', 'dictionary');
    for (const entry of entries) dl.append(element('dt', '', entry.label || entry.name), element('dd', '', entry.swedishDescription || '–'));
    section.append(dl);
    return section;
  };
  $('dictionary').replaceChildren(
    list('Kolumner', dictionary.columns), list('Mått', dictionary.measures), list('Statistikor', dictionary.statistics));
}


function initFilters() {
  const to = swedishToday();
  const [year, month, day] = to.split('-').map(Number);
  $('to').value = to;
  $('from').value = new Date(Date.UTC(year - 1, month - 1, day + 1)).toISOString().slice(0, 10);
  for (const group of groupsOf('ageBand').filter((g) => g !== 'Adult')) $('age-band').append(new Option(groupLabel('ageBand', group), group));
  for (const group of groupsOf('gender')) $('gender').append(new Option(groupLabel('gender', group), group));
  for (const [value, label] of Object.entries(dimensionLabels)) $('breakdown').append(new Option(label, value));
  $('filters').addEventListener('submit', (event) => {
    event.preventDefault();
    load();
  });
  // A new breakdown needs no new figures: every dimension came with the last answer.
  $('breakdown').addEventListener('change', () => statistics && renderCharts($('breakdown').value));
  for (const id of ['unit', 'age-band', 'gender']) $(id).addEventListener('change', load);
  $('export-csv').addEventListener('click', () => download('csv'));
  $('export-json').addEventListener('click', () => download('json'));
  $('dictionary-panel').addEventListener('toggle', loadDictionary);
}

async function start() {
  await startShell({ current: 'pilot' });
  initFilters();
  load();
}

start();
