#!/usr/bin/env node
// UI translations, with @lit/localize in runtime mode. Usage:
//   node scripts/i18n.mjs build    xliff/*.xlf -> src/generated/ (every locale module, imported statically)
//   node scripts/i18n.mjs extract  source msg() calls -> xliff/*.xlf (keeps existing translations)
//   node scripts/i18n.mjs check    fails when xliff/ is out of date with the source, or a message is untranslated
// The languages are the files in xliff/: adding `xliff/fr.xlf` and running `build` adds French.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

const CONFIG = 'lit-localize.json';
const XLIFF_DIR = 'xliff';
const bin = 'node_modules/.bin/lit-localize';

const xliffLocales = () =>
  readdirSync(XLIFF_DIR)
    .filter((f) => f.endsWith('.xlf'))
    .map((f) => f.slice(0, -4))
    .sort();

function syncConfig() {
  const config = JSON.parse(readFileSync(CONFIG, 'utf8'));
  const locales = xliffLocales();
  if (JSON.stringify(config.targetLocales) !== JSON.stringify(locales)) {
    config.targetLocales = locales;
    writeFileSync(CONFIG, JSON.stringify(config, null, 2) + '\n');
  }
  return locales;
}

function build() {
  const locales = syncConfig();
  execFileSync(bin, ['build'], { stdio: 'inherit' });
  const ident = (l) => l.replace(/-/g, '_');
  const lines = [
    '// Written by scripts/i18n.mjs from the files in xliff/. Do not edit.',
    ...locales.map((l) => `import * as ${ident(l)} from './locales/${l}.js';`),
    '',
    'export const localeModules: Record<string, typeof ' + ident(locales[0]) + '> = {',
    ...locales.map((l) => `  '${l}': ${ident(l)},`),
    '};',
    '',
  ];
  writeFileSync('src/generated/all-locales.ts', lines.join('\n'));
}

function snapshot() {
  return Object.fromEntries(
    xliffLocales().map((l) => [l, readFileSync(`${XLIFF_DIR}/${l}.xlf`, 'utf8')]),
  );
}

function check() {
  syncConfig();
  const before = snapshot();
  execFileSync(bin, ['extract'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const after = snapshot();
  const problems = [];
  for (const [locale, text] of Object.entries(after)) {
    if (before[locale] !== text) {
      problems.push(`${XLIFF_DIR}/${locale}.xlf was out of date with the source; "extract" has updated it.`);
    }
    for (const unit of text.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
      if (!/<target[^>]*>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit[2])) {
        problems.push(`${XLIFF_DIR}/${locale}.xlf: message ${unit[1]} has no translation.`);
      }
    }
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    console.error('Translate the new messages in xliff/, run "npm run i18n:build" and commit.');
    process.exit(1);
  }
  console.log(`i18n: xliff/ is up to date and complete (${Object.keys(after).join(', ')}).`);
}

const command = process.argv[2];
if (command === 'build') build();
else if (command === 'extract') execFileSync(bin, ['extract'], { stdio: 'inherit' });
else if (command === 'check') check();
else {
  console.log('Usage: node scripts/i18n.mjs build|extract|check');
  process.exit(command === '--help' || command === '-h' ? 0 : 2);
}
