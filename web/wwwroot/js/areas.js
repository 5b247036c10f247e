// The eight behovskompass areas: code name (as the API speaks) and the Swedish label.
export const needsAreas = [
  ['Respected', 'Respekteras'],
  ['Developing', 'Utvecklas'],
  ['CaredFor', 'Omsorg'],
  ['Safe', 'Trygghet'],
  ['Healthy', 'Må bra'],
  ['Leisure', 'Fritid'],
  ['Belonging', 'Tillhörighet'],
  ['Responsible', 'Ansvarstagande'],
];

const labels = new Map(needsAreas);

export const areaLabel = (code) => labels.get(code) ?? code;
