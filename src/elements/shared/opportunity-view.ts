import { property } from 'lit/decorators.js';
import type { FeedModel, GeoPoint, Opportunity, Organization, Place } from '../../core/model.js';
import { opportunityFacts, type OpportunityFacts } from './opportunity-facts.js';
import { LocalizedElement } from './localized-element.js';

/**
 * What the opportunity card and the detail share: the inputs that say which opportunity to show and
 * where it stands (model, organizer, place, the visitor's position, "now"), and the facts worked out
 * from them once per update. Subclasses render; `upcomingShown` is how many next dates they list.
 */
export abstract class OpportunityView extends LocalizedElement {

  /** The opportunity to show. */
  @property({ attribute: false }) opportunity?: Opportunity;
  /** The feed model, to look up the organizer and place by key. */
  @property({ attribute: false }) model?: FeedModel;
  /** Organizer, when the caller has it already (wins over `model`). */
  @property({ attribute: false }) organization?: Organization;
  /** Place, when the caller has it already (wins over `model`). */
  @property({ attribute: false }) place?: Place;
  /** The visitor's position, for distance and walking time ("1.2 km away · 15 min walk"). */
  @property({ attribute: false }) near?: GeoPoint;
  /** "Now" in epoch ms (default: the clock), so lists rendered together agree on what is upcoming. */
  @property({ attribute: false }) now?: number;

  /** How many upcoming dates the view lists. */
  protected abstract readonly upcomingShown: number;

  /** Worked out once per update (occurrences are expanded here), then read by render and updated. */
  protected currentFacts: OpportunityFacts | undefined;

  protected override willUpdate(): void {
    this.currentFacts = this.opportunity
      ? opportunityFacts(this.opportunity, {
          locale: this.locale.tag,
          model: this.model,
          organization: this.organization,
          place: this.place,
          near: this.near,
          now: this.now,
          nextCount: this.upcomingShown,
        })
      : undefined;
  }
}
