import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPersonnummer } from '../../web/wwwroot/js/personnummer.js';

const today = new Date(2026, 5, 15);

test('valid numbers in the long and short forms pass', () => {
  assert.equal(checkPersonnummer('19121212-1212', today), null);
  assert.equal(checkPersonnummer('191212121212', today), null);
  assert.equal(checkPersonnummer('121212-1212', today), null);
  assert.equal(checkPersonnummer('', today), null);
});

test('a wrong check digit, a false date, a bad shape and a future date are named', () => {
  assert.equal(checkPersonnummer('19121212-1213', today), 'personnummer.check-digit');
  assert.equal(checkPersonnummer('19121312-1212', today), 'personnummer.date');
  assert.equal(checkPersonnummer('1912121', today), 'personnummer.shape');
  assert.equal(checkPersonnummer('19121212+1212', today), 'personnummer.plus-in-long-form');
});

test('a samordningsnummer (day plus sixty) is a real date', () => {
  // 1990-08-15 as samordningsnummer: day 75; serial 123, check digit computed by the Luhn rule.
  const ten = '900875123';
  let sum = 0;
  for (let i = 0; i < 9; i++) { let d = Number(ten[i]) * (i % 2 === 0 ? 2 : 1); if (d > 9) d -= 9; sum += d; }
  const check = (10 - (sum % 10)) % 10;
  assert.equal(checkPersonnummer(`19900875-123${check}`, today), null);
});
