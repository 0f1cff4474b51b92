// <prossima-service-detail> on its own: what it shows of the service it is given, in which
// language, focusHeading(), and how it asks to be closed. Opening and closing are the root's.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import type { ProssimaServiceDetail } from '../../../src/components/service-detail/service-detail.js';
import type { ProssimaServiceActions } from '../../../src/components/service-actions/service-actions.js';
import type { Closure, OpeningHours, Service } from '../../../src/data/types.js';
import type { CategoryView, HelpContact } from '../../../src/view/view-models.js';
import { setLocale } from '../../../src/localization.js';
import { makeService } from '../../fixtures/services.js';
import { byText, expectNode, renderInRoot, text } from '../../fixtures/in-root.js';
import { categoryView } from '../../fixtures/view-models.js';

interface Props {
  service?: Service;
  category?: CategoryView;
  locale?: string;
  link?: string;
  now?: Date;
  closures?: readonly Closure[];
  help?: HelpContact;
}

function mountDetail(props: Props = {}) {
  const locale = props.locale ?? 'it';
  return renderInRoot<ProssimaServiceDetail>(
    'prossima-service-detail',
    html`<section class="list-pane">
      <prossima-service-detail
        .service=${props.service}
        .category=${props.category}
        .locale=${locale}
        .link=${props.link ?? ''}
        .now=${props.now ?? new Date()}
        .closures=${props.closures}
        .help=${props.help}
      ></prossima-service-detail>
    </section>`,
    { lang: locale },
  );
}

const ALL_WEEK_MORNINGS: OpeningHours[] = [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '09:00', closes: '13:00' }];
/** Monday 2 March 2026, 10:00 in Rome (not a holiday). */
const MONDAY_10 = new Date('2026-03-02T10:00:00+01:00');
const LINK = 'https://example.org/servizi?prossima-service=cons';

const CLINIC = makeService('cons', {
  name: { it: 'Consultorio familiare', en: 'Family clinic' },
  category: 'health',
  municipality: 'Matera',
  address: { it: 'Via Cappuccini 1' },
  description: { fr: 'Consultations et visites.' },
  phone: ['0835 111111 (centralino)'],
  email: ['consultorio@example.it'],
  website: 'https://consultorio.example/',
  hours: ALL_WEEK_MORNINGS,
  languages: ['it', 'en'],
});

const detail = (el: ProssimaServiceDetail) => el.querySelector<HTMLElement>('[part~="detail"]');
const fact = (el: ProssimaServiceDetail, term: string) =>
  [...el.querySelectorAll<HTMLElement>('.fact')].find((row) => text(row.querySelector('dt')) === term)?.querySelector('dd') ?? null;

