// Swedish names for what the statistics API speaks in code names (the enums' own labels are in labels.js).
import { ageBandLabels, genderLabels } from './labels.js';

export const measureLabels = {
  concernsRaised: 'Oro anmäld',
  acknowledgementTime: 'Tid från oro till kvittens',
  meetingsHeld: 'Barnteam-möten',
  activeChildren: 'Aktiva barn',
  childrenWithPlan: 'Barn med plan',
  plansNeedingCoordinator: 'Planer som behöver stödsamordnare',
  coordinatorWhenNeeded: 'Stödsamordnare när det behövs',
  childViewRecorded: 'Barnets egen röst i planen',
  inSipOrBus: 'Barn även i SIP/BUS',
};

export const dimensionLabels = { unit: 'Enhet', ageBand: 'Åldersgrupp', gender: 'Kön' };

// Groups of children are named in the plural where the enum's own label is singular.
const groupLabels = {
  ageBand: ageBandLabels,
  gender: { ...genderLabels, Girl: 'Flickor', Boy: 'Pojkar' },
  unit: { unknown: 'Okänd enhet' },
};

export const groupLabel = (dimension, group) => groupLabels[dimension]?.[group] ?? group;

export const groupsOf = (dimension) => Object.keys(groupLabels[dimension] ?? {});

export const hiddenText = '–';
export const hiddenExplanation = 'dold: färre än 5 barn';
