/** Public events of `<prossima-map>`: they bubble and cross the shadow boundary. */

export interface ReadyDetail {
  /** Valid services in the loaded directory. */
  readonly count: number;
}

export interface ServiceSelectDetail {
  readonly id: string;
}

export interface DirectoryProblem {
  readonly kind: 'category' | 'service';
  readonly index: number;
  readonly id?: string;
  readonly field: string;
  readonly message: string;
}

export interface DirectoryErrorDetail {
  /** What went wrong, in English, for developers. */
  readonly message: string;
  /** How many entries were rejected (0 when the whole document failed to load). */
  readonly rejected: number;
  /** Each rejected entry with the rule it broke. */
  readonly problems: readonly DirectoryProblem[];
}

export interface LanguageChangeDetail {
  /** The language chosen, one of the widget's UI languages (`it`, `en`, `ar`, `zh-CN`…). */
  readonly lang: string;
}

const init = { bubbles: true, composed: true } as const;

/** `prossima-ready`: a directory has been loaded and rendered. */
export class ReadyEvent extends CustomEvent<ReadyDetail> {
  static readonly eventName = 'prossima-ready';
  constructor(detail: ReadyDetail) {
    super(ReadyEvent.eventName, { ...init, detail });
  }
}

/** `prossima-service-select`: the user opened a service (list, map or group). */
export class ServiceSelectEvent extends CustomEvent<ServiceSelectDetail> {
  static readonly eventName = 'prossima-service-select';
  constructor(detail: ServiceSelectDetail) {
    super(ServiceSelectEvent.eventName, { ...init, detail });
  }
}

/** `prossima-error`: loading failed, or entries of the directory were rejected. */
export class DirectoryErrorEvent extends CustomEvent<DirectoryErrorDetail> {
  static readonly eventName = 'prossima-error';
  constructor(detail: DirectoryErrorDetail) {
    super(DirectoryErrorEvent.eventName, { ...init, detail });
  }
}

/** `prossima-language-change`: the user chose another language in the widget's switcher. */
export class LanguageChangeEvent extends CustomEvent<LanguageChangeDetail> {
  static readonly eventName = 'prossima-language-change';
  constructor(detail: LanguageChangeDetail) {
    super(LanguageChangeEvent.eventName, { ...init, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'prossima-language-change': LanguageChangeEvent;
    'prossima-ready': ReadyEvent;
    'prossima-service-select': ServiceSelectEvent;
    'prossima-error': DirectoryErrorEvent;
  }
}
