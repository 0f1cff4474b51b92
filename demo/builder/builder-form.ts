/**
 * The builder's form, one fieldset per kind of choice. Render helpers of <prossima-builder>
 * (called from its render, so the texts follow its language); every change goes through
 * `change`.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { COLOURS, type Choices, type ScriptKind, type Tiles } from './choices.js';
import { fold, type DirectorySummary } from './warnings.js';
import { WIDGET_LANGUAGES } from './localization.js';

export interface FormContext {
  readonly choices: Choices;
  readonly directory?: DirectorySummary;
  /** The builder's language, to name categories and services. */
  readonly lang: string;
  /** The `dist/` folder beside the builder: where the script comes from unless another is given. */
  readonly distUrl: string;
  readonly change: (change: Partial<Choices>) => void;
}

export function renderForm(context: FormContext) {
  return html`${renderCategories(context)} ${renderComuni(context)} ${renderStart(context)} ${renderMap(context)} ${renderLook(context)}
  ${renderBehaviour(context)} ${renderScript(context)}`;
}

/** A directory text (a string, or texts by language) in `lang`, else Italian. */
function nameOf(value: unknown, lang: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null) {
    const texts = value as Record<string, unknown>;
    const text = texts[lang] ?? texts.it ?? Object.values(texts)[0];
    if (typeof text === 'string') return text;
  }
  return '';
}

function renderCategories({ choices, directory, lang, change }: FormContext) {
  if (directory === undefined) return nothing;
  const chosen = choices.categories;
  // The chosen ones first, in their order, then the others in the directory's.
  const ordered = [...chosen.map((id) => directory.categories.find((c) => c.id === id)).filter((c) => c !== undefined), ...directory.categories.filter((c) => !chosen.includes(c.id))];
  const toggle = (id: string, on: boolean) => change({ categories: on ? [...chosen, id] : chosen.filter((c) => c !== id) });
  const move = (id: string, by: -1 | 1, button: HTMLButtonElement) => {
    const at = chosen.indexOf(id);
    const to = at + by;
    if (at < 0 || to < 0 || to >= chosen.length) return;
    const next = [...chosen];
    [next[at], next[to]] = [next[to], next[at]];
    change({ categories: next });
    // Once rendered: a button that can go no further hands the focus to the row's other one.
    setTimeout(() => {
      if (button.disabled) button.parentElement?.querySelector<HTMLButtonElement>('button.move:not([disabled])')?.focus();
    });
  };
  return html`<fieldset class="categories">
    <legend>${msg('Categorie', { desc: 'builder: legend of the categories choice' })}</legend>
    <p class="hint">${msg('Nessuna scelta: tutte, nell’ordine dell’elenco. Le scelte appaiono in quest’ordine.', { desc: 'builder: how the category choice works' })}</p>
    <ul>
      ${repeat(
        ordered,
        // Keyed: a row moved up or down keeps its checkbox and its focused button.
        (category) => category.id,
        (category) => {
          const name = nameOf(category.name, lang);
          const at = chosen.indexOf(category.id);
          return html`<li data-category=${category.id}>
            <label><input type="checkbox" .checked=${live(at >= 0)} @change=${(e: Event) => toggle(category.id, (e.target as HTMLInputElement).checked)} /> ${name}</label>
            ${at >= 0
              ? html`<button type="button" class="move" ?disabled=${at === 0} @click=${(e: Event) => move(category.id, -1, e.currentTarget as HTMLButtonElement)} aria-label=${msg(str`Sposta prima: ${name}`, { desc: 'builder: move a category up in the order; e.g. Move up: Health' })}>↑</button>
                  <button type="button" class="move" ?disabled=${at === chosen.length - 1} @click=${(e: Event) => move(category.id, 1, e.currentTarget as HTMLButtonElement)} aria-label=${msg(str`Sposta dopo: ${name}`, { desc: 'builder: move a category down in the order; e.g. Move down: Health' })}>↓</button>`
              : nothing}
          </li>`;
        },
      )}
    </ul>
  </fieldset>`;
}

