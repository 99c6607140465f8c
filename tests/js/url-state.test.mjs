// The view in the address (www/url-state.js): what a pasted or typed #fragment can set, and what
// it cannot. Pure functions, so plain Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashFor, oneOf, readHash, text, validView } from '../../www/url-state.js';

const FIELDS = { term: text(20), bucket: oneOf(['auto', 'day', 'month', 'year']) };

test('a fragment round-trips through hashFor and readHash, Arabic and quotes included', () => {
  const view = { term: 'تنظيم "الدولة" & co', bucket: 'month' };
  const hash = hashFor(view);
  assert.ok(hash.startsWith('#term='), hash);
  assert.deepEqual(readHash(hash, FIELDS), view);
  assert.equal(hashFor({ term: '', bucket: undefined }), '');
});

test('only known fields with valid values are read; the rest is dropped', () => {
  assert.deepEqual(readHash('#term=Mosul&bucket=week&extra=1', FIELDS), { term: 'Mosul' });
  assert.deepEqual(readHash('#bucket=year&bucket=day', FIELDS), { bucket: 'year' }, 'the first of repeated fields');
  assert.deepEqual(readHash('#term=a%00b', FIELDS), {}, 'control characters');
  assert.deepEqual(readHash(`#term=${'x'.repeat(21)}`, FIELDS), {}, 'longer than the field allows');
  assert.deepEqual(readHash(`#bucket=day&x=${'y'.repeat(2000)}`, FIELDS), {}, 'a fragment too long to be a view');
  assert.deepEqual(readHash('#%E0%A4%A=%&term=%', FIELDS), { term: '%' }, 'broken percent-escapes stay text');
  assert.deepEqual(readHash('', FIELDS), {});
  assert.deepEqual(readHash(undefined, FIELDS), {});
});

test('names that are special to JavaScript objects set nothing', () => {
  const view = readHash('#__proto__=x&constructor=y&toString=z&term=ok', { ...FIELDS, toString: text(5) });
  assert.deepEqual(view, { term: 'ok', toString: 'z' });
  assert.equal(Object.getPrototypeOf(view), Object.prototype);
  assert.equal({}.x, undefined);
  // Kept settings are validated the same way: a non-string or inherited value is ignored.
  assert.deepEqual(validView(Object.create({ term: 'inherited' }), FIELDS), {});
  assert.deepEqual(validView({ term: 42, bucket: 'day' }, FIELDS), { bucket: 'day' });
  assert.deepEqual(validView(null, FIELDS), {});
});
