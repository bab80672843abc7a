/**
 * Walks a subtree and every shadow root inside it (open ones: all of ours are open) and lists what a
 * hostile feed must never produce there: script-capable elements, inline event handlers, and links or
 * sources with schemes other than http(s), mailto, tel and blob.
 */

/**
 * Elements that run script, load documents, restyle or rewrite the page; none belongs in our widgets
 * (styles are adopted sheets, never <style>; a <form> is allowed: its action is checked as a URL).
 */
const FORBIDDEN_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'math', 'style',
  'foreignobject', 'animate', 'set', 'animatetransform', 'animatemotion', 'portal', 'noscript',
]);
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'action', 'formaction', 'poster', 'data', 'background', 'ping', 'srcset'];
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:', 'blob:']);

export interface AuditFinding {
  kind: 'element' | 'handler' | 'url' | 'srcdoc';
  where: string;
  detail: string;
}

export function* allRoots(root: Node): Generator<Document | ShadowRoot | Element> {
  yield root as Element;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.currentNode as Element | null; node; node = walker.nextNode() as Element | null) {
    if (node.shadowRoot) yield* allRoots(node.shadowRoot);
  }
}

function* elementsIn(root: Node): Generator<Element> {
  for (const scope of allRoots(root)) {
    if (scope instanceof Element) yield scope;
    yield* (scope as ParentNode).querySelectorAll('*');
  }
}

function describe(element: Element): string {
  const host = (element.getRootNode() as ShadowRoot).host;
  return `<${element.localName}${element.id ? `#${element.id}` : ''}> in ${host ? `<${host.localName}>` : 'the page'}`;
}

/** True for a URL that may appear in our shadow roots: a safe scheme, or relative to the page (our own assets). */
export function isSafeUrl(value: string): boolean {
  // Browsers drop tabs and newlines inside URLs, so "java\tscript:" must be judged as the browser would.
  try {
    return SAFE_PROTOCOLS.has(new URL(value, document.baseURI).protocol);
  } catch {
    return false;
  }
}

export function auditTree(root: Node): AuditFinding[] {
  const findings: AuditFinding[] = [];
  for (const element of elementsIn(root)) {
    if (FORBIDDEN_ELEMENTS.has(element.localName.toLowerCase())) {
      findings.push({ kind: 'element', where: describe(element), detail: element.outerHTML.slice(0, 120) });
    }
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on')) findings.push({ kind: 'handler', where: describe(element), detail: `${name}="${attribute.value.slice(0, 80)}"` });
      if (name === 'srcdoc') findings.push({ kind: 'srcdoc', where: describe(element), detail: attribute.value.slice(0, 80) });
      if (URL_ATTRIBUTES.includes(name) && !isSafeUrl(attribute.value)) {
        findings.push({ kind: 'url', where: describe(element), detail: `${name}="${attribute.value.slice(0, 80)}"` });
      }
    }
  }
  return findings;
}

/** Links and sources in the tree, for counting what was checked. */
export function urlCount(root: Node): number {
  let count = 0;
  for (const element of elementsIn(root)) for (const name of URL_ATTRIBUTES) if (element.hasAttribute(name)) count++;
  return count;
}

/** Elements inside the hosts' shadow roots whose content is wider than their box (a long word broke the layout). */
export function overflowingBoxes(host: Element): string[] {
  const shadow = host.shadowRoot;
  const boxes = [host, ...(shadow ? [...shadow.children] : [])].filter(
    (element): element is HTMLElement => element instanceof HTMLElement && element.getClientRects().length > 0,
  );
  const wide = boxes.filter((box) => box.scrollWidth > box.clientWidth + 1).map((box) => `${describe(box)} ${box.scrollWidth}px > ${box.clientWidth}px`);
  return wide.length ? [...wide, ...widestCulprits(host)] : wide;
}

/** The innermost elements wider than the host: where a fix belongs. */
function widestCulprits(host: Element): string[] {
  const limit = host.getBoundingClientRect().width + 1;
  const wide = [...elementsIn(host.shadowRoot ?? host)].filter((element) => element.getBoundingClientRect().width > limit);
  const innermost = wide.filter((element) => !wide.some((other) => other !== element && element.contains(other)));
  return innermost.slice(0, 4).map((element) => `culprit ${describe(element)} class="${element.getAttribute('class') ?? ''}" ${Math.round(element.getBoundingClientRect().width)}px`);
}
