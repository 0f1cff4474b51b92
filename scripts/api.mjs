#!/usr/bin/env node
// `npm run api`: regenerates custom-elements.json from the JSDoc of src/ (`cem analyze
// --litelement`, configured by custom-elements-manifest.config.mjs) and rewrites the README's
// API tables from it, between marker comments such as <!-- api:attributes --> … <!-- /api:attributes -->.
// `npm run api:check` (part of `npm test`): regenerates both into a temporary folder and fails
// when the committed files differ. Either way the manifest is first written to a temporary folder.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

const USAGE = `Usage: npm run api          regenerate custom-elements.json and the README's API tables
       npm run api:check    fail (exit 1) when either differs from the source (src/ JSDoc)`;
const MANIFEST = 'custom-elements.json';
const README = 'README.md';
const TAG = 'prossima-map';

if (process.argv.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}
const check = process.argv.includes('--check');

const temp = mkdtempSync(join(tmpdir(), 'prossima-api-'));
try {
  const manifestText = analyze(temp);
  const readme = readFileSync(README, 'utf8');
  const newReadme = renderReadme(readme, elementOf(JSON.parse(manifestText)));
  writeFileSync(join(temp, README), newReadme);

  if (check) {
    const stale = [];
    if (readOrEmpty(MANIFEST) !== manifestText) stale.push(MANIFEST);
    if (readme !== newReadme) stale.push(`${README} (API tables)`);
    if (stale.length > 0) {
      console.error(`api:check: ${stale.join(' and ')} out of date with the JSDoc of src/: run npm run api`);
      process.exit(1);
    }
    console.log(`api:check: ${MANIFEST} and the README's API tables match the source.`);
  } else {
    copyFileSync(join(temp, MANIFEST), MANIFEST);
    if (readme !== newReadme) writeFileSync(README, newReadme);
    console.log(`api: wrote ${MANIFEST} and the README's API tables.`);
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

/** Runs `cem analyze --litelement` with the project's config, writing into `outdir`. */
function analyze(outdir) {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('@custom-elements-manifest/analyzer/package.json');
  const cem = join(dirname(pkgPath), JSON.parse(readFileSync(pkgPath, 'utf8')).bin.cem);
  // The analyzer joins --outdir to the working directory, so pass the folder relative to it.
  const args = [cem, 'analyze', '--litelement', '--quiet'];
  args.push('--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(process.cwd(), outdir));
  const run = spawnSync(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (run.status !== 0) {
    console.error('api: cem analyze failed');
    process.exit(1);
  }
  return readFileSync(join(outdir, MANIFEST), 'utf8');
}

function elementOf(manifest) {
  for (const mod of manifest.modules) {
    const element = mod.declarations?.find((d) => d.tagName === TAG);
    if (element) return element;
  }
  console.error(`api: <${TAG}> is not in the manifest (its JSDoc needs @tagname ${TAG})`);
  process.exit(1);
}

/** Replaces the content between each pair of markers with the table built from the manifest. */
function renderReadme(readme, element) {
  const sections = {
    attributes: attributesTable(element),
    properties: propertiesText(element),
    parts: partsTable(element),
    events: eventsTable(element),
    'css-properties': cssPropertiesTable(element),
  };
  let text = readme;
  for (const [name, content] of Object.entries(sections)) {
    const pattern = new RegExp(`(<!-- api:${name} -->\\n)[\\s\\S]*?(<!-- /api:${name} -->)`);
    if (!pattern.test(text)) {
      console.error(`api: ${README} has no <!-- api:${name} --> … <!-- /api:${name} --> markers`);
      process.exit(1);
    }
    text = text.replace(pattern, (_, open, close) => `${open}\n${content}\n\n${close}`);
  }
  return text;
}

function attributesTable(element) {
  const rows = (element.attributes ?? []).map((a) => [code(a.name), a.description]);
  return table(['attribute', 'meaning'], rows);
}

/** Public properties with no attribute, e.g. `directory`. */
function propertiesText(element) {
  const attributeFields = new Set((element.attributes ?? []).map((a) => a.fieldName));
  return (element.members ?? [])
    .filter((m) => m.kind === 'field' && !m.static && !m.readonly && !attributeFields.has(m.name) && m.description)
    .map((m) => `Property only: ${code(m.name)} — ${lowerFirst(inline(m.description))}`)
    .join('\n\n');
}

function partsTable(element) {
  const rows = (element.cssParts ?? []).map((p) => [code(p.name), ...split(p.description, 'Extras:')]);
  return table(['part', 'what', 'extras'], rows);
}

function eventsTable(element) {
  const rows = (element.events ?? []).map((e) => [code(e.name), ...split(e.description, 'Detail:')]);
  return table(['event', 'when', '`detail`'], rows);
}

function cssPropertiesTable(element) {
  const rows = (element.cssProperties ?? []).map((p) => [code(p.name), p.description, p.default ? code(p.default) : '']);
  return table(['property', 'what', 'default'], rows);
}

/** "each result. Extras: `data-id`" -> ["each result", "`data-id`"]. */
function split(description = '', label) {
  const [main, extra = ''] = inline(description).split(` ${label} `);
  return [main.replace(/\.$/, ''), extra.replace(/\.$/, '')];
}

function table(header, rows) {
  const line = (cells) => `| ${cells.map((c) => escapeCell(inline(c ?? ''))).join(' | ')} |`.replace(/ +\|$/, ' |');
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n');
}

function inline(text) {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function escapeCell(text) {
  return text.replace(/\|/g, '\\|');
}

function code(text) {
  return `\`${text}\``;
}

function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function readOrEmpty(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}
