import { msg } from '@lit/localize';
import type { NeedId } from '../../data/needs.js';
import { ICON_PATHS, type IconName } from '../../view/icon-paths.js';

/**
 * What the "What do you need?" row shows for each need (src/data/needs.ts): a short label in the
 * user's language and an icon. Labels are UI texts, translated like the others (xliff/); their
 * `desc` starts "need label": a short button label in the "What do you need?" row.
 */
export function needLabel(id: string): string {
  const label = LABELS[id as NeedId];
  return label === undefined ? id : label();
}

/** The icon's path data for a need (a generic one for an id this version does not know). */
export function needIcon(id: string): string {
  return ICON_PATHS[ICONS[id as NeedId] ?? 'info'];
}

const LABELS: Record<NeedId, () => string> = {
  'residence-permit': () => msg('Permesso di soggiorno', { desc: 'need label: first issue, renewal or conversion of the residence permit' }),
  'health-card': () => msg('Tessera sanitaria e medico', { desc: 'need label: registering with the health service, health card, family doctor' }),
  job: () => msg('Cercare lavoro', { desc: 'need label: job search' }),
  'italian-course': () => msg('Corso di italiano', { desc: 'need label' }),
  shelter: () => msg('Dormire stanotte', { desc: 'need label: a bed for tonight, night shelter' }),
  food: () => msg('Mangiare', { desc: 'need label: free meals and food parcels' }),
  'legal-help': () => msg('Avvocato e consulenza legale', { desc: 'need label' }),
  housing: () => msg('Casa', { desc: 'need label: finding a place to live' }),
  asylum: () => msg('Asilo e protezione', { desc: 'need label: asking for asylum or international protection' }),
  'tax-code': () => msg('Codice fiscale', { desc: 'need label: the Italian tax code' }),
  'family-reunification': () => msg('Ricongiungimento familiare', { desc: 'need label: bringing family members to Italy' }),
  citizenship: () => msg('Cittadinanza', { desc: 'need label: Italian citizenship' }),
  'residence-registration': () => msg('Residenza e anagrafe', { desc: 'need label: registering one\'s residence at the comune' }),
  'emergency-room': () => msg('Pronto soccorso', { desc: 'need label: hospital emergency room' }),
  'out-of-hours-doctor': () => msg('Guardia medica', { desc: 'need label: doctor at night, weekends and holidays' }),
  pregnancy: () => msg('Gravidanza e bambini', { desc: 'need label: pregnancy and children\'s health' }),
  'mental-health': () => msg('Sostegno psicologico', { desc: 'need label: mental health' }),
  'work-rights': () => msg('Diritti sul lavoro', { desc: 'need label: work contracts, pay, exploitation at work' }),
  'unemployment-benefit': () => msg('Disoccupazione e pensioni', { desc: 'need label: unemployment benefit, pensions, allowances' }),
  school: () => msg('Scuola', { desc: 'need label: enrolling children at school' }),
  qualifications: () => msg('Riconoscimento dei titoli', { desc: 'need label: recognition of foreign diplomas and degrees' }),
  'public-housing': () => msg('Case popolari', { desc: 'need label: public housing' }),
  clothes: () => msg('Vestiti', { desc: 'need label: free clothes' }),
  violence: () => msg('Violenza e sfruttamento', { desc: 'need label: violence against women, trafficking, exploitation' }),
  'unaccompanied-minors': () => msg('Minori soli', { desc: 'need label: unaccompanied foreign minors' }),
  reception: () => msg('Accoglienza', { desc: 'need label: reception centres for asylum seekers and refugees' }),
  'social-help': () => msg('Servizi sociali', { desc: 'need label: social workers, help in poverty' }),
  interpreter: () => msg('Mediatori e interpreti', { desc: 'need label: cultural mediators and interpreters' }),
  'police-report': () => msg('Denuncia', { desc: 'need label: reporting a crime to the police' }),
};

const ICONS: Record<NeedId, IconName> = {
  'residence-permit': 'document',
  'health-card': 'health',
  job: 'work',
  'italian-course': 'school',
  shelter: 'bed',
  food: 'food',
  'legal-help': 'legal',
  housing: 'home',
  asylum: 'reception',
  'tax-code': 'document',
  'family-reunification': 'group',
  citizenship: 'flag',
  'residence-registration': 'paper',
  'emergency-room': 'emergency',
  'out-of-hours-doctor': 'clock',
  pregnancy: 'health',
  'mental-health': 'chat',
  'work-rights': 'work',
  'unemployment-benefit': 'free',
  school: 'school',
  qualifications: 'school',
  'public-housing': 'home',
  clothes: 'social',
  violence: 'warning',
  'unaccompanied-minors': 'group',
  reception: 'reception',
  'social-help': 'social',
  interpreter: 'language',
  'police-report': 'flag',
};
