/**
 * Which feed URLs may become links.
 *
 * A feed is written by someone else, and its URLs end up in `href`s. Only four schemes are safe and
 * useful there: http, https, mailto and tel. Everything else (`javascript:`, `data:`, `vbscript:`,
 * `file:`, relative paths that would resolve against the embedding page) is refused. Browsers strip
 * tabs and newlines inside a scheme before they look at it, so `java\tscript:` runs script; we refuse
 * any control character anywhere instead of trying to out-guess that normalisation.
 */

/** Longer than any real link; a 10 MB "URL" is an attack or a mistake, never a link. */
export const MAX_URL_LENGTH = 8192;

export type UrlRejection = 'empty' | 'too-long' | 'control-character' | 'relative' | 'scheme' | 'malformed';

export interface UrlCheck {
  url?: string;
  /** Why the value was refused, when it was. */
  rejection?: UrlRejection;
  /** The scheme, lower-cased, when one was found. */
  scheme?: string;
}

// C0 controls, DEL and C1 controls. Built from code points so the source file holds no raw controls.
const CONTROL_CHARACTER = new RegExp(`[${String.fromCharCode(0)}-${String.fromCharCode(0x1f)}\\u007f-\\u009f]`);
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/;
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const WEB_SCHEMES = new Set(['http', 'https']);

/**
 * Checks a URL against an allow-list of schemes and says why it was refused. The value is trimmed;
 * the returned `url` is otherwise exactly what the feed wrote (no re-encoding surprises).
 */
export function checkUrl(value: string, allowedSchemes: ReadonlySet<string> = LINK_SCHEMES): UrlCheck {
  const trimmed = value.trim();
  if (trimmed === '') return { rejection: 'empty' };
  if (trimmed.length > MAX_URL_LENGTH) return { rejection: 'too-long' };
  if (CONTROL_CHARACTER.test(trimmed)) return { rejection: 'control-character' };
  const match = SCHEME.exec(trimmed);
  if (!match) return { rejection: 'relative' };
  const scheme = match[1]!.toLowerCase();
  if (!allowedSchemes.has(scheme)) return { rejection: 'scheme', scheme };
  const rest = trimmed.slice(match[0].length);
  if (scheme === 'http' || scheme === 'https') {
    let parsed: URL;
    try {
      parsed = new URL(trimmed);
    } catch {
      return { rejection: 'malformed', scheme };
    }
    if (!parsed.hostname) return { rejection: 'malformed', scheme };
  } else if (rest.replace(/^\/+/, '') === '') {
    return { rejection: 'malformed', scheme };
  }
  return { url: trimmed, scheme };
}

/** A URL that may become a link (`http`, `https`, `mailto`, `tel`), trimmed; undefined when unsafe. */
export function safeLinkUrl(value: string): string | undefined {
  return typeof value === 'string' ? checkUrl(value, LINK_SCHEMES).url : undefined;
}

/** A URL for a web page or image (`http`, `https` only), trimmed; undefined otherwise. */
export function safeWebUrl(value: string): string | undefined {
  return typeof value === 'string' ? checkUrl(value, WEB_SCHEMES).url : undefined;
}

export { LINK_SCHEMES, WEB_SCHEMES };
