/**
 * Labels for the default audience and accessibility vocabularies (docs/feed-spec.md), English here and
 * other locales in src/i18n/translations/<locale>.ts. Feeds may use other values; those are shown as
 * written, with hyphens read as spaces.
 */
import { defineMessages, type Messages } from '../../i18n/catalog.js';

const audiencesEn = { children: 'Children', teens: 'Teenagers', 'young-adults': 'Young adults', adults: 'Adults', seniors: 'Older people', families: 'Families', parents: 'Parents', jobseekers: 'Jobseekers', newcomers: 'Newcomers', educators: 'Educators' } as const;

const accessibilityEn = { 'step-free-access': 'Step-free access', 'wheelchair-access': 'Wheelchair access', 'accessible-toilet': 'Accessible toilet', 'changing-places': 'Changing Places toilet', 'hearing-loop': 'Hearing loop', 'sign-language': 'Sign language', captions: 'Captions', 'audio-description': 'Audio description', 'large-print': 'Large print', braille: 'Braille', 'easy-read': 'Easy read', 'quiet-space': 'Quiet space', 'sensory-friendly': 'Sensory friendly', 'assistance-dogs': 'Assistance dogs welcome', seating: 'Seating available', 'accessible-parking': 'Accessible parking' } as const;

/** Every default term, each locale's label for it: a term missing in any locale is a type error. */
export type AudienceLabels = { readonly [term in keyof typeof audiencesEn]: string };
export type AccessibilityLabels = { readonly [term in keyof typeof accessibilityEn]: string };

const audiences = defineMessages('audiences', audiencesEn);
const accessibility = defineMessages('accessibility', accessibilityEn);

function label(table: Messages<'audiences' | 'accessibility'>, term: string, locale: string): string {
  const labels: Readonly<Record<string, string | undefined>> = table.for(locale);
  return labels[term] ?? term.replace(/-/g, ' ');
}

export function audienceLabel(term: string, locale: string): string {
  return label(audiences, term, locale);
}

export function accessibilityLabel(term: string, locale: string): string {
  return label(accessibility, term, locale);
}
