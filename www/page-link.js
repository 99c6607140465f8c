// The page's side of a shared link: reads the view out of the address into the controls, writes
// the controls back into it (and keeps them on this device), and follows the section the reader
// is working in. What the fields mean and accept is view-state.js's business.

import { eventsField, parseEvents } from './timeline-events.js';
import { fits, readHash, writeHash } from './url-state.js';
import { readingOptions, saysReading, viewFields } from './view-state.js';

/** Select boxes and text fields that hold a view field as they are. */
const CONTROLS = [['term-input', 'term'], ['bucket-select', 'bucket'], ['measure-select', 'measure'], ['smoothing-select', 'smoothing'], ['layout-select', 'layout'], ['kwic-query', 'kwic']];

export class PageLink {
  /** The section the reader was last in (the link opens there). */
  section;
  /** The address as the page last wrote or read it. */
  #seen = location.hash;

  /** `settings()` gives the settings view once it exists (it is built after the first restore starts). */
  constructor({ $, engine, timeline, settings }) {
    Object.assign(this, { $, engine, timeline, settings });
  }

  /** The fields of a view, each with what it accepts. */
  fields() {
    return viewFields(this.$, { events: eventsField });
  }

  /** The view the address names ({} for none); the address counts as read from now on. */
  read() {
    this.#seen = location.hash;
    return readHash(location.hash, this.fields());
  }

  /** Puts a view's fields into the controls; the series are drawn on the next redraw. */
  apply(view) {
    for (const [id, field] of CONTROLS) if (view[field] !== undefined) this.$(id).value = view[field];
    if (view.series !== undefined) this.timeline.setSeries(view.series.split('\n'));
    if (view.events !== undefined) this.timeline.events.set(parseEvents(view.events));
    if (view.section !== undefined) this.section = view.section;
  }

  /** Writes the controls into the address and keeps them on this device. */
  save() {
    const { $, timeline } = this;
    const term = $('term-input').value.trim();
    const series = timeline.series.length > 1 || (timeline.series[0] ?? '') !== term ? timeline.series.join('\n') : undefined;
    const view = {
      ...Object.fromEntries(CONTROLS.map(([id, field]) => [field, $(id).value.trim()])),
      series,
      section: this.section,
      ...this.settings()?.readingFields(),
      events: timeline.events.encoded(),
    };
    // An address changed by hand or by a link since the page last wrote it is not overwritten
    // before its hashchange has been read: the view it names wins.
    if (location.hash === this.#seen) {
      // Events too long for a link stay on this device only, so that the link still opens.
      writeHash(fits(view) ? view : { ...view, events: undefined });
      this.#seen = location.hash;
    }
    this.engine.saveSettings(view);
  }

  /** Empties the address (with «Forget everything»). */
  clear() {
    writeHash({});
    this.#seen = location.hash;
  }

  /** The engine options a view asks for, or undefined when it says nothing of them. */
  async reading(view) {
    if (!saysReading(view)) return undefined;
    const steps = await this.engine.normalisationSteps({ all: true });
    return readingOptions(view, steps);
  }

  /** Brings the section the view names into sight. */
  show(id = this.section) {
    if (id && !this.$(id).hidden) this.$(id).scrollIntoView({ block: 'start' });
  }

  /** Follows the section being worked in: it goes into the link, so that it opens there. */
  followFocus() {
    document.addEventListener('focusin', (e) => {
      const id = e.target.closest?.('main > section[id]')?.id;
      if (id && id !== this.section) {
        this.section = id;
        this.save();
      }
    });
  }
}
