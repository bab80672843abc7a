/**
 * Marker and cluster names in one language. A pan or zoom names dozens of new markers in a single
 * frame, so the number formatter and the message table are looked up once per language instead of
 * once per marker (a new Intl.NumberFormat costs more than drawing the marker it labels).
 */
import { mapMessages, type MapMessages } from './messages.js';

export class MarkerLabels {
  readonly words: MapMessages;
  private readonly numbers: Intl.NumberFormat;

  constructor(
    /** The full BCP 47 tag the labels are in ("en-GB"). */
    readonly tag: string,
    private readonly placeName: (placeKey: string) => string,
  ) {
    this.words = mapMessages.for(tag);
    this.numbers = new Intl.NumberFormat(tag);
  }

  /** "1,234" with the language's digits and grouping. */
  count(value: number): string {
    return this.numbers.format(value);
  }

  /** "Central Library — 12 opportunities". */
  place(placeKey: string, opportunityCount: number): string {
    return `${this.placeName(placeKey)} — ${this.words.opportunities(opportunityCount, this.count(opportunityCount))}`;
  }

  /** "5 places, 23 opportunities — zoom in". */
  cluster(placeCount: number, opportunityCount: number): string {
    return this.words.cluster(placeCount, this.count(placeCount), opportunityCount, this.count(opportunityCount));
  }
}
