// Dates from file names by a pattern the reader writes (www/name-pattern.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoDate, namePattern } from '../../www/name-pattern.js';

test('YYYY, MM and DD are read anywhere in the name, the rest literally', () => {
  assert.equal(namePattern('YYYY-MM-DD').match('scans/2021-03-16-mosul.txt'), '2021-03-16');
  assert.equal(namePattern('DD.MM.YYYY').match('bericht 16.03.2021.txt'), '2021-03-16');
  assert.equal(namePattern('report_YYYYMMDD').match('old report_20210316 final.txt'), '2021-03-16');
  // «.» is a dot, not any character.
  assert.equal(namePattern('DD.MM.YYYY').match('16-03-2021.txt'), undefined);
  assert.equal(namePattern('report_YYYYMMDD').match('report-20210316.txt'), undefined);
});

test('a date is not cut out of a longer run of digits', () => {
  assert.equal(namePattern('YYYYMMDD').match('id_2021031612.txt'), undefined);
  assert.equal(namePattern('YYYYMMDD').match('id_20210316_12.txt'), '2021-03-16');
});

test('an impossible date matches but gives null', () => {
  assert.equal(namePattern('YYYY-MM-DD').match('2021-02-30.txt'), null);
  assert.equal(namePattern('YYYY-MM-DD').match('2021-13-01.txt'), null);
  assert.equal(namePattern('YYYY-MM-DD').match('2024-02-29.txt'), '2024-02-29');
});

test('a pattern without each placeholder once is refused with a reason', () => {
  assert.deepEqual(namePattern(''), { error: 'pattern.empty' });
  assert.deepEqual(namePattern('YYYY-MM'), { error: 'pattern.placeholders' });
  assert.deepEqual(namePattern('YYYY-MM-DD-DD'), { error: 'pattern.placeholders' });
});

test('isoDate accepts only real YYYY-MM-DD dates', () => {
  assert.ok(isoDate('2021-03-16'));
  assert.ok(!isoDate('2021-3-16'));
  assert.ok(!isoDate('2021-02-29'));
  assert.ok(!isoDate('16.03.2021'));
});
