import { expect, html, waitUntil } from '@open-wc/testing';
import { localeSettled, mount, part, parts, unmountAll } from './helpers.js';

const SMALL = '/test/fixtures/small.json';

describe('<prossima-map> service facts and provenance', () => {
  afterEach(unmountAll);

  it('shows cost, appointment, documents, audience, access and languages as icons with words', async () => {
    const el = await mount(html`<prossima-map src=${SMALL} lang="it" service="ospedale-matera" tile-url="none"></prossima-map>`);
    const detail = part(el, 'detail')!;
    const badges = [...detail.querySelectorAll('.badges li')];
    expect(badges.map((b) => b.textContent!.trim())).to.deep.equal(['Gratuito', 'Su appuntamento']);
    for (const badge of badges) expect(badge.querySelector('svg')).to.not.equal(null);
    const facts = Object.fromEntries(
      [...detail.querySelectorAll('.fact')].map((f) => [f.querySelector('dt')!.textContent!.trim(), f.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim()]),
    );
    expect(facts['Documenti da portare']).to.equal('Documento d\'identità e tessera sanitaria.');
    expect(facts['Per chi']).to.equal('tutti');
    expect(facts['Accessibilità']).to.equal('ingresso senza gradini, ascensore');
    expect(facts['Lingue parlate']).to.equal('italiano e ingleseMediatore arabo il martedì.');
    const languagesNote = [...detail.querySelectorAll('.fact')].find((f) => f.textContent!.includes('Lingue parlate'))!.querySelector('.hint');
    expect(languagesNote!.textContent!.trim(), 'the note stands on its own line').to.equal('Mediatore arabo il martedì.');
    expect(detail.textContent).to.contain('Verificato il 20 novembre 2026');
    await expect(el).to.be.accessible();
  });

  it('says first when a service is closed, in the detail and in the list', async () => {
    const el = await mount(html`<prossima-map src=${SMALL} lang="it" service="cpi-policoro" tile-url="none"></prossima-map>`);
    const notice = part(el, 'detail')!.querySelector('.notice-status')!;
    expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Chiuso temporaneamente. Chiuso per lavori fino a gennaio.');
    expect(part(el, 'detail')!.textContent).to.contain('Nessun documento richiesto.');
    expect(part(el, 'detail')!.textContent).to.contain('Non ancora verificato con l’ufficio');
    const row = parts(el, 'item').find((i) => i.dataset.id === 'cpi-policoro')!;
    expect(row.querySelector('.opening')!.textContent!.trim()).to.equal('Chiuso temporaneamente');
  });

  it('translates the facts with the UI language', async () => {
    const el = await mount(html`<prossima-map src=${SMALL} lang="en" service="ospedale-matera" tile-url="none"></prossima-map>`);
    const detail = part(el, 'detail')!;
    expect([...detail.querySelectorAll('.badges li')].map((b) => b.textContent!.trim())).to.deep.equal(['Free of charge', 'By appointment']);
    expect(detail.textContent).to.contain('step-free entrance, lift');
    expect(detail.textContent).to.contain('Arabic mediator on Tuesdays.');
  });

  it('offers "report a change" prefilled with the service id and name', async () => {
    const el = await mount(html`<prossima-map src=${SMALL} lang="it" service="questura-matera" tile-url="none"></prossima-map>`);
    const link = part(el, 'detail')!.querySelector<HTMLAnchorElement>('.report a')!;
    expect(link.textContent!.trim()).to.equal('Segnala una modifica');
    const url = new URL(link.href);
    expect(url.protocol).to.equal('mailto:');
    expect(url.pathname).to.equal('prossima@example.org');
    expect(url.searchParams.get('subject')).to.equal('Segnalazione di modifica: Questura di Matera – Ufficio immigrazione');
    expect(url.searchParams.get('body')).to.contain('Codice: questura-matera');
  });

  it('the built-in directory reports changes to PROSSIMA by phone, quoting the code', async () => {
    const el = await mount(
      html`<prossima-map lang="it" service="questura-matera-ufficio-immigrazione" tile-url="none"></prossima-map>`,
    );
    const report = part(el, 'detail')!.querySelector('.report')!;
    expect(report.querySelector('a')!.getAttribute('href')).to.equal('tel:+393292462464');
    expect(report.textContent).to.contain('indica il codice questura-matera-ufficio-immigrazione');
  });

  it('says when the directory was updated and who publishes it', async () => {
    const el = await mount(html`<prossima-map src=${SMALL} lang="it" tile-url="none"></prossima-map>`);
    // Drawn once the first list is painted (its date is the page's first Intl date format).
    await waitUntil(() => el.shadowRoot!.querySelector('.directory-info'), 'the line under the list');
    const info = el.shadowRoot!.querySelector('.directory-info')!;
    expect(info.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Elenco aggiornato il 20 novembre 2026 · Prefettura di Matera – PROSSIMA');
    expect(info.querySelector('a')!.getAttribute('href')).to.equal('http://www.prossima.info/');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    await localeSettled(el);
    expect(el.shadowRoot!.querySelector('.directory-info')!.textContent).to.contain('List updated on November 20, 2026');
  });
});
