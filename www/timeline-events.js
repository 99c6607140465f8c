// The reader's own events on the timeline (a label at a date: «the dam opens», 2023-03-15), so a
// rise can be read against what happened. They live in the address's #fragment with the rest of
// the view, one per line as `YYYY-MM-DD label`, and are only ever written as text.

import { bdi, el } from './dom.js';
import { date, t } from './i18n.js';

const MAX_EVENTS = 12;
const MAX_LABEL = 60;

/** A real calendar date written YYYY-MM-DD (2023-02-30 is refused). */
function isDate(iso) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return false;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso;
}

/** A label as kept: trimmed, no control characters, at most MAX_LABEL characters; null when empty. */
function cleanLabel(label) {
  const clean = [...String(label ?? '').replace(/[\u0000-\u001f\u007f]/g, ' ').trim()].slice(0, MAX_LABEL).join('');
  return clean || null;
}

/** The events in a fragment's `events` value, in date order; undefined when it is not such a list. */
export function parseEvents(value) {
  if (typeof value !== 'string') return undefined;
  const events = [];
  for (const line of value.split('\n')) {
    if (!line) continue;
    const [iso, label] = [line.slice(0, 10), cleanLabel(line.slice(11))];
    if (!isDate(iso) || line[10] !== ' ' || !label) return undefined;
    events.push({ date: iso, label });
  }
  return events.length <= MAX_EVENTS ? sortEvents(events) : undefined;
}

/** The fragment's `events` value for a list ('' for none). */
function encodeEvents(events) {
  return events.map((e) => `${e.date} ${e.label}`).join('\n');
}

/** A validator for url-state.js: the value written again canonically, or undefined. */
export const eventsField = (value) => {
  const events = parseEvents(value);
  return events ? encodeEvents(events) : undefined;
};

const sortEvents = (events) => events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

/** The form that adds an event and the list that shows and removes them. */
export class EventList {
  /** The events, in date order. */
  items = [];

  /** `onChange(items)` after every addition or removal. */
  constructor({ form, list, message, onChange }) {
    this.form = form;
    this.list = list;
    this.message = message;
    this.onChange = onChange;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const data = new FormData(form);
      if (this.add(String(data.get('date') ?? ''), String(data.get('label') ?? ''))) form.reset();
    });
  }

  /** Adds an event; false (with a message) when the date or label is unusable or the list is full. */
  add(iso, label) {
    const clean = cleanLabel(label);
    const refusal = !isDate(iso) ? t('events.badDate') : !clean ? t('events.noLabel') : this.items.length >= MAX_EVENTS ? t('events.full', { max: MAX_EVENTS }) : '';
    this.message.textContent = refusal;
    if (refusal) return false;
    this.set([...this.items, { date: iso, label: clean }]);
    this.onChange?.(this.items);
    return true;
  }

  remove(index) {
    this.set(this.items.filter((_, i) => i !== index));
    this.onChange?.(this.items);
  }

  /** Replaces the list (from the address) without telling `onChange`. */
  set(events) {
    this.items = sortEvents([...events]).slice(0, MAX_EVENTS);
    this.render();
  }

  encoded() {
    return encodeEvents(this.items);
  }

  /** Also after a language switch: the dates are written in the page's language. */
  render() {
    this.list.replaceChildren(
      ...this.items.map((e, i) =>
        el(
          'li',
          {},
          el('time', { datetime: e.date }, date(e.date)),
          ' ',
          bdi(e.label),
          el('button', { type: 'button', class: 'remove', 'aria-label': t('events.remove', { label: e.label, date: date(e.date) }), title: t('events.removeTitle'), onclick: () => this.remove(i) }, el('span', { 'aria-hidden': 'true' }, '×')),
        ),
      ),
    );
  }
}