function renderComuni({ choices, directory, change }: FormContext) {
  if (directory === undefined) return nothing;
  const comuni = [...new Set(directory.services.map((s) => s.municipality ?? '').filter(Boolean))].sort((a, b) => a.localeCompare(b, 'it'));
  const chosen = new Set(choices.municipalities.map(fold));
  const toggle = (comune: string, on: boolean) =>
    change({ municipalities: on ? [...choices.municipalities, comune] : choices.municipalities.filter((c) => fold(c) !== fold(comune)) });
  return html`<fieldset class="comuni">
    <legend>${msg('Comuni', { desc: 'builder: legend of the comuni choice' })}</legend>
    <p class="hint">${msg('Nessuna scelta: tutta la provincia.', { desc: 'builder: no comune chosen means every comune' })}</p>
    <ul>
      ${comuni.map(
        (comune) => html`<li>
          <label><input type="checkbox" data-comune=${comune} .checked=${live(chosen.has(fold(comune)))} @change=${(e: Event) => toggle(comune, (e.target as HTMLInputElement).checked)} /> ${comune}</label>
        </li>`,
      )}
    </ul>
  </fieldset>`;
}

function renderStart({ choices, directory, lang, change }: FormContext) {
  const services = directory ? [...directory.services].sort((a, b) => nameOf(a.name, lang).localeCompare(nameOf(b.name, lang), lang)) : [];
  return html`<fieldset class="start">
    <legend>${msg('Lingua e apertura', { desc: 'builder: legend of language, search and opening service' })}</legend>
    <label
      >${msg('Lingua del widget', { desc: 'builder: label of the widget language choice' })}
      <select name="lang" @change=${(e: Event) => change({ lang: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${choices.lang === ''}>${msg('Segui la lingua della pagina', { desc: 'builder: the widget takes the host page’s language' })}</option>
        ${WIDGET_LANGUAGES.map(([code, name]) => html`<option value=${code} lang=${code} ?selected=${choices.lang === code}>${name}</option>`)}
      </select></label
    >
    <label
      >${msg('Ricerca già scritta', { desc: 'builder: label of the initial search text' })}
      <input type="text" name="query" .value=${choices.query} @change=${(e: Event) => change({ query: (e.target as HTMLInputElement).value })} />
    </label>
    <label
      >${msg('Servizio da aprire all’inizio', { desc: 'builder: label of the opening service choice' })}
      <select name="service" @change=${(e: Event) => change({ service: (e.target as HTMLSelectElement).value })}>
        <option value="" ?selected=${choices.service === ''}>${msg('Nessuno', { desc: 'builder: no opening service' })}</option>
        ${services.map((s) => html`<option value=${s.id} ?selected=${choices.service === s.id}>${nameOf(s.name, lang)} (${s.municipality ?? ''})</option>`)}
      </select></label
    >
  </fieldset>`;
}

function renderMap({ choices, change }: FormContext) {
  const tiles: [Tiles, string][] = [
    ['osm', msg('OpenStreetMap', { desc: 'builder: tiles from OpenStreetMap (the default)' })],
    ['consent', msg('OpenStreetMap, dopo il consenso di chi guarda', { desc: 'builder: tiles only after the visitor agrees (tile-consent)' })],
    ['none', msg('Nessuna immagine (solo i confini e i nomi dei comuni)', { desc: 'builder: no tiles' })],
    ['custom', msg('Un altro fornitore', { desc: 'builder: a custom tile server' })],
  ];
  const view = choices.view;
  return html`<fieldset class="map">
    <legend>${msg('Mappa', { desc: 'builder: legend of the map choices' })}</legend>
    <p class="view-choice">
      ${view
        ? msg(str`Vista iniziale: centro ${view.center[0].toFixed(4)}, ${view.center[1].toFixed(4)}, zoom ${Math.round(view.zoom)}.`, { desc: 'builder: the start view chosen; e.g. Start view: centre 40.6600, 16.6000, zoom 11.' })
        : msg('Vista iniziale: tutti i servizi mostrati. Per sceglierne un’altra, sposta la mappa nell’anteprima e premi «Usa questa vista della mappa».', { desc: 'builder: no start view chosen, and how to choose one' })}
      ${view ? html`<button type="button" @click=${() => change({ view: undefined })}>${msg('Mostra tutti i servizi', { desc: 'builder: drop the start view' })}</button>` : nothing}
    </p>
    <div role="radiogroup" aria-label=${msg('Immagini della mappa', { desc: 'builder: label of the tiles choice' })}>
      ${tiles.map(
        ([value, label]) => html`<label><input type="radio" name="tiles" .value=${value} .checked=${choices.tiles === value} @change=${() => change({ tiles: value })} /> ${label}</label>`,
      )}
    </div>
    ${choices.tiles === 'custom'
      ? html`<label
            >${msg('Indirizzo delle immagini (https://…/{z}/{x}/{y}.png)', { desc: 'builder: label of the custom tile URL' })}
            <input type="url" name="tile-url" .value=${choices.tileUrl} @change=${(e: Event) => change({ tileUrl: (e.target as HTMLInputElement).value })}
          /></label>
          <label
            >${msg('Credito delle immagini', { desc: 'builder: label of the custom tile attribution' })}
            <input type="text" name="tile-attribution" .value=${choices.tileAttribution} @change=${(e: Event) => change({ tileAttribution: (e.target as HTMLInputElement).value })}
          /></label>`
      : nothing}
  </fieldset>`;
}

