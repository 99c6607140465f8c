// Dates read from file names by a pattern the reader writes («report_YYYYMMDD»), for archives
// whose files carry their date in a form the engine does not look for by itself.

const PLACEHOLDERS = { YYYY: '(?<y>\\d{4})', MM: '(?<m>\\d{2})', DD: '(?<d>\\d{2})' };

/**
 * Compiles a pattern: YYYY, MM and DD each exactly once, anything else literal. Returns
 * `{ match(name) → 'YYYY-MM-DD' | null | undefined }` (null: the pattern matched but the date is
 * impossible; undefined: no match), or `{ error }`, an i18n key saying what is wrong.
 */
export function namePattern(pattern) {
  const text = String(pattern ?? '').trim();
  if (!text) return { error: 'pattern.empty' };
  const pieces = text.split(/(YYYY|MM|DD)/);
  for (const p of Object.keys(PLACEHOLDERS)) {
    if (pieces.filter((x) => x === p).length !== 1) return { error: 'pattern.placeholders' };
  }
  const body = pieces.map((x) => PLACEHOLDERS[x] ?? x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('');
  // A date at an edge of the pattern must not be cut out of a longer run of digits.
  const head = /^(YYYY|MM|DD)/.test(text) ? '(?<!\\d)' : '';
  const tail = /(YYYY|MM|DD)$/.test(text) ? '(?!\\d)' : '';
  const regex = new RegExp(head + body + tail, 'u');
  return {
    match(name) {
      const found = regex.exec(String(name));
      if (!found) return undefined;
      const { y, m, d } = found.groups;
      return realDate(Number(y), Number(m), Number(d)) ? `${y}-${m}-${d}` : null;
    },
  };
}

/** Whether `text` is a YYYY-MM-DD date that exists. */
export function isoDate(text) {
  const [, y, m, d] = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text)) ?? [];
  return Boolean(y) && realDate(Number(y), Number(m), Number(d));
}

function realDate(year, month, day) {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}
