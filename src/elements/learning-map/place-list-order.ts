/**
 * The order of the list alternative (busiest place first, then by name) and how much of it is
 * rendered. Names are looked up once per place and compared with one Intl.Collator, not once per
 * comparison; for thousands of places they are looked up a slice at a time. The list is rendered
 * LIST_SLICE places at a time, a task apart, so the first places show at once and the page keeps
 * responding while the rest are added.
 */
import type { PlaceGroup } from '../../core/map/place-groups.js';
import { runInSlices, yieldToHost } from '../../core/slices.js';

/** Places rendered at first, and added per later task. */
export const LIST_SLICE = 100;
/** Above this many places, their names are looked up in slices before sorting. */
const SLICED_NAMES_MIN = 1_000;

export interface PlaceListChunks {
  /** The places in list order, LIST_SLICE per chunk. */
  chunks: readonly (readonly PlaceGroup[])[];
  /** How many chunks are rendered. */
  shown: number;
  tag: string;
  /** True while the order is being worked out (nothing to show yet). */
  pending?: boolean;
}

export class PlaceListOrder {
  private places: readonly PlaceGroup[] | undefined;
  private list: PlaceListChunks = { chunks: [], shown: 1, tag: '' };
  private growing = false;
  private naming: AbortController | undefined;

  /** `onChange` asks the element for a render once the order is known or more places are to be shown. */
  constructor(private readonly onChange: () => void) {}

  /** `places` in list order, sorted again only when the places or the language changed. */
  inOrder(places: readonly PlaceGroup[], tag: string, nameOf: (placeKey: string) => string): PlaceListChunks {
    if (places === this.places && tag === this.list.tag) return this.list;
    this.naming?.abort();
    this.naming = undefined;
    // The same places in another language keep what was already shown.
    const shown = places === this.places ? this.list.shown : 1;
    this.places = places;
    if (places.length < SLICED_NAMES_MIN) {
      this.list = order(places, places.map((group) => nameOf(group.placeKey)), tag, shown);
      return this.list;
    }
    const naming = new AbortController();
    this.naming = naming;
    const names: string[] = [];
    const nameSome = () => {
      for (const end = Math.min(places.length, names.length + 200); names.length < end; ) names.push(nameOf(places[names.length]!.placeKey));
      return names.length === places.length;
    };
    void runInSlices(nameSome, { signal: naming.signal }).then((named) => {
      if (!named || naming.signal.aborted) return;
      this.naming = undefined;
      this.list = order(places, names, tag, shown);
      this.onChange();
    });
    this.list = { chunks: [], shown, tag, pending: true };
    return this.list;
  }

  /** Call after rendering the list: shows the next chunk in a later task, until every place is listed. */
  growLater(): void {
    if (this.growing || this.list.shown >= this.list.chunks.length) return;
    this.growing = true;
    void yieldToHost().then(() => {
      this.growing = false;
      this.list = { ...this.list, shown: this.list.shown + 1 };
      this.onChange();
    });
  }
}

function order(places: readonly PlaceGroup[], names: readonly string[], tag: string, shown: number): PlaceListChunks {
  const collator = new Intl.Collator(tag);
  const nameOf = new Map(places.map((group, index) => [group, names[index]!]));
  const sorted = [...places].sort((a, b) => b.opportunities.length - a.opportunities.length || collator.compare(nameOf.get(a)!, nameOf.get(b)!));
  const chunks: PlaceGroup[][] = [];
  for (let start = 0; start < sorted.length; start += LIST_SLICE) chunks.push(sorted.slice(start, start + LIST_SLICE));
  return { chunks, shown, tag };
}
