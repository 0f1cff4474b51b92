/**
 * Validation as a big directory downloads (see parse-json.ts): part of the streaming reader
 * piece (stream-reader.ts), loaded only for a document too big to read whole.
 */
import type { Steps } from '../lib/chunked.js';
import { isRecord, own, type Entry } from './fields.js';
import type { ValidationResult } from './types.js';
import { finishDocument, startDocument, validateSteps, type DocumentStart } from './validate.js';

/**
 * Validates a directory whose services arrive one at a time, as its document downloads (see
 * parse-json.ts): `begin` with the document up to its services list, `add` each service, then
 * `finish` with the whole document gives what `validateDirectory` gives. Anything unusual
 * (the start was not valid, the document's end changed what came before) is read again whole.
 */
export class DirectoryStream {
  private start?: DocumentStart;
  private categories = '';
  private last: unknown;
  private broken = false;

  /** `outline`: the document so far, its services list closed empty. */
  begin(outline: unknown): void {
    try {
      if (!isRecord(outline)) return;
      const start = startDocument(outline);
      if (!('services' in start)) return;
      this.start = start;
      this.categories = JSON.stringify(own(outline, 'categories'));
    } catch {
      this.broken = true;
    }
  }

  add(entry: unknown): void {
    if (this.start === undefined || this.broken) return;
    try {
      this.start.services.add(entry);
      this.last = entry;
    } catch {
      this.broken = true;
    }
  }

  *finish(raw: unknown): Steps<ValidationResult> {
    const start = this.start;
    if (start === undefined || this.broken || !this.continues(raw, start)) return yield* validateSteps(raw);
    return finishDocument(raw as Entry, start);
  }

  /** True when `raw` is the document begun: the same version and categories, the services added. */
  private continues(raw: unknown, start: DocumentStart): boolean {
    if (!isRecord(raw) || own(raw, 'version') !== 1) return false;
    const services = own(raw, 'services');
    if (!Array.isArray(services) || services.length !== start.services.count) return false;
    if (services.length > 0 && services[services.length - 1] !== this.last) return false;
    return JSON.stringify(own(raw, 'categories')) === this.categories;
  }
}
