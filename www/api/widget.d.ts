// Types for `marsad/widget`: the <marsad-timeline> custom element.
import type { Analysis } from './index.js';

export declare class MarsadTimeline extends HTMLElement {
  /** Draws this analysis instead of (or before) the one at the `src` attribute. */
  analysis: Analysis | null;
}

declare global {
  interface HTMLElementTagNameMap {
    'marsad-timeline': MarsadTimeline;
  }
}
