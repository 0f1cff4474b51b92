#!/usr/bin/env node
// UI translations, with @lit/localize in runtime mode. Usage:
//   node scripts/i18n.mjs build    xliff/*.xlf -> src/generated/ (every locale module, imported statically)
//   node scripts/i18n.mjs extract  source msg() calls -> xliff/*.xlf (keeps existing translations)
//   node scripts/i18n.mjs check    fails when xliff/ is out of date with the source, or a message is untranslated
// The languages are the files in xliff/: adding `xliff/fr.xlf` and running `build` adds French.
// The embed-code builder (demo/builder/, Italian and English) has texts of its own:
// lit-localize.builder.json, xliff/builder/, demo/builder/generated/; each command does both.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import ts from 'typescript';

const CONFIG = 'lit-localize.json';
const XLIFF_DIR = 'xliff';
const bin = 'node_modules/.bin/lit-localize';
const GENERATED = 'src/generated';
const HEADER = '// Written by scripts/i18n.mjs from the files in xliff/. Do not edit.';
const BUILDER_CONFIG = 'lit-localize.builder.json';
const BUILDER_XLIFF = 'xliff/builder/en.xlf';

/** Both configurations' `extract`: the widget's and the builder's. */
function extractAll(stdio) {
  execFileSync(bin, ['extract'], { stdio });
  execFileSync(bin, ['extract', '--config', BUILDER_CONFIG], { stdio });
}

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
  execFileSync(bin, ['build', '--config', BUILDER_CONFIG], { stdio: 'inherit' });
  compactLocales(locales);
  const lines = [
    '// Written by scripts/i18n.mjs from the files in xliff/. Do not edit.',
    '// Each UI language is a piece of its own, loaded when it is chosen (the source, Italian, is in',
    '// the messages themselves).',
    `import type * as LocaleModule from './locales/${locales[0]}.js';`,
    '',
    'export const localeLoaders: Record<string, () => Promise<typeof LocaleModule>> = {',
    ...locales.map((l) => `  '${l}': () => import('./locales/${l}.js'),`),
    '};',
    '',
  ];
  writeFileSync(`${GENERATED}/all-locales.ts`, lines.join('\n'));
}

/**
 * The templates lit-localize wrote in one locale module, in its order: `[[id, source text of
 * the value]]`, the value exactly as written (`\`…\``, str`…` or html`…`). Also its imports.
 */
function readLocaleModule(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const imports = [];
  let entries;
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) imports.push(statement.getText(source));
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      if (declaration.name.getText(source) !== 'templates') continue;
      const init = declaration.initializer;
      if (init === undefined || !ts.isObjectLiteralExpression(init)) break;
      entries = init.properties.map((property) => {
        if (!ts.isPropertyAssignment(property)) throw new Error(`${file}: unexpected ${property.getText(source)}`);
        const name = property.name;
        const id = ts.isStringLiteral(name) || ts.isIdentifier(name) ? name.text : undefined;
        if (id === undefined) throw new Error(`${file}: unexpected key ${name.getText(source)}`);
        return [id, property.initializer.getText(source)];
      });
    }
  }
  if (entries === undefined) throw new Error(`${file}: no \`export const templates = {…}\`; lit-localize changed?`);
  return { imports, entries };
}

/**
 * lit-localize writes each locale as `templates = { 's0280b695e567edd4': \`Zoom avant\`, … }`:
 * the same 16-hex-digit ids in every language, which gzip cannot squeeze (about 1.4 KB per
 * language). Rewrite them as one list of ids (message-ids.ts) and, per locale, the values in
 * that order; a message a language lacks is a hole in its list and stays missing.
 */
