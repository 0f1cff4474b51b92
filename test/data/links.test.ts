import { expect } from '@open-wc/testing';
import {
  detectPlatform,
  directionsHref,
  mailtoHref,
  reportChangeHref,
  splitContact,
  telHref,
  websiteHref,
  whatsappHref,
  type Platform,
} from '../../src/data/links.js';

describe('websiteHref', () => {
  const cases: [string, string | undefined][] = [
    ['https://example.org/a?b=1#c', 'https://example.org/a?b=1#c'],
    ['http://www.prefettura.it/matera', 'http://www.prefettura.it/matera'],
    ['HTTPS://Example.ORG', 'https://example.org/'],
    ['  https://example.org/x  ', 'https://example.org/x'],
    ['javascript:alert(1)', undefined],
    [' JavaScript:alert(1)', undefined],
    ['java\tscript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox(1)', undefined],
    ['file:///etc/passwd', undefined],
    ['ftp://example.org/file', undefined],
    ['mailto:info@example.org', undefined],
    ['/relative/path', undefined],
    ['//example.org/protocol-relative', undefined],
    ['example.org', undefined],
    ['www.example.org/page', undefined],
    ['https://', undefined],
    ['https://prefettura.it@evil.example/', undefined],
    ['https://user:secret@example.org/', undefined],
    ['', undefined],
  ];
  for (const [url, expected] of cases) {
    it(`${JSON.stringify(url)} -> ${String(expected)}`, () => {
      expect(websiteHref(url)).to.equal(expected);
    });
  }
});

describe('telHref', () => {
  const cases: [string, string | undefined][] = [
    ['+39 0835 123456', 'tel:+390835123456'],
    ['0835/123456', 'tel:0835123456'],
    ['(0835) 123-456', 'tel:0835123456'],
    ['329.246.2464', 'tel:3292462464'],
    ['+39\u00a00835\u00a0123456', 'tel:+390835123456'],
    ['  112  ', 'tel:112'],
    ['1+2', undefined], // two digits only
    ['12', undefined],
    ['+', undefined],
    ['', undefined],
    ['0835 123456 int. 2', undefined],
    ['0835 1234;ext=2', undefined],
    ['0835 123456 / 0835 654321', undefined], // two numbers: more than 15 digits
    ['javascript:alert(1)', undefined],
    ['tel:0835123456', undefined],
    ['0835\n123456', undefined],
    ['١٢٣٤٥', undefined], // Arabic-Indic digits are not dialled as written
  ];
  for (const [phone, expected] of cases) {
    it(`${JSON.stringify(phone)} -> ${String(expected)}`, () => {
      expect(telHref(phone)).to.equal(expected);
    });
  }

  it('keeps only a leading "+"', () => {
    expect(telHref('0835 + 123')).to.equal('tel:0835123');
  });
});

describe('mailtoHref', () => {
  const cases: [string, string | undefined][] = [
    ['info@comune.matera.it', 'mailto:info@comune.matera.it'],
    ['  nome.cognome+tag@pec.example.it ', 'mailto:nome.cognome+tag@pec.example.it'],
    ['user@xn--80ak6aa92e.com', 'mailto:user@xn--80ak6aa92e.com'],
    ['a@b', undefined],
    ['a@b.c', undefined],
    ['a b@example.it', undefined],
    ['a@example.it?cc=evil@example.it', undefined],
    ['a@example.it&bcc=evil@example.it', undefined],
    ['<a@example.it>', undefined],
    ['"a"@example.it', undefined],
    ["a'b@example.it", undefined],
    ['a@example.it,b@example.it', undefined],
    ['a@@example.it', undefined],
    ['a%0Abcc@example.it', undefined],
    ['mailto:a@example.it', undefined],
    ['javascript:alert(1)//@example.it', undefined],
    ['a@example/.it', undefined],
    ['', undefined],
  ];
  for (const [email, expected] of cases) {
    it(`${JSON.stringify(email)} -> ${String(expected)}`, () => {
      expect(mailtoHref(email)).to.equal(expected);
    });
  }
});

describe('directionsHref', () => {
  const cases: [{ lat: number; lon: number }, string][] = [
    [{ lat: 40.664, lon: 16.606 }, 'https://www.openstreetmap.org/directions?to=40.66400%2C16.60600'],
    [{ lat: 40.1234567, lon: -3.9999999 }, 'https://www.openstreetmap.org/directions?to=40.12346%2C-4.00000'],
    [{ lat: -90, lon: 180 }, 'https://www.openstreetmap.org/directions?to=-90.00000%2C180.00000'],
  ];
  for (const [point, expected] of cases) {
    it(`${point.lat},${point.lon} -> ${expected}`, () => {
      expect(directionsHref(point)).to.equal(expected);
    });
  }

  const apps: [Platform, string, string][] = [
    ['android', 'Questura', 'geo:40.66400,16.60600?q=40.66400,16.60600(Questura)'],
    ['android', '', 'geo:40.66400,16.60600?q=40.66400,16.60600'],
    ['android', 'Ufficio (2° piano) & <b>', 'geo:40.66400,16.60600?q=40.66400,16.60600(Ufficio%20%202%C2%B0%20piano%20%20%26%20%3Cb%3E)'],
    ['ios', 'Città & co', 'https://maps.apple.com/?daddr=40.66400,16.60600&q=Citt%C3%A0%20%26%20co'],
    ['other', 'Questura', 'https://www.openstreetmap.org/directions?to=40.66400%2C16.60600'],
  ];
  for (const [platform, label, expected] of apps) {
    it(`${platform}, ${JSON.stringify(label)} -> ${expected}`, () => {
      expect(directionsHref({ lat: 40.664, lon: 16.606 }, platform, label)).to.equal(expected);
    });
  }
});

