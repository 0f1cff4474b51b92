import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { ReportChange, Service, Source } from '../../data/types.js';
import { reportChangeHref, websiteHref } from '../../data/links.js';
import { formatDate } from '../../view/format.js';
import { icon } from './icons.js';
import { ICON_PATHS } from '../../view/icon-paths.js';

/**
 * Where the facts come from and how fresh they are: the dates, the sources, and the way to
 * report a change to the publisher. Template helper for the @localized service detail.
 */
export function renderProvenance(service: Service, name: string, route: ReportChange | undefined, locale: string) {
  const verified = service.verified
    ? msg(str`Verificato il ${formatDate(service.verified, locale)}`, {
        desc: 'service-detail: date the facts were last checked',
      })
    : msg('Non ancora verificato con l’ufficio: dati raccolti da fonti pubbliche.', {
        desc: 'service-provenance: the facts have not been checked with the office yet',
      });
  const updated = service.updated
    ? msg(str`Ultimo aggiornamento: ${formatDate(service.updated, locale)}`, {
        desc: 'service-detail: date the entry was last changed',
      })
    : undefined;
  return html`<footer class="provenance">
    <p>${verified}</p>
    ${updated ? html`<p>${updated}</p>` : nothing} ${renderSources(service.sources)}
    ${renderReportChange(service, name, route)}
  </footer>`;
}

function renderSources(sources: readonly Source[]) {
  if (sources.length === 0) return nothing;
  return html`<details>
    <summary>${msg(str`Fonti (${sources.length})`, {
      desc: 'service-detail: expandable list of the sources of the facts',
    })}</summary>
    <ul>
      ${sources.map((source) => {
        const href = source.url === undefined ? undefined : websiteHref(source.url);
        return html`<li>
          ${href
            ? html`<a href=${href} target="_blank" rel="noopener noreferrer" dir="ltr">${source.url}</a>`
            : source.url
              ? html`<span dir="ltr">${source.url}</span>`
              : nothing}
          ${source.note ? html`<span class="hint">${source.note}</span>` : nothing}
        </li>`;
      })}
    </ul>
  </details>`;
}

function renderReportChange(service: Service, name: string, route: ReportChange | undefined) {
  const subject = msg(str`Segnalazione di modifica: ${name}`, {
    desc: 'service-provenance: subject of the e-mail reporting a change',
  });
  const body = msg(str`Servizio: ${name}\nCodice: ${service.id}\nCosa è cambiato:\n`, {
    desc: 'service-provenance: body of the e-mail reporting a change (keep the line breaks)',
  });
  const link = reportChangeHref(route, { id: service.id, name }, subject, body);
  if (link === undefined) return nothing;
  const label = msg('Segnala una modifica', { desc: 'service-provenance: report a change link' });
  return html`<p class="report">
    <a href=${link.href} target=${link.kind === 'url' ? '_blank' : nothing} rel="noopener noreferrer"
      >${icon(ICON_PATHS.flag)}<span>${label}</span></a
    >
    ${link.kind === 'phone'
      ? html`<span class="hint"
          >${msg(str`Al telefono indica il codice ${service.id}.`, {
            desc: 'service-provenance: when reporting by phone, quote the service id',
          })}</span
        >`
      : nothing}
  </p>`;
}
