// Checks a personnummer as it is typed, by the same rules as the server (grain-interfaces/Identity/
// Personnummer.cs): shape, a real date (samordningsnummer: day + 60), the check digit. Pure, for
// node --test. The number is only ever sent in a request body, never in a URL.

const digits = /^\d+$/;

function luhn(nine) {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

function realDate(year, month, day) {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const asNumber = (year, month, day) => year * 10000 + month * 100 + day;

/** null when the number is valid (or empty), otherwise the code of the broken rule (as errors.js names it). */
export function checkPersonnummer(input, today = new Date()) {
  const text = String(input ?? '').trim();
  if (!text) return null;
  let date;
  let separator = '-';
  if (text.length === 10 || text.length === 12) {
    date = text.slice(0, -4);
  } else if (text.length === 11 || text.length === 13) {
    date = text.slice(0, -5);
    separator = text[text.length - 5];
  } else {
    return 'personnummer.shape';
  }
  const serial = text.slice(-4);
  if (!'-+'.includes(separator) || !digits.test(date) || !digits.test(serial)) return 'personnummer.shape';
  if (separator === '+' && date.length === 8) return 'personnummer.plus-in-long-form';
  const month = Number(date.slice(-4, -2));
  const dayField = Number(date.slice(-2));
  const day = dayField > 60 ? dayField - 60 : dayField;
  const todayNumber = asNumber(today.getFullYear(), today.getMonth() + 1, today.getDate());
  let year;
  if (date.length === 8) {
    year = Number(date.slice(0, 4));
  } else {
    // As the server: this century, unless that is after today; '+' means a hundred years earlier.
    const y = today.getFullYear();
    year = y - (y % 100) + Number(date.slice(0, 2));
    if (asNumber(year, month, day) > todayNumber) year -= 100;
    if (separator === '+') year -= 100;
  }
  if (!realDate(year, month, day)) return 'personnummer.date';
  const ten = date.slice(-6) + serial;
  if (luhn(ten.slice(0, 9)) !== Number(ten[9])) return 'personnummer.check-digit';
  if (asNumber(year, month, day) > todayNumber) return 'personnummer.future';
  return null;
}