describe('<prossima-service-detail>', () => {
  afterEach(() => setLocale('it'));

  it('is accessible with every kind of fact shown', async () => {
    const { host } = await mountDetail({ service: { ...CLINIC, confidence: 'low' }, category: categoryView('health'), link: LINK, now: MONDAY_10 });
    await expect(host).to.be.accessible();
  });

  it('defaults: renders nothing without a service, or without its category', async () => {
    const { el } = await mountDetail();
    expect(el.childElementCount).to.equal(0);
    el.service = CLINIC;
    await el.updateComplete;
    expectNode(detail(el), null, 'the detail');
    el.category = categoryView('health');
    await el.updateComplete;
    expect(detail(el)!.dataset.id).to.equal('cons');
  });

  it('service and category: an article named by its heading, with category, comune, contacts, hours and languages', async () => {
    const { el } = await mountDetail({ service: CLINIC, category: categoryView('health'), now: MONDAY_10 });
    const article = detail(el)!;
    const heading = article.querySelector<HTMLElement>('h2.detail-title')!;
    expect(article.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(text(heading)).to.equal('Consultorio familiare');
    expect(text(article.querySelector('.detail-category'))).to.equal('Salute · Matera');
    expect(article.querySelector<HTMLElement>('.detail-category .item-icon')!.style.getPropertyValue('--_prossima-chip-color')).to.equal('#1b6e45');
    expect(fact(el, 'Telefono')!.querySelector('a')!.getAttribute('href')).to.equal('tel:0835111111');
    expect(text(fact(el, 'Telefono'))).to.equal('0835 111111 (centralino)');
    expect(fact(el, 'E-mail')!.querySelector('a')!.getAttribute('href')).to.equal('mailto:consultorio@example.it');
    const site = fact(el, 'Sito web')!.querySelector('a')!;
    expect([site.getAttribute('href'), site.target, site.rel]).to.deep.equal(['https://consultorio.example/', '_blank', 'noopener noreferrer']);
    expect(text(fact(el, 'Orari')!.querySelector('.opening-now'))).to.equal('Aperto ora · chiude alle 13:00');
    expect(text(fact(el, 'Lingue parlate'))).to.equal('italiano e inglese');
    expectNode(el.querySelector('.notice-verify'), null, 'the "to verify" notice');

    el.service = { ...CLINIC, hours: [], confidence: 'low', coordinatePrecision: 'town-centre' };
    await el.updateComplete;
    expect(text(fact(el, 'Orari'))).to.equal('Orari non disponibili: telefona prima di andare.');
    expect(text(el.querySelector('.notice-verify'))).to.match(/^Da verificare\./);
    expect(text(fact(el, 'Indirizzo'))).to.contain('posizione approssimativa');
  });

  it('locale: texts in the user’s language; a fallback keeps its own lang and says which language it is in (a name never does)', async () => {
    // The root sets both together: the UI language (labels) and `locale` (directory texts).
    await setLocale('en');
    const service: Service = { ...CLINIC, name: { it: 'Consultorio familiare' } };
    const { el } = await mountDetail({ service, category: categoryView('health', 'en'), locale: 'en' });
    const heading = el.querySelector('h2')!;
    expect(text(heading)).to.equal('Consultorio familiare');
    expect(heading.querySelector('[lang="it"]')).to.not.equal(null);
    expectNode(heading.querySelector('.fallback'), null, 'a language marker on the name');
    expect(text(el.querySelector('.detail-category'))).to.equal('Health · Matera');
    const address = fact(el, 'Address')!;
    expect(address.querySelector('[lang="it"]')!.textContent).to.equal('Via Cappuccini 1');
    expect(text(address.querySelector('.fallback'))).to.equal('(in Italian)');
    const description = el.querySelector('.description')!;
    expect(description.querySelector('[lang="fr"]')!.getAttribute('dir')).to.equal('auto');
    expect(text(description.querySelector('.fallback'))).to.equal('(French)');

    el.service = CLINIC;
    await el.updateComplete;
    expect(text(el.querySelector('h2'))).to.equal('Family clinic');
    expectNode(el.querySelector('h2 [lang]'), null, 'a lang on the name');
  });

  it('bad input: a phone, e-mail or website it cannot vouch for is shown as text, never as a link', async () => {
    const service: Service = {
      ...CLINIC,
      phone: ['chiedere in portineria'],
      email: ['a@b.it?cc=someone@example.org'],
      website: 'https://prefettura.it@evil.example/',
    };
    const { el } = await mountDetail({ service, category: categoryView('health') });
    for (const term of ['Telefono', 'E-mail', 'Sito web']) {
      const value = fact(el, term)!;
      expectNode(value.querySelector('a'), null, term);
      expect(value.querySelector('span[dir="ltr"]'), term).to.not.equal(null);
    }
    expect(text(fact(el, 'Sito web'))).to.equal('https://prefettura.it@evil.example/');
  });

  it('link: its actions get the service, the language and the link, and a share message in words', async () => {
    const { el } = await mountDetail({ service: CLINIC, category: categoryView('health'), link: LINK });
    const actions = el.querySelector<ProssimaServiceActions>('prossima-service-actions')!;
    expect([actions.service, actions.locale, actions.link]).to.deep.equal([CLINIC, 'it', LINK]);
    expect(actions.shareMessage.split('\n')).to.deep.equal([
      'Consultorio familiare',
      'Indirizzo: Via Cappuccini 1, Matera',
      'Orari: lun–dom 09:00–13:00',
      'Telefono: 0835 111111',
      LINK,
    ]);
  });

  it('focusHeading() moves focus to the heading', async () => {
    const { el, root } = await mountDetail({ service: CLINIC, category: categoryView('health') });
    await el.focusHeading();
    expectNode(root.activeElement, el.querySelector('h2.detail-title'), 'focus');
  });

  it('the back button sends detail-close (bubbling, not composed)', async () => {
    const { el } = await mountDetail({ service: CLINIC, category: categoryView('health') });
    const event = oneEvent(el, 'detail-close');
    byText(el.querySelectorAll<HTMLButtonElement>('button.back'), 'Torna all’elenco').click();
    const { bubbles, composed } = await event;
    expect({ bubbles, composed }).to.deep.equal({ bubbles: true, composed: false });
  });

  it('Escape anywhere inside sends detail-close and goes no further (a host dialog stays open)', async () => {
    const { el } = await mountDetail({ service: CLINIC, category: categoryView('health') });
    const reachedHost: KeyboardEvent[] = [];
    el.addEventListener('keydown', (e) => reachedHost.push(e));
    const link = fact(el, 'E-mail')!.querySelector('a')!;
    let prevented: boolean | undefined;
    detail(el)!.addEventListener('keydown', (e) => (prevented = e.defaultPrevented));
    link.focus();
    const event = oneEvent(el, 'detail-close');
    await sendKeys({ press: 'Escape' });
    await event;
    expect(prevented).to.equal(true);
    expect(reachedHost).to.have.length(0);
  });

  // A bug found by this test: the article's Escape handler also caught the Escape pressed inside
  // the modal dialogs of its actions (rendered inside the article), so the dialog stayed open and
  // the whole detail closed, taking the dialog with it.
  it('Escape in a dialog of its actions (QR code, "show this screen") closes that dialog, not the detail', async () => {
    const { el } = await mountDetail({ service: CLINIC, category: categoryView('health'), link: LINK });
    const actions = el.querySelector<ProssimaServiceActions>('prossima-service-actions')!;
    let closes = 0;
    el.addEventListener('detail-close', () => closes++);
    for (const [label, selector] of [['Codice QR', 'dialog.qr-dialog'], ['Mostra', 'dialog.show-dialog']]) {
      byText(actions.querySelectorAll<HTMLButtonElement>('button.action'), label).click();
      const dialog = actions.querySelector<HTMLDialogElement>(selector)!;
      await waitUntil(() => dialog.open, `${label} opens`);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(closes, `Escape in ${label}`).to.equal(0);
      expect(dialog.open, `${label} closed`).to.equal(false);
    }
  });

  describe('facts a person can act on (issue 16)', () => {
    const HELP: HelpContact = { name: { text: 'Prefettura di Matera – PROSSIMA', lang: 'it', fallback: false }, phone: '+39 329 2462464' };
    const NO_PHONE = makeService('mensa', {
      category: 'health',
      municipality: 'Matera',
      coordinatePrecision: 'town-centre',
      factSources: { address: { url: 'https://example.org/2019', date: '2019-09' } },
    });

    it('a service without a number offers the help line, never "call" without one, and says where to ask for the place', async () => {
      const { el } = await mountDetail({ service: NO_PHONE, category: categoryView('health'), help: HELP });
      const text = detail(el)!.textContent!;
      expect(text).to.contain('Nessun numero di telefono per questo servizio. Per informazioni chiama:');
      const line = el.querySelector<HTMLAnchorElement>('a.help-line')!;
      expect(line.getAttribute('href')).to.equal('tel:+393292462464');
      expect(line.textContent).to.contain('Prefettura di Matera – PROSSIMA');
      expect(text).to.contain('Orari non disponibili.');
      expect(text, 'no "call before you go" without a number').to.not.contain('telefona');
      expect(text).to.contain('Indirizzo esatto non noto: chiedi al numero di aiuto qui sotto prima di andare.');
    });

    it('a fact whose source is more than three years old says its year; a recent one does not', async () => {
      const service = makeService('q', {
        category: 'health',
        address: { it: 'Via Gattini 12, Matera' },
        phone: ['0835 3781'],
        email: ['info@example.it'],
        factSources: { phone: { date: '2009-05-18' }, address: { url: 'https://example.org', date: '2009' }, email: { date: '2024-11' } },
      });
      const { el } = await mountDetail({ service, category: categoryView('health'), now: MONDAY_10 });
      const years = [...el.querySelectorAll('.as-of')].map((span) => span.closest('.fact')!.querySelector('dt')!.textContent!.trim() + ' ' + span.textContent!.trim());
      expect(years).to.deep.equal(['Indirizzo (dato del 2009)', 'Telefono (dato del 2009)']);
    });

    it('an unreviewed translation says so, and the Italian is one tap away', async () => {
      const service = makeService('c', {
        category: 'health',
        summary: { it: 'Ti dà un pasto caldo.', en: 'It gives you a hot meal.', fr: 'On vous donne un repas chaud.' },
        description: { it: 'Mensa della Caritas.', en: 'Caritas soup kitchen.' },
        unreviewed: ['en'],
      });
      const { el: en } = await mountDetail({ service, category: categoryView('health'), locale: 'en' });
      await setLocale('en');
      await en.updateComplete;
      const summary = () => en.querySelector('.summary')!.textContent!.trim();
      expect(summary()).to.equal('It gives you a hot meal.');
      const note = en.querySelector('.translation-note')!;
      expect(note.textContent).to.contain('Machine translation, not yet reviewed.');
      const toggle = note.querySelector('button')!;
      expect(toggle.textContent!.trim()).to.equal('Read in Italian');
      toggle.click();
      await en.updateComplete;
      expect(summary()).to.contain('Ti dà un pasto caldo.');
      expect(en.querySelector('.description')!.textContent).to.contain('Mensa della Caritas.');
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      await setLocale('it');
      // French, reviewed: no note.
      const { el: fr } = await mountDetail({ service, category: categoryView('health'), locale: 'fr' });
      expect(fr.querySelector('.summary')!.textContent!.trim()).to.equal('On vous donne un repas chaud.');
      expect(fr.querySelector('.translation-note')).to.equal(null);
    });
  });
});
