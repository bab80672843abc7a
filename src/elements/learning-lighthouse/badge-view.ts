/**
 * What the badge shows, worked out from the verdict and the two feeds, in the reader's language.
 * DOM-free, so every state's wording is decided in one place.
 */
import { sinceYear } from '../../core/badge-svg.js';
import { describeSpan } from '../../core/describe/timing.js';
import type { FeedModel, GeoPoint, Organization, Place } from '../../core/model.js';
import { localeChain, resolveText } from '../../core/text.js';
import { safeLinkUrl, safeWebUrl } from '../../core/urls.js';
import { lighthouseMessages } from './messages.js';
import { organizationActivity, organizationOpportunities, organizationPlace, walkingMinutesBetween, type LighthouseVerdict } from './verification.js';

export interface BadgeView {
  name?: string;
  since?: string;
  designatedBy?: string;
  /** "3 sessions in the next 7 days"; absent when the feed has no opportunities of the organization. */
  thisWeek?: string;
  next?: string;
  walk?: string;
  /** A place with coordinates exists, so a walking time could be shown with the visitor's position. */
  canWalk: boolean;
  url?: string;
  criteriaUrl?: string;
  description?: string;
  place?: Place;
}

export interface BadgeViewInput {
  verdict: LighthouseVerdict;
  organizationId: string;
  registry?: FeedModel;
  /** The feed opportunities are counted from (the enclosing or own feed, else the registry). */
  activityModel?: FeedModel;
  near?: GeoPoint;
  now: number;
  locale: string;
}

export function badgeView(input: BadgeViewInput): BadgeView {
  const { verdict, locale } = input;
  const words = lighthouseMessages.for(locale);
  const record: Organization | undefined = verdict.organization;
  const registryFeed = input.registry?.feeds.find((feed) => feed.key === record?.feedKey) ?? input.registry?.feeds[0];
  const chain = localeChain(locale, registryFeed?.language);
  const view: BadgeView = { canWalk: false };
  if (!record) return view;
  view.name = resolveText(record.name, chain) || record.id;
  view.description = resolveText(record.description, chain) || undefined;
  view.url = record.url ? safeLinkUrl(record.url) : undefined;
  if (verdict.state === 'verified') {
    const year = sinceYear(record.lighthouse?.since, locale);
    view.since = year === undefined ? undefined : words.since(year);
    const registryName = resolveText(registryFeed?.publisher?.name ?? registryFeed?.name, chain);
    view.designatedBy = registryName ? words.designatedBy(registryName) : undefined;
    view.criteriaUrl = record.lighthouse?.criteriaUrl ? safeWebUrl(record.lighthouse.criteriaUrl) : undefined;
  }
  // No opportunities in the feed at all says nothing about how busy the organization is: no line, not "0 sessions".
  const opportunities = organizationOpportunities(input.activityModel, input.organizationId);
  if (input.activityModel && opportunities.length > 0) {
    const activity = organizationActivity(opportunities, input.now);
    view.thisWeek =
      activity.thisWeek === 0 ? words.noSessionsThisWeek : words.sessionsThisWeek(activity.thisWeek, new Intl.NumberFormat(locale).format(activity.thisWeek));
    if (activity.next) {
      const { opportunity, occurrence } = activity.next;
      const feedLanguage = input.activityModel.feeds.find((feed) => feed.key === opportunity.feedKey)?.language;
      const title = resolveText(occurrence.name ?? opportunity.name, localeChain(locale, feedLanguage)) || opportunity.id;
      view.next = words.next(title, describeSpan(occurrence.start, occurrence.end === occurrence.start ? undefined : occurrence.end, locale));
    }
  }
  const place = organizationPlace(record, [input.registry, input.activityModel], input.organizationId);
  view.place = place;
  view.canWalk = place !== undefined;
  const minutes = walkingMinutesBetween(input.near, place?.geo);
  if (minutes !== undefined) view.walk = words.walk(new Intl.NumberFormat(locale).format(minutes));
  return view;
}