describe('whatsappHref', () => {
  const cases: [string, string | undefined][] = [
    ['+39 320 123 4567', 'https://wa.me/393201234567'],
    ['0039 320 1234567', 'https://wa.me/393201234567'],
    ['320 123 4567', 'https://wa.me/393201234567'],
    ['+212 6 12 34 56 78', 'https://wa.me/212612345678'],
    ['0835 123456', undefined], // a landline without a country code: no way to know
    ['32012345', undefined], // too short for an Italian mobile
    ['javascript:alert(1)', undefined],
    ['+39 320 123 4567?text=hi', undefined],
  ];
  for (const [phone, expected] of cases) {
    it(`${JSON.stringify(phone)} -> ${String(expected)}`, () => {
      expect(whatsappHref(phone)).to.equal(expected);
    });
  }
});

describe('detectPlatform', () => {
  const cases: [string, number, Platform][] = [
    ['Mozilla/5.0 (Linux; Android 13; SM-A135F) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36', 5, 'android'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 Version/17.1 Mobile/15E148 Safari/604.1', 5, 'ios'],
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.1 Safari/605.1.15', 5, 'ios'], // iPadOS
    ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 Version/17.1 Safari/605.1.15', 0, 'other'], // a Mac
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 Chrome/120 Safari/537.36', 0, 'other'],
  ];
  for (const [agent, touch, expected] of cases) {
    it(`${agent.slice(13, 40)}… (${touch} touch points) -> ${expected}`, () => {
      expect(detectPlatform(agent, touch)).to.equal(expected);
    });
  }
});

describe('splitContact', () => {
  const cases: [string, { value: string; note?: string }][] = [
    ['0835 3781 (centralino Questura, 2009)', { value: '0835 3781', note: 'centralino Questura, 2009' }],
    ['800 629884 (numero verde h24)', { value: '800 629884', note: 'numero verde h24' }],
    ['uffgab.mt@poliziadistato.it (Ufficio di Gabinetto, c. 2010)', { value: 'uffgab.mt@poliziadistato.it', note: 'Ufficio di Gabinetto, c. 2010' }],
    ['(0835) 123-456', { value: '(0835) 123-456' }], // a leading area code is not a note
    ['0835 445711 (2009)', { value: '0835 445711', note: '2009' }],
    ['  0835 123456  ', { value: '0835 123456' }],
    ['<b>x</b> (y)', { value: '<b>x</b>', note: 'y' }],
  ];
  for (const [contact, expected] of cases) {
    it(`${JSON.stringify(contact)}`, () => {
      expect(splitContact(contact)).to.deep.equal(expected);
    });
  }

  it('makes a callable number of a phone written with a note', () => {
    expect(telHref(splitContact('329 5832669 (negli orari di attività)').value)).to.equal('tel:3295832669');
  });
});

describe('reportChangeHref', () => {
  const service = { id: 'questura-matera', name: 'Questura & Co / Matera' };
  it('fills {id} and {name} of a web form, URL-encoded', () => {
    expect(reportChangeHref({ url: 'https://example.org/form?s={id}&n={name}' }, service, 's', 'b')).to.deep.equal({
      href: 'https://example.org/form?s=questura-matera&n=Questura%20%26%20Co%20%2F%20Matera',
      kind: 'url',
    });
  });
  it('prefills an e-mail subject and body', () => {
    expect(reportChangeHref({ email: 'prossima@example.it' }, service, 'Modifica: x', 'Id: questura-matera\n')).to.deep.equal({
      href: 'mailto:prossima@example.it?subject=Modifica%3A%20x&body=Id%3A%20questura-matera%0A',
      kind: 'email',
    });
  });
  it('falls back to a phone call', () => {
    expect(reportChangeHref({ phone: '+39 329 2462464 (PROSSIMA)' }, service, 's', 'b')).to.deep.equal({
      href: 'tel:+393292462464',
      kind: 'phone',
    });
  });
  it('prefers the web form, then the e-mail; skips what is unsafe', () => {
    expect(reportChangeHref({ url: 'javascript:alert(1)', email: 'a@b.it', phone: '112' }, service, 's', 'b')?.kind).to.equal('email');
    expect(reportChangeHref({ url: 'https://x.org/{id}', email: 'a@b.it' }, service, 's', 'b')?.kind).to.equal('url');
    expect(reportChangeHref({ email: 'not an address', phone: 'call us' }, service, 's', 'b')).to.equal(undefined);
    expect(reportChangeHref(undefined, service, 's', 'b')).to.equal(undefined);
  });
});