function compactLocales(locales) {
  const modules = new Map(locales.map((l) => [l, readLocaleModule(`${GENERATED}/locales/${l}.ts`)]));
  const ids = [...new Set([...modules.values()].flatMap((m) => m.entries.map(([id]) => id)))].sort();
  for (const id of ids) {
    if (!/^[\w-]+$/.test(id)) throw new Error(`message id "${id}" has characters message-ids.ts cannot list`);
  }
  writeFileSync(
    `${GENERATED}/message-ids.ts`,
    [
      HEADER,
      "import type { TemplateLike, TemplateMap } from '@lit/localize';",
      '',
      '/** The id of every UI message, in the order of the lists in ./locales/*.ts. */',
      `export const messageIds: readonly string[] = '${ids.join(' ')}'.split(' ');`,
      '',
      '/** A locale module\'s templates from its list of values in the order of `messageIds`; holes are messages not translated. */',
      'export function templatesFrom(values: readonly (TemplateLike | undefined)[]): TemplateMap {',
      '  const templates: TemplateMap = {};',
      '  values.forEach((value, i) => {',
      '    if (value !== undefined) templates[messageIds[i]] = value;',
      '  });',
      '  return templates;',
      '}',
      '',
    ].join('\n'),
  );
  // The locale modules are pieces loaded on demand: they take `str` from a copy of their own, the
  // same pure tag as @lit/localize's (msg() reads only its shape), so that a piece never imports
  // from the entry (a host may load the entry under another URL, e.g. with ?v=2).
  writeFileSync(
    `${GENERATED}/str-tag.ts`,
    [
      `${HEADER}`,
      "import type { StrResult } from '@lit/localize';",
      '',
      '/** As `str` of @lit/localize: marks a translated text with values. */',
      'export const str = (strings: TemplateStringsArray, ...values: unknown[]): StrResult => ({ strTag: true, strings, values });',
      '',
    ].join('\n'),
  );
  const ownImport = (line) => (/^import\s*\{\s*str\s*\}\s*from\s*'@lit\/localize';$/.test(line) ? "import { str } from '../str-tag.js';" : line);
  for (const [locale, { imports, entries }] of modules) {
    const byId = new Map(entries);
    const values = ids.map((id) => (byId.has(id) ? `  ${byId.get(id)},` : `  , // ${id}: not translated`));
    writeFileSync(
      `${GENERATED}/locales/${locale}.ts`,
      [
        `${HEADER} Values in the order of ../message-ids.ts.`,
        ...imports.map(ownImport),
        "import { templatesFrom } from '../message-ids.js';",
        '',
        '/* eslint-disable no-irregular-whitespace */',
        '',
        'export const templates = templatesFrom([',
        ...values,
        ']);',
        '',
      ].join('\n'),
    );
  }
}

function snapshot() {
  return {
    ...Object.fromEntries(xliffLocales().map((l) => [`${XLIFF_DIR}/${l}.xlf`, readFileSync(`${XLIFF_DIR}/${l}.xlf`, 'utf8')])),
    [BUILDER_XLIFF]: readFileSync(BUILDER_XLIFF, 'utf8'),
  };
}

function check() {
  syncConfig();
  const before = snapshot();
  extractAll(['ignore', 'ignore', 'inherit']);
  const after = snapshot();
  const problems = [];
  for (const [file, text] of Object.entries(after)) {
    if (before[file] !== text) {
      problems.push(`${file} was out of date with the source; "extract" has updated it.`);
    }
    for (const unit of text.matchAll(/<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
      if (!/<target[^>]*>[\s\S]*?\S[\s\S]*?<\/target>/.test(unit[2])) {
        problems.push(`${file}: message ${unit[1]} has no translation.`);
      }
    }
  }
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    console.error('Translate the new messages in xliff/, run "npm run i18n:build" and commit.');
    process.exit(1);
  }
  console.log(`i18n: xliff/ is up to date and complete (${xliffLocales().join(', ')}; the builder's ${BUILDER_XLIFF}).`);
}

const command = process.argv[2];
if (command === 'build') build();
else if (command === 'extract') extractAll('inherit');
else if (command === 'check') check();
else {
  console.log('Usage: node scripts/i18n.mjs build|extract|check');
  process.exit(command === '--help' || command === '-h' ? 0 : 2);
}
