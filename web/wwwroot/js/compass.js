// The behovskompass drawn as the seeds draw it: a circle cut into eight fields, each filled
// from the centre as far as its rating (1–5) reaches. Colours come from css/site.css.
import { el, svg } from './dom.js';
import { needsAreas, scaleLegend } from './labels.js';

const radius = 90;
const labelRadius = 104;
const steps = 5;

const point = (r, degrees) => {
  const radians = (degrees * Math.PI) / 180;
  return [r * Math.cos(radians), r * Math.sin(radians)].map((n) => Number(n.toFixed(2)));
};

// Field i runs clockwise from the top: 45 degrees each, the first starting at twelve o'clock.
function sector(r, index) {
  const start = -90 + index * 45;
  return `M 0 0 L ${point(r, start).join(' ')} A ${r} ${r} 0 0 1 ${point(r, start + 45).join(' ')} Z`;
}

function areaLabel(index, text) {
  const middle = -90 + index * 45 + 22.5;
  const [x, y] = point(labelRadius, middle);
  const anchor = Math.abs(x) < 5 ? 'middle' : x > 0 ? 'start' : 'end';
  return svg('text', { x, y: y + 4, 'text-anchor': anchor, class: 'compass-label' }, [text]);
}

/**
 * An SVG compass for ratings [{area, value}]; areas without a rating stay empty.
 * `title` names the picture for screen readers ("Gemensam bedömning").
 */
export function compass(ratings, { title, testId, variant = 'consensus', baseline = [] }) {
  const values = new Map(ratings.map((r) => [r.area, r.value]));
  const baselines = new Map(baseline.map((r) => [r.area, r.value]));
  const root = svg('svg', {
    viewBox: '-175 -118 350 236',
    role: 'img',
    class: `compass compass-${variant}`,
    'aria-label': title,
    'data-testid': testId,
  });
  root.append(svg('title', {}, [title]));
  needsAreas.forEach(([code, text], index) => {
    const value = values.get(code);
    const field = svg('g', { class: `compass-field area-${index}`, 'data-area': code, 'data-value': value ?? '' });
    field.append(svg('title', {}, [value ? `${text}: ${value} av ${steps}` : `${text}: ingen skattning`]));
    field.append(svg('path', { d: sector(radius, index), class: 'compass-empty' }));
    if (value) field.append(svg('path', { d: sector((radius * value) / steps, index), class: 'compass-fill' }));
    const start = baselines.get(code);
    if (start) field.append(svg('path', { d: sector((radius * start) / steps, index), class: 'compass-baseline' }));
    root.append(field);
    root.append(areaLabel(index, text));
  });
  for (let step = 1; step <= steps; step++) {
    root.append(svg('circle', { cx: 0, cy: 0, r: (radius * step) / steps, class: 'compass-ring' }));
  }
  for (let index = 0; index < 8; index++) {
    const [x2, y2] = point(radius, -90 + index * 45);
    root.append(svg('line', { x1: 0, y1: 0, x2, y2, class: 'compass-spoke' }));
  }
  return root;
}

/** The scale's legend, shown wherever the behovskompass is rated or drawn: higher is better. */
export function scaleLegendElement() {
  return el('p', { className: 'legend compass-legend', text: scaleLegend, attrs: { 'data-testid': 'scale-legend' } });
}
