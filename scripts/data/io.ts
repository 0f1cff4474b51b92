/**
 * File helpers shared by the data tools (check, import, export, export-hsds). Paths given on the
 * command line are relative to the folder the user ran `npm run …` from.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder (tools run from build/scripts/data/). */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The built-in directory. */
export const DEFAULT_DIRECTORY = resolve(PROJECT_ROOT, 'data/matera.json');

/** A path typed by the user, made absolute against the folder they ran npm from. */
export function userPath(path: string): string {
  return resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

/** A path as the user should read it in messages: relative to their folder when shorter. */
export function shownPath(path: string): string {
  const rel = relative(process.env.INIT_CWD ?? process.cwd(), path);
  return rel.length < path.length && !rel.startsWith('..') ? rel : path;
}

export type JsonRead = { ok: true; value: unknown; text: string } | { ok: false; message: string };

/**
 * Reads and parses a JSON file. On a syntax error the message says the line and column and
 * shows the line, e.g. `data/x.json:12:5: Expected ',' or '}' … (line: "  "lat": 40.6")`.
 */
export function readJsonFile(path: string): JsonRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
    return { ok: false, message: `${shownPath(path)}: cannot read the file (${why})` };
  }
  const body = text.replace(/^\uFEFF/, '');
  try {
    return { ok: true, value: JSON.parse(body), text: body };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    if (at === null) return { ok: false, message: `${shownPath(path)}: not valid JSON: ${message}` };
    const offset = Number(at[1]);
    const before = body.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const lineText = body.split('\n')[line - 1]?.trim().slice(0, 80) ?? '';
    return {
      ok: false,
      message: `${shownPath(path)}:${line}:${column}: not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '')} (line ${line}: ${JSON.stringify(lineText)}). Look for a missing comma or quote, or an extra comma before } or ].`,
    };
  }
}

/**
 * Writes a file in one step (a temporary file renamed over it), so a failure leaves the old one
 * whole, and no temporary file behind.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** Why a file could not be written, in one plain sentence (no stack trace): for the tools' messages. */
export function writeProblem(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOSPC' || code === 'EDQUOT'
      ? 'the disk is full; free some space and try again'
      : code === 'EBUSY' || code === 'EPERM'
        ? 'is it open in a spreadsheet or another program? Close it and try again'
        : code === 'EACCES' || code === 'EROFS'
          ? 'there is no permission to write there; choose another folder'
          : code === 'ENOENT'
            ? 'the folder does not exist'
            : `${code ?? 'error'}: ${(error as Error).message ?? String(error)}`;
  return `${shownPath(path)}: cannot write the file (${why}); the file that was there is unchanged`;
}

/** JSON as the directory files are written: 2-space indent, trailing newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export interface Comune {
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
}

const COMUNI = resolve(PROJECT_ROOT, 'data/comuni.json');

/** The comuni of the province (data/comuni.json), or why they cannot be read. */
export function readComuni(): Comune[] | string {
  const read = readJsonFile(COMUNI);
  if (!read.ok) return read.message;
  const valid = (item: unknown): item is Comune => {
    const comune = item as Partial<Comune> | null;
    return typeof comune?.name === 'string' && Number.isFinite(comune.lat) && Number.isFinite(comune.lon);
  };
  const list = read.value;
  if (Array.isArray(list) && list.length > 0 && list.every(valid)) return list;
  return `${shownPath(COMUNI)}: must be a list of comuni like [{"name": "Matera", "lat": 40.66, "lon": 16.6}]`;
}

/** The offices people ask for most, for the reachability summary of the built-in directory (none if the file is missing or wrong). */
export function readKeyOffices(): string[] {
  const read = readJsonFile(resolve(PROJECT_ROOT, 'data/key-offices.json'));
  const ids = read.ok ? (read.value as { ids?: unknown }).ids : undefined;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}

/** Today's date where the tool runs, `YYYY-MM-DD`. */
export function localToday(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Prints why a tool stops; exit code 1. */
export function fail(message: string): number {
  console.error(message);
  return 1;
}

/** A command line the tool cannot use; exit code 1. */
export function usageError(tool: string, message: string): number {
  console.error(`${message}\nRun npm run data:${tool} -- --help for help.`);
  return 1;
}
