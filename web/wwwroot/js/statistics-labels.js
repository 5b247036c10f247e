// Swedish names for what the statistics API speaks in code names.
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

const groupLabels = {
  ageBand: {
    ZeroToSix: '0–6 år', SevenToTwelve: '7–12 år', ThirteenToEighteen: '13–18 år', Adult: '19 år och äldre', Unknown: 'Okänd ålder',
  },
  gender: { Unknown: 'Ej angivet', Girl: 'Flickor', Boy: 'Pojkar', Other: 'Annat' },
  unit: { unknown: 'Okänd enhet' },
};

export const groupLabel = (dimension, group) => groupLabels[dimension]?.[group] ?? group;

export const groupsOf = (dimension) => Object.keys(groupLabels[dimension] ?? {});

export const hiddenText = '–';
export const hiddenExplanation = 'dold: färre än 5 barn';
