/**
 * The checks of `npm run data:check` on closures and on the directory's own lists (`closures`,
 * `emergency`), which the widget reads item by item, quietly leaving out an item it cannot use
 * (readUsable in src/data/validate.ts): here each such item is named, with why. Pure.
 */
import { readClosures, readEmergencyNumber } from '../../src/data/compound-fields.js';
import { FieldProblem, isRecord, preview } from '../../src/data/fields.js';
import { normalize } from '../../src/lib/normalize.js';
import type { Closure } from '../../src/data/types.js';
import { validateDirectory } from '../../src/data/validate.js';
import type { Finding } from './checks.js';

/** A closure that ended before `cutoff` (a year before today): it changes nothing any more. */
export function pastClosureWarning(entry: string, field: string, closure: Closure, cutoff: string): Finding[] {
  if (closure.to >= cutoff) return [];
  const message = `${field === '' ? 'this closure' : field} ended on ${closure.to}, more than 12 months ago, so it no longer changes anything; delete it to keep the list of closures short`;
  return [{ entry, field, code: 'past-closure', message }];
}

/** The directory's own lists, which the widget reads item by item, quietly leaving out what it cannot use. */
const DIRECTORY_LISTS = {
  closures: {
    read: (item: unknown): void => void readClosures([item], 'closures', true),
    example: '{"from": "2026-12-24", "to": "2027-01-06", "note": "…"}',
    leftOut: 'the widget leaves this closure out (the services stay open that day) until it is fixed',
  },
  emergency: {
    read: (item: unknown): void => void readEmergencyNumber(item, ''),
    example: '{"phone": "1522", "name": "…"}',
    leftOut: 'the widget does not show this number until it is fixed',
  },
} as const;

/** The top-level `closures` and `emergency` entries the widget leaves out, each with why; and closures that ended long ago. */
export function directoryListWarnings(raw: Record<string, unknown>, cutoff: string): Finding[] {
  const findings: Finding[] = [];
  for (const key of ['closures', 'emergency'] as const) {
    const list = DIRECTORY_LISTS[key];
    const value = raw[key];
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value)) {
      const message = `${key} ${preview(value)} must be a list in square brackets, e.g. [${list.example}]; the widget ignores it until it is fixed`;
      findings.push({ entry: key, field: '', code: 'left-out', message });
      continue;
    }
    value.forEach((item: unknown, index) => {
      const entry = `${key}[${index}]`;
      const kept = validateDirectory({ version: 1, categories: [], services: [], [key]: [item] });
      const read = kept.ok ? kept.directory[key] : undefined;
      if (read === undefined) {
        const why = whyLeftOut(item, list.read, list.example);
        findings.push({ entry, field: why.field, code: 'left-out', message: `${why.message} — ${list.leftOut}` });
      } else if (key === 'closures') {
        findings.push(...pastClosureWarning(entry, '', read[0] as Closure, cutoff));
        findings.push(...unknownComuneWarning(entry, read[0] as Closure, raw.services));
      }
    });
  }
  return findings;
}

/** A directory closure for a comune no service names (a typo?) shuts nothing. */
function unknownComuneWarning(entry: string, closure: Closure, services: unknown): Finding[] {
  if (closure.municipality === undefined) return [];
  const named = new Set(
    (Array.isArray(services) ? services : []).flatMap((service: unknown) =>
      isRecord(service) && typeof service.municipality === 'string' ? [normalize(service.municipality)] : [],
    ),
  );
  if (named.has(normalize(closure.municipality))) return [];
  const message = `municipality ${preview(closure.municipality)} is the comune of no service, so this closure shuts nothing; write the comune as the services write it`;
  return [{ entry, field: 'municipality', code: 'unknown-municipality', message }];
}

/** The first rule an entry of a directory list breaks, field names relative to the entry (`from`, `name`). */
function whyLeftOut(item: unknown, read: (item: unknown) => void, example: string): { field: string; message: string } {
  if (!isRecord(item)) return { field: '', message: `${preview(item)} is not an entry like ${example}` };
  try {
    read(item);
  } catch (error) {
    if (!(error instanceof FieldProblem)) throw error;
    const relative = (text: string): string => text.replace(/^closures\[0\]\.?/, '');
    return { field: relative(error.field), message: relative(error.message) };
  }
  return { field: '', message: `the widget cannot read this entry; write it like ${example}` };
}

