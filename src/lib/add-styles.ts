/** Styles as Lit's `css` makes them (a CSSResult), by their shape: lib/ knows nothing of Lit. */
export interface Styles {
  readonly styleSheet?: CSSStyleSheet;
  readonly cssText: string;
}

/**
 * Adds the styles of a piece loaded later (the map, the service's detail) to a shadow root that
 * already has its own: Lit adopts a component's `static styles` only when it first renders.
 * Constructable style sheets where the browser has them, else a `<style>` element carrying the
 * page's nonce, as Lit itself does (a strict CSP's `style-src 'nonce-…'`).
 */
export function addStyles(root: Node, styles: Styles): void {
  if (!(root instanceof ShadowRoot)) return; // not in a shadow root (a test page): the page's styles apply
  const sheet = styles.styleSheet;
  if (sheet !== undefined) {
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return;
  }
  const style = document.createElement('style');
  const nonce = (globalThis as { litNonce?: string }).litNonce;
  if (nonce !== undefined) style.setAttribute('nonce', nonce);
  style.textContent = styles.cssText;
  root.append(style);
}
