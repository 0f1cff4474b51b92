import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { styleMap } from 'lit/directives/style-map.js';
import { localized, msg, str } from '@lit/localize';
import { attributesOf, choicesFromQuery, choicesQuery, embedCode, stylesOf, type Choices } from './choices.js';
import { readSummary, warningsOf, shownServices, type DirectorySummary } from './warnings.js';
import { warningText } from './warning-text.js';
import { BUILDER_LANGUAGES, getLocale, setLocale } from './localization.js';
import { renderForm, type FormContext } from './builder-form.js';
import { builderStyles } from './builder.styles.js';

/** The preview's widths: a phone, a page's column, a full-width page. */
export const PREVIEW_WIDTHS = [390, 730, 1140] as const;
export type PreviewWidth = (typeof PREVIEW_WIDTHS)[number];

/** What the builder reads of `<prossima-map>`: its public property `mapView`. */
interface PreviewElement extends HTMLElement {
  readonly mapView?: { readonly center: [number, number]; readonly zoom: number };
}

/**
 * @summary The embed-code builder for partner webmasters: choose what `<prossima-map>` shows,
 * see it live at three widths, copy the code. It uses only the widget's public API: the
 * attributes, the CSS custom properties, the `mapView` property and the directory file beside
 * the script (docs/embed-api.md). Its choices live in its own address (`?categories=…`), so a
 * link reopens it as it was.
 *
 * Needs `<prossima-map>` defined on the page (the script in `dist`).
 */
@customElement('prossima-builder')
@localized()
export class ProssimaBuilder extends LitElement {
  static styles = builderStyles;

  /** The published `dist/` folder (the script and the built-in directory), relative to the page. */
  @property() dist = '../dist/';

  @state() private choices: Choices = choicesFromQuery(location.search);
  @state() private directory?: DirectorySummary;
  @state() private directoryFailed = false;
  @state() private width: PreviewWidth = 730;
  @state() private copied: '' | 'code' | 'link' | 'failed' = '';
  /** "Use this view" was pressed while the preview showed no map (a phone preview shows the list first). */
  @state() private noMapView = false;
  /** The preview frame's inner width and the preview's height, to shrink a preview wider than its frame. */
  @state() private frameWidth = 0;
  @state() private previewHeight = 0;

  @query('prossima-map') private preview?: PreviewElement;
  @query('.preview-frame') private frame?: HTMLElement;
  @query('.preview') private previewBox?: HTMLElement;

  private readonly sizes = new ResizeObserver(() => {
    const frame = this.frame;
    const padding = frame ? parseFloat(getComputedStyle(frame).paddingLeft) + parseFloat(getComputedStyle(frame).paddingRight) : 0;
    this.frameWidth = frame ? frame.clientWidth - padding : 0;
    this.previewHeight = this.previewBox?.offsetHeight ?? 0;
  });

  private get distUrl(): string {
    return new URL(this.dist.endsWith('/') ? this.dist : `${this.dist}/`, document.baseURI).href;
  }

  connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.observeSizes();
    const ui = new URLSearchParams(location.search).get('ui') ?? (navigator.language.toLowerCase().startsWith('it') ? 'it' : 'en');
    if (ui === 'en' || ui === 'it') void this.useLanguage(ui);
    void this.loadDirectory();
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sizes.disconnect();
  }

  protected firstUpdated(): void {
    this.observeSizes();
  }

  private observeSizes(): void {
    if (this.frame) this.sizes.observe(this.frame);
    if (this.previewBox) this.sizes.observe(this.previewBox);
  }

  protected willUpdate(changed: PropertyValues): void {
    if (changed.has('choices')) this.copied = '';
  }

  /** The code to paste, as it stands. */
  get code(): string {
    return embedCode(this.choices, this.distUrl);
  }

  /** The address that reopens the builder with the same choices. */
  get link(): string {
    const url = new URL(location.href);
    url.search = choicesQuery(this.choices);
    url.hash = '';
    return url.href;
  }

  private async loadDirectory(): Promise<void> {
    try {
      const response = await fetch(new URL('prossima-directory.json', this.distUrl), { credentials: 'omit' });
      if (!response.ok) throw new Error(String(response.status));
      const directory = readSummary(await response.json());
      if (directory === undefined) throw new Error('not a directory');
      this.directory = directory;
    } catch {
      this.directoryFailed = true;
    }
  }

  private async useLanguage(lang: string): Promise<void> {
    await setLocale(lang);
    document.documentElement.lang = lang;
  }

  private change = (change: Partial<Choices>): void => {
    this.choices = { ...this.choices, ...change };
  };

  private handleUseView(): void {
    // The map's view only when the preview shows its map (`part=map` is laid out): on a phone
    // preview the list comes first, and a hidden map's view is not what the webmaster sees.
    const map = this.preview?.shadowRoot?.querySelector<HTMLElement>('[part~="map"]');
    const view = map && map.offsetWidth > 0 && map.offsetHeight > 0 ? this.preview?.mapView : undefined;
    this.noMapView = view === undefined;
    if (view === undefined) return;
    this.change({ view: { center: [view.center[0], view.center[1]], zoom: view.zoom } });
  }

  private async copy(what: 'code' | 'link'): Promise<void> {
    try {
      await navigator.clipboard.writeText(what === 'code' ? this.code : this.link);
      this.copied = what;
    } catch {
      this.copied = 'failed';
    }
  }

  render() {
    const context: FormContext = {
      choices: this.choices,
      directory: this.directory,
      lang: getLocale(),
      distUrl: this.distUrl,
      change: this.change,
    };
    return html`<div class="builder" lang=${getLocale()}>
      <header>
        <h1>${msg('Crea il codice per il tuo sito', { desc: 'builder: page title' })}</h1>
        <p>${msg('Scegli cosa mostrare, guarda l’anteprima, copia il codice e incollalo nella tua pagina.', { desc: 'builder: what the page does' })}</p>
        ${this.renderUiLanguage()}
      </header>
      ${this.directoryFailed
        ? html`<p class="problem" role="alert">${msg('Non riesco a leggere l’elenco dei servizi: le scelte di categorie, comuni e servizi non sono disponibili.', { desc: 'builder: the directory file could not be read' })}</p>`
        : nothing}
      <div class="columns">
        <form class="choices" @submit=${(e: Event) => e.preventDefault()}>${renderForm(context)}</form>
        <section class="result" aria-labelledby="result-heading">
          <h2 id="result-heading">${msg('Anteprima', { desc: 'builder: heading of the live preview' })}</h2>
          ${this.renderWarnings()} ${this.renderWidths()} ${this.renderPreview()} ${this.renderCode()}
        </section>
      </div>
    </div>`;
  }

  private renderUiLanguage() {
    return html`<label class="ui-language"
      >${msg('Lingua di questa pagina', { desc: 'builder: label of the builder’s own language choice' })}
      <select @change=${(e: Event) => void this.useLanguage((e.target as HTMLSelectElement).value)}>
        ${BUILDER_LANGUAGES.map(([code, name]) => html`<option value=${code} lang=${code} ?selected=${getLocale() === code}>${name}</option>`)}
      </select></label
    >`;
  }

  private renderWidths() {
    const names: Record<PreviewWidth, string> = {
      390: msg('Telefono (390 px)', { desc: 'builder: preview width of a phone' }),
      730: msg('Colonna (730 px)', { desc: 'builder: preview width of a page column' }),
      1140: msg('Pagina intera (1140 px)', { desc: 'builder: preview width of a full page' }),
    };
    return html`<fieldset class="widths">
      <legend>${msg('Larghezza', { desc: 'builder: legend of the preview width choice' })}</legend>
      ${PREVIEW_WIDTHS.map(
        (width) => html`<label
          ><input type="radio" name="width" .value=${String(width)} .checked=${this.width === width} @change=${() => (this.width = width)} />
          ${names[width]}</label
        >`,
      )}
    </fieldset>`;
  }

  private renderPreview() {
    const attributes = new Map(attributesOf(this.choices));
    const value = (name: string) => attributes.get(name);
    const styles = Object.fromEntries(stylesOf(this.choices));
    const count = this.directory ? shownServices(this.choices, this.directory).length : undefined;
    // Wider than its frame, the preview is shown smaller: the widget still lays itself out at
    // the width chosen, as on the visitor's screen.
    const scale = this.frameWidth > 0 ? Math.min(1, this.frameWidth / this.width) : 1;
    const percent = Math.round(scale * 100);
    return html`<div class="preview-frame" style=${styleMap({ height: scale < 1 && this.previewHeight > 0 ? `${Math.ceil(this.previewHeight * scale)}px` : undefined })}>
        <div class="preview" style=${styleMap({ width: `${this.width}px`, transform: scale < 1 ? `scale(${scale})` : undefined })}>
          ${keyed(
            // Made again when this page's language changes: a widget that follows its page reads
            // the page's language when it starts.
            getLocale(),
            html`<prossima-map
            categories=${ifDefined(value('categories'))}
            municipality=${ifDefined(value('municipality'))}
            lang=${ifDefined(value('lang'))}
            query=${ifDefined(value('query'))}
            service=${ifDefined(value('service'))}
            center=${ifDefined(value('center'))}
            zoom=${ifDefined(value('zoom'))}
            tile-url=${ifDefined(value('tile-url'))}
            tile-attribution=${ifDefined(value('tile-attribution'))}
            ?tile-consent=${attributes.has('tile-consent')}
            ?sync-url=${attributes.has('sync-url')}
            ?hide-language-switcher=${attributes.has('hide-language-switcher')}
            style=${styleMap(styles)}
          ></prossima-map>`,
          )}
        </div>
      </div>
      <p class="preview-note">
        ${scale < 1 ? html`${msg(str`Anteprima ridotta al ${percent}%.`, { desc: 'builder: the preview is shown smaller than its real width; e.g. Preview shrunk to 64%.' })} ` : nothing}
        ${count === undefined ? nothing : msg(str`Servizi mostrati con queste scelte: ${count}.`, { desc: 'builder: how many services the embed shows; e.g. Services shown with these choices: 12.' })}
        <button type="button" @click=${() => this.handleUseView()}>${msg('Usa questa vista della mappa', { desc: 'builder: button that takes the preview map’s centre and zoom as the start view' })}</button>
        <span role="status">${this.noMapView ? msg('L’anteprima non mostra la mappa: aprila (pulsante «Mappa») e premi di nuovo.', { desc: 'builder: use this view pressed while the preview shows no map' }) : ''}</span>
      </p>`;
  }

  private renderWarnings() {
    const warnings = warningsOf(this.choices, this.directory);
    return html`<div class="warnings" role="status">
      ${warnings.length === 0 ? nothing : html`<ul>${warnings.map((warning) => html`<li>${warningText(warning)}</li>`)}</ul>`}
    </div>`;
  }

  private renderCode() {
    const feedback = {
      '': '',
      code: msg('Codice copiato: incollalo nella tua pagina.', { desc: 'builder: after copying the code' }),
      link: msg('Collegamento copiato.', { desc: 'builder: after copying the link to the builder' }),
      failed: msg('Copia non riuscita: seleziona il testo e copialo a mano.', { desc: 'builder: the clipboard refused' }),
    }[this.copied];
    return html`<h2 id="code-heading">${msg('Il codice da incollare', { desc: 'builder: heading of the code' })}</h2>
      <pre class="code" aria-labelledby="code-heading" tabindex="0"><code>${this.code}</code></pre>
      <div class="actions">
        <button type="button" class="primary" @click=${() => void this.copy('code')}>${msg('Copia il codice', { desc: 'builder: copy button' })}</button>
        <button type="button" @click=${() => void this.copy('link')}>${msg('Copia il collegamento a queste scelte', { desc: 'builder: copies a link that reopens the builder with the same choices' })}</button>
        <span class="feedback" role="status">${feedback}</span>
      </div>
      <p class="link">
        ${msg('Per riaprire il costruttore con queste scelte:', { desc: 'builder: before the link that reopens the builder' })}
        <a href=${this.link}>${this.link}</a>
      </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'prossima-builder': ProssimaBuilder;
  }
}
