import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Service } from '../data/types.js';
import type { DetailFields } from '../data/details.js';

/**
 * The built-in directory's detail fields (its services' summaries, sources and the source of each
 * fact), which the build writes apart from the first view's file (scripts/rollup-directory.mjs).
 * Asked for the first time a service's detail is shown, in the language shown (and Italian), with
 * the directory reader piece (loaded with the directory); again when the language changes. Until they arrive, and if they never
 * do, the detail shows what the directory itself holds.
 */
export class DetailsController implements ReactiveController {
  private asked?: {
    readonly lang: string;
    readonly abort: AbortController;
    fields?: Map<string, DetailFields>;
    with?: (service: Service, fields: DetailFields | undefined) => Service;
  };

  /** `base`: the folder of the details files (undefined in the one-file builds, which hold them inline). */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly base: string | undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.asked?.abort.abort();
    this.asked = undefined;
  }

  /** `service` with its detail fields in `lang`; asks for them when they are not there yet. */
  of(service: Service, lang: string): Service {
    const base = this.base;
    if (base === undefined) return service;
    if (this.asked?.lang !== lang) {
      this.asked?.abort.abort();
      const asked: NonNullable<typeof this.asked> = { lang, abort: new AbortController() };
      this.asked = asked;
      void import('../directory-reader.js')
        .then(async (reader) => {
          const fields = await reader.loadDetails(base, lang, asked.abort.signal);
          if (this.asked !== asked) return;
          asked.fields = fields;
          asked.with = reader.withDetails;
          this.merged = new WeakMap();
          this.host.requestUpdate();
        })
        .catch(() => undefined); // the reader piece is missing: the detail shows what it has
    }
    const { fields, with: withDetails } = this.asked;
    if (fields === undefined || withDetails === undefined) return service;
    // The same object at every render: a new one would reset the detail's own state ("read in Italian").
    let merged = this.merged.get(service);
    if (merged === undefined) {
      merged = withDetails(service, fields.get(service.id));
      this.merged.set(service, merged);
    }
    return merged;
  }

  /** Each service with its detail fields, made once per answer of the details files. */
  private merged = new WeakMap<Service, Service>();
}
