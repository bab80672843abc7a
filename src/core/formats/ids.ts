/**
 * Id and topic helpers shared by the importers: every imported item needs an id that is stable
 * across runs (so a re-import updates rather than duplicates) and readable in a URL.
 */

/** "Café Scientifique — Sale!" → "cafe-scientifique-sale". Empty when nothing letter-like is left. */
export function slugify(text: string, maxLength = 60): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

/** Hands out ids, adding "-2", "-3"… when a base id is already taken. */
export class IdAllocator {
  private readonly taken = new Set<string>();

  allocate(base: string, fallback = 'item'): string {
    const root = base || fallback;
    let id = root;
    for (let counter = 2; this.taken.has(id); counter++) id = `${root}-${counter}`;
    this.taken.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }
}

/** "2026-12-01T18:00:00" → "2026-12-01T18:00" (the feed's shorter form when seconds are zero). */
export function shortWallTime(wall: string): string {
  return wall.length === 19 && wall.endsWith(':00') ? wall.slice(0, 16) : wall;
}
