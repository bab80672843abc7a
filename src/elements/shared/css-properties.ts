import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM (`element.style.setProperty`), never through a
 * `style` attribute. A strict Content-Security-Policy (`style-src 'self'`) blocks style attributes
 * but not the CSSOM; Lit's `styleMap` writes an attribute on first render, so it cannot be used.
 *
 * Usage, as an element binding: html`<li ${cssProperties({ top: '10%', width: '50%' })}>`.
 */
class CssPropertiesDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ELEMENT) throw new Error('cssProperties() must be used as an element binding: <div ${cssProperties({...})}>');
  }

  render(_properties: Readonly<Record<string, string | undefined>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [properties]: [Readonly<Record<string, string | undefined>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.previous) {
      if (properties[name] === undefined) style.removeProperty(name);
    }
    this.previous = new Set();
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cssProperties = directive(CssPropertiesDirective);