function renderLook({ choices, change }: FormContext) {
  const colourNames: Record<(typeof COLOURS)[number]['key'], string> = {
    accent: msg('Colore dei pulsanti e dei collegamenti', { desc: 'builder: the accent colour' }),
    text: msg('Colore del testo', { desc: 'builder: the text colour' }),
    background: msg('Colore dello sfondo', { desc: 'builder: the background colour' }),
    border: msg('Colore dei bordi', { desc: 'builder: the border colour' }),
  };
  return html`<fieldset class="look">
    <legend>${msg('Aspetto', { desc: 'builder: legend of height, colours and font' })}</legend>
    <label
      >${msg('Altezza (per esempio 40rem o 600px; vuoto: 36rem)', { desc: 'builder: label of the height' })}
      <input type="text" name="height" .value=${choices.height} @change=${(e: Event) => change({ height: (e.target as HTMLInputElement).value.trim() })} />
    </label>
    ${COLOURS.map(
      ({ key, fallback }) => html`<div class="colour">
        <label
          >${colourNames[key]}
          <input type="color" name=${key} .value=${choices[key] || fallback} @change=${(e: Event) => change({ [key]: (e.target as HTMLInputElement).value.toLowerCase() })}
        /></label>
        ${choices[key] !== ''
          ? html`<button type="button" @click=${() => change({ [key]: '' })}>${msg(str`Ripristina: ${colourNames[key]}`, { desc: 'builder: back to the default colour; e.g. Reset: Text colour' })}</button>`
          : nothing}
      </div>`,
    )}
    <label
      >${msg('Carattere (come nel CSS, per esempio "Titillium Web", sans-serif; vuoto: quello del sistema)', { desc: 'builder: label of the font' })}
      <input type="text" name="font" .value=${choices.font} @change=${(e: Event) => change({ font: (e.target as HTMLInputElement).value.trim() })} />
    </label>
  </fieldset>`;
}

function renderBehaviour({ choices, change }: FormContext) {
  return html`<fieldset class="behaviour">
    <legend>${msg('Comportamento', { desc: 'builder: legend of sync-url and the language switcher' })}</legend>
    <label
      ><input type="checkbox" name="sync-url" .checked=${choices.syncUrl} @change=${(e: Event) => change({ syncUrl: (e.target as HTMLInputElement).checked })} />
      ${msg('L’indirizzo della pagina segue la ricerca e il servizio aperto (si può salvare o condividere)', { desc: 'builder: the sync-url choice' })}</label
    >
    <label
      ><input type="checkbox" name="language-switcher" .checked=${!choices.hideLanguageSwitcher} @change=${(e: Event) => change({ hideLanguageSwitcher: !(e.target as HTMLInputElement).checked })} />
      ${msg('Mostra la scelta della lingua nel widget', { desc: 'builder: the language switcher on or off' })}</label
    >
  </fieldset>`;
}

function renderScript({ choices, distUrl, change }: FormContext) {
  const kinds: [ScriptKind, string][] = [
    ['module', msg('Modulo (consigliato): carica solo ciò che serve', { desc: 'builder: the ES module script' })],
    ['classic', msg('Script classico, per i siti che non accettano i moduli', { desc: 'builder: the classic script (a plain script tag, without type=module)' })],
    ['standalone', msg('Un solo file, per chi può pubblicare un file solo', { desc: 'builder: the standalone file' })],
  ];
  return html`<fieldset class="script">
    <legend>${msg('Script', { desc: 'builder: legend of the kind of script tag' })}</legend>
    ${kinds.map(
      ([value, label]) => html`<label><input type="radio" name="script" .value=${value} .checked=${choices.script === value} @change=${() => change({ script: value })} /> ${label}</label>`,
    )}
    <label
      >${msg('Indirizzo della cartella dist pubblicata (vuoto: quella accanto a questa pagina)', { desc: 'builder: label of the address the site loads the script from' })}
      <input type="url" name="base" placeholder=${distUrl} .value=${choices.base} @change=${(e: Event) => change({ base: (e.target as HTMLInputElement).value.trim() })} />
    </label>
  </fieldset>`;
}
