// The `error` part's sentence for each way a directory load can fail, alone and beside the saved
// copy that stands in: one plain sentence per reason, none left without one.
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderNotices } from '../../../src/components/parts/notices.js';
import type { LoadFailure, LoadFailureReason } from '../../../src/data/load.js';

const sentences: Record<LoadFailureReason, string> = {
  unreachable: 'Il server non risponde o manca la connessione.',
  http: 'Il server ha risposto con un errore (503).',
  'not-json': 'Il file ricevuto non è un JSON valido.',
  invalid: 'Il file ricevuto non è un elenco di servizi valido (formato versione 1).',
  'too-big': 'Il file ricevuto è troppo grande per essere mostrato.',
  'too-slow': 'Caricare l’elenco ha richiesto troppo tempo.',
};

function noticeText(state: Parameters<typeof renderNotices>[0]): string {
  const box = document.createElement('div');
  render(renderNotices(state), box);
  return box.textContent!.replace(/\s+/g, ' ').trim();
}

describe('renderNotices: why a directory could not be loaded', () => {
  for (const [reason, sentence] of Object.entries(sentences) as [LoadFailureReason, string][]) {
    const failure: LoadFailure = { ok: false, reason, status: 503, message: 'for developers' };
    it(`${reason}: "${sentence}"`, () => {
      const alone = noticeText({ failure, rejected: [], locale: 'it', retry: () => undefined });
      expect(alone).to.equal(`Impossibile caricare l’elenco dei servizi. ${sentence} Riprova`);
      const withCopy = noticeText({ stale: { savedAt: '2026-12-01T08:00:00Z', failure }, rejected: [], locale: 'it', retry: () => undefined });
      expect(withCopy).to.equal(`Dati salvati il 1 dicembre 2026: potrebbero non essere aggiornati. ${sentence} Riprova`);
    });
  }
});
