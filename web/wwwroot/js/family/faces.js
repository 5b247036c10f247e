// Pictograms for the 1–5 scale: simple faces, from sad to happy, drawn as SVG. Each face is
// decoration beside its word: the word is what a screen reader reads.
import { svg } from '../dom.js';

export function face(mood) {
  const mouthY = 44;
  // The mouth bends down for a sad face and up for a happy one.
  const bend = mood * 6;
  return svg('svg', { viewBox: '0 0 64 64', width: 44, height: 44, 'aria-hidden': 'true', focusable: 'false', class: `face mood-${mood + 2}` }, [
    svg('circle', { cx: 32, cy: 32, r: 29, class: 'face-head' }),
    svg('circle', { cx: 22, cy: 26, r: 4, class: 'face-eye' }),
    svg('circle', { cx: 42, cy: 26, r: 4, class: 'face-eye' }),
    svg('path', { d: `M 18 ${mouthY - bend / 2} Q 32 ${mouthY + bend} 46 ${mouthY - bend / 2}`, class: 'face-mouth' }),
  ]);
}
