/** The builder's warnings in words (called from its render, so they follow its language). */
import { msg, str } from '@lit/localize';
import type { Warning } from './warnings.js';

export function warningText(warning: Warning): string {
  switch (warning.kind) {
    case 'empty-comune': {
      const comune = warning.comune;
      return msg(str`A ${comune} non c’è nessun servizio delle categorie scelte: toglilo o aggiungi categorie.`, { desc: 'builder: warning, a comune chosen has no service in the categories chosen' });
    }
    case 'nothing-shown':
      return msg('Con queste scelte l’elenco è vuoto.', { desc: 'builder: warning, no service is left' });
    case 'service-hidden':
      return msg('Il servizio da aprire all’inizio non è tra quelli mostrati: scegline un altro o cambia categorie e comuni.', { desc: 'builder: warning, the opening service is filtered out' });
    case 'no-attribution':
      return msg('Manca il credito delle immagini della mappa: quasi tutti i fornitori lo chiedono (per esempio «© OpenStreetMap»).', { desc: 'builder: warning, custom tiles without attribution' });
    case 'bad-tile-url':
      return msg('L’indirizzo delle immagini della mappa deve iniziare con https:// e contenere {z}, {x} e {y}.', { desc: 'builder: warning, custom tile URL not usable' });
    case 'bad-base':
      return msg('L’indirizzo dello script va scritto come un indirizzo web della cartella dist pubblicata, per esempio https://prossima.example.it/dist/.', { desc: 'builder: warning, the script address is not an http(s) folder address' });
    case 'bad-height':
      return msg('L’altezza va scritta come un numero seguito da px, rem, em o vh (per esempio 40rem).', { desc: 'builder: warning, height not a CSS length' });
  }
}
