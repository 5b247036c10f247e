// One child on the agenda: the behovskompass (the group's consensus beside the child's own
// view), then the ratings, the plan's actions and its details.
import { compass } from '../compass.js';
import { createDetailsPanel } from './details.js';
import { el } from '../dom.js';
import { createPlanPanel } from './plan.js';
import { createRatingsPanel } from './ratings.js';

export function createChildSection(child, ctx) {
  const { childId } = child;
  const ratings = createRatingsPanel(child, ctx);
  const plan = createPlanPanel(child, ctx);
  const details = createDetailsPanel(child, ctx);
  const consensusFigure = el('figure', { className: 'compass-figure' });
  const childFigure = el('figure', { className: 'compass-figure' });
  const heading = el('h2', { text: child.displayName });
  const restrictedNotice = el('p', {
    className: 'notice restricted',
    text: 'Vårdnadshavarna har inte samtyckt till att information delas med din verksamhet. Du ser barnets namn, mötet, dina egna skattningar och de insatser som är tilldelade dig.',
    attrs: { hidden: true, role: 'note', 'data-testid': `restricted-${childId}` },
  });
  const compassPair = el('div', { className: 'compass-pair' }, [consensusFigure, childFigure]);

  const element = el('section', { className: 'panel child-section', data: { childId }, attrs: { 'data-testid': `child-${childId}` } }, [
    heading,
    restrictedNotice,
    compassPair,
    ratings.element,
    plan.element,
    details.element,
  ]);

  function update(view, state) {
    heading.textContent = view.displayName;
    // Without consent the server sends none of the shared assessment or plan details; hide their
    // empty frames too, so nothing suggests there is nothing to see.
    restrictedNotice.hidden = !view.restricted;
    compassPair.hidden = Boolean(view.restricted);
    details.element.hidden = Boolean(view.restricted);
    consensusFigure.replaceChildren(
      compass(view.consensus, { title: `Gemensam bedömning för ${view.displayName}`, testId: `compass-${childId}` }),
      el('figcaption', { text: 'Gemensam bedömning' }),
    );
    childFigure.replaceChildren(
      compass(view.childOwnView, { title: `${view.displayName}s egen syn`, testId: `child-view-${childId}`, variant: 'child' }),
      el('figcaption', { text: view.childOwnView.length ? 'Barnets egen syn' : 'Barnets egen syn (inte ifylld ännu)' }),
    );
    ratings.update(view, state);
    plan.update(view, state);
    details.update(view, state);
  }

  return { element, update };
}
