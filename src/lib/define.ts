/**
 * Defines a custom element unless its tag already is: a second copy of the script (two tags, two
 * URLs, another version) leaves the first one's elements alone instead of throwing.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
