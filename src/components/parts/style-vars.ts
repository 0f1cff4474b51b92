import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets CSS custom properties on an element through the CSSOM, every time. Unlike `styleMap`,
 * whose first render writes a `style="…"` attribute, this never creates an inline style
 * attribute, so a host page's strict Content-Security-Policy (`style-src 'self'`) allows it.
 * Usage: `<span ${styleVars({ '--_prossima-chip-color': color })}>`.
 */
class StyleVarsDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleVars() goes in an element position');
  }

  render(_vars: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [vars]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(vars)) style.setProperty(name, value);
    return noChange;
  }
}

export const styleVars = directive(StyleVarsDirective);
