/**
 * Choices that fight each other, found from the choices and the directory the embed will show
 * (the public directory format: docs/embed-api.md). Pure: the builder words them.
 */
import { isBaseUrl, isCssLength, type Choices } from './choices.js';

/** The part of a directory the builder reads. */
export interface DirectorySummary {
  readonly categories: readonly { readonly id: string; readonly name: unknown }[];
  readonly services: readonly { readonly id: string; readonly name: unknown; readonly category: string; readonly municipality?: string }[];
}

export type Warning =
  /** A comune chosen where none of the chosen categories has a service. */
  | { readonly kind: 'empty-comune'; readonly comune: string }
  /** The categories and comuni chosen leave no service at all. */
  | { readonly kind: 'nothing-shown' }
  /** The opening service is not among those the embed shows. */
  | { readonly kind: 'service-hidden' }
  /** A custom tile server without its credit. */
  | { readonly kind: 'no-attribution' }
  /** A custom tile address the map cannot use. */
  | { readonly kind: 'bad-tile-url' }
  /** A height that is not a CSS length. */
  | { readonly kind: 'bad-height' }
  /** A script address that is not an http(s) address of a folder. */
  | { readonly kind: 'bad-base' };

/**
 * The categories and services of a directory document, as far as the builder reads them; entries
 * without a text id (or category) are left out, so a broken file cannot break the builder.
 * Undefined when `document` is not a directory at all.
 */
export function readSummary(document: unknown): DirectorySummary | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const { categories, services } = document as { categories?: unknown; services?: unknown };
  if (!Array.isArray(categories) || !Array.isArray(services)) return undefined;
  const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
  const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {});
  return {
    categories: categories.map(record).flatMap((c) => (isText(c.id) ? [{ id: c.id, name: c.name }] : [])),
    services: services.map(record).flatMap((s) =>
      isText(s.id) && isText(s.category) ? [{ id: s.id, name: s.name, category: s.category, ...(isText(s.municipality) && { municipality: s.municipality }) }] : [],
    ),
  };
}

/** The services an embed with `choices` shows (before any search). */
export function shownServices(choices: Choices, directory: DirectorySummary): DirectorySummary['services'] {
  const categories = new Set(choices.categories);
  const comuni = new Set(choices.municipalities.map(fold));
  return directory.services.filter(
    (service) =>
      (categories.size === 0 || categories.has(service.category)) &&
      (comuni.size === 0 || comuni.has(fold(service.municipality ?? ''))),
  );
}

export function warningsOf(choices: Choices, directory: DirectorySummary | undefined): Warning[] {
  const warnings: Warning[] = [];
  if (directory !== undefined) {
    const inCategories = shownServices({ ...choices, municipalities: [] }, directory);
    for (const comune of choices.municipalities) {
      if (!inCategories.some((service) => fold(service.municipality ?? '') === fold(comune))) warnings.push({ kind: 'empty-comune', comune });
    }
    const shown = shownServices(choices, directory);
    if (shown.length === 0) warnings.push({ kind: 'nothing-shown' });
    if (choices.service !== '' && !shown.some((service) => service.id === choices.service)) warnings.push({ kind: 'service-hidden' });
  }
  if (choices.tiles === 'custom') {
    if (!isTileTemplate(choices.tileUrl)) warnings.push({ kind: 'bad-tile-url' });
    if (choices.tileAttribution.trim() === '') warnings.push({ kind: 'no-attribution' });
  }
  if (choices.height.trim() !== '' && !isCssLength(choices.height)) warnings.push({ kind: 'bad-height' });
  if (choices.base.trim() !== '' && !isBaseUrl(choices.base)) warnings.push({ kind: 'bad-base' });
  return warnings;
}

/** An https address with `{z}`, `{x}` and `{y}` and no other placeholder than `{s}`, `{r}`, `{-y}`. */
export function isTileTemplate(url: string): boolean {
  const value = url.trim();
  if (!/^https:\/\/[^\s/]+\//.test(value)) return false;
  if (!['{z}', '{x}'].every((part) => value.includes(part)) || !/\{-?y\}/.test(value)) return false;
  return (value.match(/\{[^}]*\}/g) ?? []).every((placeholder) => ['{s}', '{z}', '{x}', '{y}', '{-y}', '{r}'].includes(placeholder));
}

/** Lower case without accents: "Città" and "citta" are one comune, as the widget matches them. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}
