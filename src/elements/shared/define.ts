/**
 * Registers custom elements without throwing when a tag is already taken: a page may load the CDN
 * bundle and an npm copy of this library, and the second registration must not break the page.
 */

const warnedTags = new Set<string>();

/**
 * Defines `tag` as `constructor`. If the tag is already defined, leaves the first definition in place
 * and warns once (silently, when it is this very class again, e.g. a define module imported twice).
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return; // server-side rendering or Node: nothing to register
  const existing = customElements.get(tag);
  if (existing === undefined) {
    customElements.define(tag, constructor);
    return;
  }
  if (existing === constructor || warnedTags.has(tag)) return;
  warnedTags.add(tag);
  console.warn(
    `<${tag}> is already defined by another copy of learning-city-widgets; keeping the first one. ` +
      'Load the library once per page (either the CDN script or the npm package) to avoid version mismatches.',
  );
}
