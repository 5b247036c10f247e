// Small SVG charts drawn from this origin (no chart library, no external service). Every bar
// carries its value as text too, so colour is never the only carrier of meaning.
import { svg } from './dom.js';

// Horizontal bars: rows are { label, value (null when hidden), text }. Hidden rows get a
// hatched stub and the word "dold" instead of a bar.
export function barChart(title, rows) {
  const rowHeight = 26;
  const labelWidth = 230;
  const barWidth = 300;
  const height = rows.length * rowHeight + 8;
  const max = Math.max(1, ...rows.map((r) => (typeof r.value === 'number' ? Math.abs(r.value) : 0)));
  const chart = svg('svg', { viewBox: `0 0 ${labelWidth + barWidth + 120} ${height}`, class: 'bar-chart', role: 'img' });
  chart.setAttribute('aria-label', `${title}: ${rows.map((r) => `${r.label} ${r.text}`).join(', ')}`);
  chart.append(svg('title', {}, title));
  rows.forEach((row, i) => {
    const y = i * rowHeight + 4;
    chart.append(svg('text', { x: labelWidth - 8, y: y + 16, class: 'bar-label', 'text-anchor': 'end' }, row.label));
    if (typeof row.value === 'number') {
      const width = Math.max(2, (Math.abs(row.value) / max) * barWidth);
      chart.append(svg('rect', { x: labelWidth, y, width, height: rowHeight - 8, class: 'bar' }));
      chart.append(svg('text', { x: labelWidth + width + 6, y: y + 16, class: 'bar-value' }, row.text));
    } else {
      chart.append(svg('rect', { x: labelWidth, y, width: 18, height: rowHeight - 8, class: 'bar hidden-bar' }));
      chart.append(svg('text', { x: labelWidth + 24, y: y + 16, class: 'bar-value hidden-value' }, row.text));
    }
  });
  return chart;
}
