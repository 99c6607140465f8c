// Inputs shared by the wasm API tests and the page tests, with the values they are checked against.

/**
 * A scraper's day of articles: #1 Arabic and #2 English, each with a date field; #3 is not an
 * article (an error naming «› #3»); #4 has no text (skipped, not an error).
 */
export const DAY_JSON = JSON.stringify([
  { title: 'الموصل', content: 'استعادت القوات مدينة الموصل بعد معارك طويلة.', date: '2017-07-10', source: 'الرياض' },
  { title: 'Mosul', content: 'Forces retook Mosul after long battles.', date: '2017-07-11', source: 'Reuters' },
  42,
  { title: 'empty', content: '' },
]);
