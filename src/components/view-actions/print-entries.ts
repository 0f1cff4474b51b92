import { msg, str } from '@lit/localize';
import type { Directory, Service } from '../../data/types.js';
import { pickText } from '../../data/pick-text.js';
import { splitContact } from '../../data/links.js';
import { formatCount, formatDate, formatHours, withoutIsolates } from '../../view/format.js';
import { isRightToLeft } from '../../localization.js';
import { PRINT_LIMIT, type PrintEntry, type PrintHeading } from './print-list.js';
import type { ListItem } from '../../view/view-models.js';

/** What the printed list shows and how it was chosen, for its heading. */
export interface PrintRequest {
  readonly directory: Directory;
  /** The results, in the order shown. */
  readonly items: readonly ListItem[];
  readonly locale: string;
  /** The search text and the active categories' names, if any. */
  readonly query: string;
  readonly categories: readonly string[];
  /** How the list is ordered, when not by name ("Nearest to Policoro first"). */
  readonly order?: string;
  /** A link opening the widget on a service. */
  readonly linkOf: (id: string) => string;
}

/** The view in words, for the share sheet, the QR code's caption and the printed list's title. */
export function viewTitle(query: string, categories: readonly string[]): string {
  return [msg('Servizi per cittadini stranieri', { desc: 'print-list: title of the printed list' }), query.trim(), ...categories]
    .filter(Boolean)
    .join(' · ');
}

/** The printed list of the results, texts in the chosen language (called when "print" is pressed). */
export function buildPrintList(request: PrintRequest): { heading: PrintHeading; entries: PrintEntry[] } {
  const { directory, items, locale } = request;
  const byId = new Map<string, Service>(directory.services.map((service) => [service.id, service]));
  const entries = items.slice(0, PRINT_LIMIT).flatMap((item): PrintEntry[] => {
    const service = byId.get(item.id);
    if (service === undefined) return [];
    return [
      {
        name: item.name.text,
        category: item.category.name,
        address: pickText(service.address, locale)?.text,
        municipality: service.municipality,
        phones: service.phone.map((phone) => splitContact(phone).value),
        hours: formatHours(service.hours, locale).map(withoutIsolates),
        link: request.linkOf(service.id),
      },
    ];
  });
  const lines: string[] = [];
  const publisher = pickText(directory.publisher?.name, locale)?.text;
  if (publisher) lines.push(publisher);
  if (directory.updated) {
    const date = formatDate(directory.updated, locale);
    lines.push(msg(str`Elenco aggiornato il ${date}`, { desc: 'status-bar: date the directory was last updated' }));
  }
  if (request.query.trim()) {
    const query = request.query.trim();
    lines.push(msg(str`Ricerca: «${query}»`, { desc: 'print-list: the search the printed list shows the results of' }));
  }
  if (request.categories.length) {
    const names = request.categories.join(', ');
    lines.push(msg(str`Categorie: ${names}`, { desc: 'print-list: the categories the printed list is limited to' }));
  }
  if (request.order) lines.push(request.order);
  const shown = formatCount(PRINT_LIMIT, locale);
  const all = formatCount(items.length, locale);
  return {
    heading: {
      title: msg('Servizi per cittadini stranieri', { desc: 'print-list: title of the printed list' }),
      lines,
      cut:
        items.length > PRINT_LIMIT
          ? msg(str`Sono stampati i primi ${shown} servizi su ${all}: restringi la ricerca per stamparli tutti.`, {
              desc: 'print-list: the printed list was cut',
            })
          : undefined,
      qrLabel: msg('Codice QR del collegamento a questo servizio', { desc: 'service-actions: accessible name of the QR code image' }),
      lang: locale,
      dir: isRightToLeft(locale) ? 'rtl' : 'ltr',
    },
    entries,
  };
}
