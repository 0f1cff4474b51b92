import { render, type TemplateResult } from 'lit';
import { oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { ProssimaMap } from '../src/prossima-map.js';
import { getLocale } from '../src/localization.js';

const mounted: HTMLElement[] = [];

/**
 * Renders a template holding one `<prossima-map>` into a sized wrapper and waits until its
 * directory has loaded (or failed), its search is ready and its UI language is in place.
 */
export async function mount(template: TemplateResult, width = 1000): Promise<ProssimaMap> {
  const wrapper = document.createElement('div');
  wrapper.style.width = `${width}px`;
  document.body.append(wrapper);
  mounted.push(wrapper);
  const settled = Promise.race([oneEvent(wrapper, 'prossima-ready'), oneEvent(wrapper, 'prossima-error')]);
  render(template, wrapper);
  const el = wrapper.querySelector('prossima-map')!;
  if ((await settled).type === 'prossima-ready') await searchReady(el);
  await localeSettled(el);
  return el;
}

/**
 * Waits for the search index of the directory shown: the search is a piece loaded once the list
 * is on screen (`prossima-ready`), and a query typed before it waits for it.
 */
export async function searchReady(el: ProssimaMap): Promise<void> {
  await waitUntil(() => (el as unknown as { searchIndex?: unknown }).searchIndex !== undefined, 'the search index', { timeout: 20000 });
  await el.updateComplete;
}

/** Waits for the UI language the element chose (setLocale loads it asynchronously). */
export async function localeSettled(el: ProssimaMap): Promise<void> {
  const wanted = el.shadowRoot!.querySelector('.root')?.getAttribute('lang') ?? getLocale();
  while (getLocale() !== wanted) {
    await oneEvent(window, 'lit-localize-status');
  }
  await el.updateComplete;
  // The localized children re-render on the same status event.
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

export function unmountAll(): void {
  for (const wrapper of mounted.splice(0)) wrapper.remove();
}

export function part(el: ProssimaMap, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

export function parts(el: ProssimaMap, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

export function itemIds(el: ProssimaMap): string[] {
  return parts(el, 'item').map((item) => item.dataset.id!);
}

/** The element focused inside the widget. */
export function focused(el: ProssimaMap): HTMLElement | null {
  return el.shadowRoot!.activeElement as HTMLElement | null;
}

/** Presses Tab until focus reaches a node `found` accepts; throws after `max` presses. */
export async function tabUntil(el: ProssimaMap, found: (node: HTMLElement) => boolean, max = 60): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    await sendKeys({ press: 'Tab' });
    const node = focused(el);
    if (node !== null && found(node)) return node;
  }
  throw new Error('not reached by Tab');
}

/** Types into the search field as a user does (one input event). */
export async function typeSearch(el: ProssimaMap, text: string): Promise<void> {
  const input = part(el, 'search') as HTMLInputElement;
  input.value = text;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Console warnings recorded while `run` runs. */
export async function captureWarnings(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}
