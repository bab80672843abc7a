/**
 * The learning-lighthouse badge as a static, self-contained SVG for print, email and slides, where
 * no script runs. The mark is the same drawing `<learning-lighthouse>` shows (LIGHTHOUSE_MARK).
 * Accessible: role="img", a <title> naming the badge and the organization, aria-labelledby on it.
 * Every piece of feed text is XML-escaped; nothing from the feed becomes markup or an attribute name.
 */
import { isRightToLeft, pickUiLocale, type MessageTable } from '../i18n/locales.js';
import type { Organization } from './model.js';
import { localeChain, resolveText } from './text.js';

export interface BadgeWords {
  /** The designation's name: "Learning Lighthouse". */
  title: string;
  /** "since 2023"; `year` is already formatted. */
  since(year: string): string;
  /** Shown instead of the designation when the registry does not back it; claims nothing. */
  notVerified: string;
}

export const badgeWords: MessageTable<BadgeWords> = {
  en: { title: 'Learning Lighthouse', since: (year) => `since ${year}`, notVerified: 'Not verified as a Learning Lighthouse' },
  fr: { title: 'Phare du savoir', since: (year) => `depuis ${year}`, notVerified: 'Non vérifié comme Phare du savoir' },
  es: { title: 'Faro del Aprendizaje', since: (year) => `desde ${year}`, notVerified: 'No verificado como Faro del Aprendizaje' },
  de: { title: 'Leuchtturm des Lernens', since: (year) => `seit ${year}`, notVerified: 'Nicht als Leuchtturm des Lernens bestätigt' },
  ko: { title: '배움등대', since: (year) => `${year}년부터`, notVerified: '배움등대로 확인되지 않음' },
  ar: { title: 'منارة التعلّم', since: (year) => `منذ ${year}`, notVerified: 'غير مُتحقَّق منها كمنارة للتعلّم' },
};

/**
 * The lighthouse mark on a 64×64 grid: beams, lantern, roof, gallery, a striped tower and its rock.
 * Each shape names its role so the element can colour it with custom properties.
 */
export const LIGHTHOUSE_MARK = {
  viewBox: '0 0 64 64',
  beams: ['M26 15 L4 8 L4 22 L26 19 Z', 'M38 15 L60 8 L60 22 L38 19 Z'],
  lantern: 'M27 12 H37 V21 H27 Z',
  roof: 'M25 12 L32 5 L39 12 Z',
  gallery: 'M24 21 H40 V24 H24 Z',
  tower: 'M27 24 H37 L40 55 H24 Z',
  stripes: ['M26.4 31 H37.6 L38.1 36 H25.9 Z', 'M25.5 42 H38.5 L39 47 H25 Z'],
  rock: 'M18 55 H46 Q47 59 44 60 H20 Q17 59 18 55 Z',
} as const;

export interface BadgeSvgOptions {
  /** BCP 47 tag for the words and the year. */
  locale: string;
  /** True only when the registry lists the organization as designated. */
  verified: boolean;
  /** Designation start (YYYY or YYYY-MM-DD); defaults to the organization's own `lighthouse.since`. */
  since?: string;
}

const MAX_NAME_LENGTH = 38;

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[character]};`);
}

/** "2023-05-01" or "2023" → "2023" in the locale's digits; undefined when there is no year. */
export function sinceYear(since: string | undefined, locale: string): string | undefined {
  const match = /^(\d{4})/.exec(since ?? '');
  if (!match) return undefined;
  try {
    // A bare number, not a DateTimeFormat year: some locales add their own suffix ("2023년"), and the words add one already.
    return new Intl.NumberFormat(locale, { useGrouping: false }).format(Number(match[1]));
  } catch {
    return match[1];
  }
}

function shorten(text: string): string {
  const characters = [...text.replace(/\s+/g, ' ').trim()];
  return characters.length > MAX_NAME_LENGTH ? `${characters.slice(0, MAX_NAME_LENGTH - 1).join('')}…` : characters.join('');
}

function markSvg(x: number, verified: boolean): string {
  const mark = LIGHTHOUSE_MARK;
  const light = verified ? '#ffd166' : '#d9d9d9';
  const tower = verified ? '#1d4e89' : '#6b6b6b';
  const beams = verified ? mark.beams.map((d) => `<path d="${d}" fill="${light}" opacity="0.55"/>`).join('') : '';
  return (
    `<g transform="translate(${x} 16)">${beams}` +
    `<path d="${mark.lantern}" fill="${light}"/><path d="${mark.roof}" fill="${tower}"/>` +
    `<path d="${mark.gallery}" fill="${tower}"/><path d="${mark.tower}" fill="${tower}"/>` +
    mark.stripes.map((d) => `<path d="${d}" fill="#ffffff"/>`).join('') +
    `<path d="${mark.rock}" fill="#44505c"/></g>`
  );
}

/**
 * A 360×96 badge: the mark, the designation (or a neutral "not verified" line), the organization's
 * name and "since YEAR". Right-to-left locales mirror the layout.
 */
export function renderBadgeSvg(organization: Pick<Organization, 'id' | 'name' | 'lighthouse'>, options: BadgeSvgOptions): string {
  const words = badgeWords[pickUiLocale(options.locale)];
  const name = shorten(resolveText(organization.name, localeChain(options.locale)) || organization.id);
  const year = options.verified ? sinceYear(options.since ?? organization.lighthouse?.since, options.locale) : undefined;
  const heading = options.verified ? words.title : words.notVerified;
  const titleText = [heading, name, year === undefined ? undefined : words.since(year)].filter(Boolean).join(' · ');
  const rtl = isRightToLeft(options.locale);
  const width = 360;
  const textX = rtl ? width - 92 : 92;
  const anchor = rtl ? 'end' : 'start';
  const idBase = `learning-lighthouse-${organization.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const lines = [
    `<text x="${textX}" y="36" font-size="${options.verified ? 15 : 13}" font-weight="700" fill="${options.verified ? '#1d4e89' : '#44505c'}">${escapeXml(heading)}</text>`,
    `<text x="${textX}" y="58" font-size="16" fill="#1b1b1b">${escapeXml(name)}</text>`,
  ];
  if (year !== undefined) lines.push(`<text x="${textX}" y="78" font-size="12" fill="#44505c">${escapeXml(words.since(year))}</text>`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="96" viewBox="0 0 ${width} 96" ` +
    `role="img" aria-labelledby="${idBase}-title" xml:lang="${escapeXml(options.locale)}" direction="${rtl ? 'rtl' : 'ltr'}">` +
    `<title id="${idBase}-title">${escapeXml(titleText)}</title>` +
    `<rect x="1" y="1" width="${width - 2}" height="94" rx="14" fill="#ffffff" stroke="${options.verified ? '#1d4e89' : '#8a8a8a'}" stroke-width="2"/>` +
    markSvg(rtl ? width - 80 : 16, options.verified) +
    `<g font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif" text-anchor="${anchor}">${lines.join('')}</g>` +
    `</svg>`
  );
}
