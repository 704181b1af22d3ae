import { stripTerminalCodes } from './strip-terminal-codes.ts';
import type { LineMarker, NormalizedLog } from './types.ts';

/** Limits on what one lookup examines. */
export interface NormalizeOptions {
  /** Characters examined; past this only the tail (whole lines) is read and `tooLarge` is set. */
  maxChars?: number;
  /** Lines examined; past this only the last lines are read and `tooLarge` is set. */
  maxLines?: number;
  /** Characters examined per line (after carriage-return handling); the rest is dropped and `truncated` is set. */
  maxLineLength?: number;
}

/**
 * Default limits: about 8 MB and 250,000 lines keep a lookup well under a second in a browser;
 * 4,096 characters per line is far more than any error message, and keeps a 10 MB minified
 * bundle pasted by mistake from costing anything. CI logs put the failure at the end, hence the tail.
 */
export const DEFAULT_NORMALIZE_LIMITS = { maxChars: 8_000_000, maxLines: 250_000, maxLineLength: 4_096 } as const;

const EMPTY: NormalizedLog = {
  lines: [],
  firstLine: 1,
  markers: [],
  steps: [],
  lineCount: 0,
  tooLarge: false,
  truncated: false,
};

// GitLab wraps job sections in `section_start:<unix time>:<name>[options]\r\e[0K` markers.
const SECTION_MARKER = /^section_(start|end):\d+:[\w.-]+(?:\[[^\]\r]{0,200}\])?/;
// `gh run view --log`: job, step and timestamp columns; a step's first line may carry a BOM.
const GH_COLUMNS = /^[^\t]{1,200}\t([^\t]{0,200})\t\uFEFF?(?=\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)/;
// GitHub Actions prints `2024-05-01T12:34:56.1234567Z ` before every line of a raw log (a BOM
// may come first). A regex beats reading the characters one by one here: it runs on every line.
const ISO_TIMESTAMP = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z ?/;
const GITHUB_TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{7}Z /;
const GITHUB_TIMESTAMP_LENGTH = '2024-05-01T12:34:56.1234567Z '.length;
// Jenkins' Timestamper plugin: `[2024-05-01T12:34:56.789Z] `.
const BRACKET_TIMESTAMP = /^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z?\] ?/;
// Line numbers copied from GitHub's web log viewer: `12Error: …`, `12\tError: …`, a lone `12` for an
// empty line, or glued to a timestamp. Digits followed by a space (`403 Forbidden`) are never taken.
const LINE_NUMBER = /^(?:(\d{1,7}?)(?=\d{4}-\d\d-\d\dT\d\d:\d\d)|(\d{1,7})(\t|(?=[A-Za-z#[]|::)|$))/;
// A glued number is taken from a lone line only when a log's own words follow it.
const KNOWN_START = /^(?:error|warning|fatal|npm |run |denied|##\[|::|#\d)/i;
const RUNNER_MARKER = /^##\[(error|warning|notice|debug|group|endgroup|command|section|info)\]/i;
const WORKFLOW_COMMAND =
  /^::(error|warning|notice|debug|group|endgroup|add-mask|stop-commands|set-output|save-state|add-matcher|remove-matcher)(?: [^\n]{0,2000}?)?::/;
const QUOTE = /^\s*(?:>\s?)+/;
const FENCE = /^\s*(?:```|~~~)/;

const MARKER_NAMES: Record<string, LineMarker> = {
  error: 'error',
  warning: 'warning',
  notice: 'notice',
  debug: 'debug',
  group: 'group',
  section: 'group',
  endgroup: 'endgroup',
  command: 'command',
  'add-mask': 'mask',
};

/**
 * Turns a pasted CI log into clean lines, one per original line (so line numbers stay the
 * original 1-based ones): drops CR-overwritten progress, terminal escapes, runner timestamps,
 * `gh run view --log` columns, GitLab section markers, Jenkins `[Pipeline]` prefixes, markdown
 * quotes and fences and line numbers copied from GitHub's web viewer, and records the runner's
 * `##[error]`/`::error::`-style marks. Control characters other than escapes are left for the
 * display step. Anything that is not a string gives an empty log.
 */
export function normalizeLog(input: unknown, options: NormalizeOptions = {}): NormalizedLog {
  if (typeof input !== 'string' || input.length === 0) return { ...EMPTY, lines: [], markers: [], steps: [] };
  const maxChars = positive(options.maxChars, DEFAULT_NORMALIZE_LIMITS.maxChars);
  const maxLines = positive(options.maxLines, DEFAULT_NORMALIZE_LIMITS.maxLines);
  const maxLineLength = positive(options.maxLineLength, DEFAULT_NORMALIZE_LIMITS.maxLineLength);

  let text = input;
  // Classic Mac line ends: a paste with CRs but no LF is lines, not one overwritten line.
  if (!text.includes('\n') && text.includes('\r')) text = text.replace(/\r\n?/g, '\n');

  let tooLarge = false;
  let truncated = false;
  let skipped = 0;
  if (text.length > maxChars) {
    tooLarge = true;
    // Keep whole lines: start at the line that holds the cut, or only the head of that line
    // when it is itself huge (a minified bundle), since only a line's head is examined anyway.
    const cut = text.length - maxChars;
    const lineStart = text.lastIndexOf('\n', cut) + 1;
    skipped = countNewlines(text, lineStart);
    if (cut - lineStart > maxLineLength) {
      const lineEnd = text.indexOf('\n', cut);
      text = text.slice(lineStart, lineStart + maxLineLength) + (lineEnd === -1 ? '' : text.slice(lineEnd));
      truncated = true;
    } else {
      text = text.slice(lineStart);
    }
  }

  // Escapes go in one pass over the whole text: most lines have none, and a per-line check
  // would cost more than the rare removal. Other control characters stay (see
  // `maskControlCharacters`): finding them would cost a slow scan of every character.
  text = stripTerminalCodes(text);
  const hasCarriageReturns = text.includes('\r');
  const hasTabs = text.includes('\t');

  const raw = text.split('\n');
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop();
  const totalLines = skipped + raw.length;
  let firstIndex = 0;
  if (raw.length > maxLines) {
    tooLarge = true;
    firstIndex = raw.length - maxLines;
  }

  const count = raw.length - firstIndex;
  const lines = new Array<string>(count);
  const markers = new Array<LineMarker | undefined>(count);
  const steps = new Array<string | undefined>(count);
  // Line-number remnants can only be told from real digits by looking at the neighbours,
  // so candidates are noted in this pass and settled in the next one.
  const numbers = new Int32Array(count).fill(-1);
  const candidates: { index: number; rest: string; bySeparator: boolean; marker: LineMarker | undefined }[] = [];
  // Reused for every line: one allocation per line adds up over a million lines.
  const found: { marker: LineMarker | undefined } = { marker: undefined };

  for (let k = 0; k < count; k++) {
    let line = raw[firstIndex + k] ?? '';
    let marker: LineMarker | undefined;
    let step: string | undefined;

    if (hasCarriageReturns && line.includes('\r')) {
      if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
      if (line.includes('\r')) {
        const resolved = resolveCarriageReturns(line);
        line = resolved.line;
        marker = resolved.marker;
      }
    }
    if (line.length > maxLineLength) {
      line = line.slice(0, maxLineLength);
      truncated = true;
    }
    if (line.charCodeAt(0) === 0xfeff) line = line.slice(1);

    if (line.startsWith('section_')) {
      const section = SECTION_MARKER.exec(line);
      if (section) {
        marker = section[1] === 'start' ? 'section-start' : 'section-end';
        line = line.slice(section[0].length);
      }
    }

    const first = firstNonSpace(line);
    if (first === 62 /* > */) line = line.replace(QUOTE, '');
    if ((first === 96 /* ` */ || first === 126 /* ~ */ || first === 62) && FENCE.test(line)) line = '';

    if (hasTabs && line.includes('\t')) {
      const columns = GH_COLUMNS.exec(line);
      if (columns) {
        step = columns[1];
        line = line.slice(columns[0].length);
      }
    }

    const code = line.charCodeAt(0);
    if (code >= 48 && code <= 57) {
      // GitHub's own form first: `test` allocates nothing, and this runs on every line.
      const timestamp = GITHUB_TIMESTAMP.test(line) ? GITHUB_TIMESTAMP_LENGTH : (ISO_TIMESTAMP.exec(line)?.[0].length ?? 0);
      if (timestamp > 0) {
        line = line.slice(timestamp);
      } else {
        const number = LINE_NUMBER.exec(line);
        if (number) {
          const digits = number[1] ?? number[2] ?? '';
          numbers[k] = Number(digits);
          candidates.push({
            index: k,
            rest: line.slice(digits.length + (number[3] === '\t' ? 1 : 0)),
            bySeparator: number[3] === '\t' || number[1] !== undefined,
            marker,
          });
        }
      }
    }

    found.marker = marker;
    lines[k] = cleanPrefixes(line, found);
    markers[k] = found.marker;
    steps[k] = step;
  }

  for (const candidate of candidates) {
    const k = candidate.index;
    const number = numbers[k] ?? -1;
    const inSequence = (k > 0 && numbers[k - 1] === number - 1) || (k + 1 < count && numbers[k + 1] === number + 1);
    if (candidate.bySeparator || inSequence || (candidate.rest !== '' && KNOWN_START.test(candidate.rest))) {
      found.marker = candidate.marker;
      const timestamp = ISO_TIMESTAMP.exec(candidate.rest);
      lines[k] = cleanPrefixes(timestamp ? candidate.rest.slice(timestamp[0].length) : candidate.rest, found);
      markers[k] = found.marker;
    }
  }

  return {
    lines,
    firstLine: skipped + firstIndex + 1,
    markers,
    steps,
    lineCount: totalLines,
    tooLarge,
    truncated,
  };
}

/** Drops Jenkins and runner prefixes; reads the runner's marker into `found.marker`. */
function cleanPrefixes(text: string, found: { marker: LineMarker | undefined }): string {
  let line = text;
  let marker = found.marker;
  if (line.charCodeAt(0) === 91 /* [ */) {
    line = line.replace(BRACKET_TIMESTAMP, '');
    if (line.startsWith('[Pipeline] ')) {
      line = line.slice(11);
      marker ??= 'command';
    } else if (line.startsWith('[command]')) {
      line = line.slice(9);
      marker ??= 'command';
    }
  }
  if (line.charCodeAt(0) === 0xfeff) line = line.slice(1);

  const first = line.charCodeAt(0);
  if (first === 35 /* # */ && line.startsWith('##[')) {
    const runner = RUNNER_MARKER.exec(line);
    if (runner) {
      marker = MARKER_NAMES[(runner[1] ?? '').toLowerCase()] ?? marker;
      line = line.slice(runner[0].length);
    }
  } else if (first === 58 /* : */ && line.startsWith('::')) {
    const command = WORKFLOW_COMMAND.exec(line);
    if (command) {
      marker = MARKER_NAMES[command[1] ?? ''] ?? 'command';
      // `::add-mask::<value>` carries a secret by definition: never keep it.
      line = marker === 'mask' ? '' : line.slice(command[0].length);
    }
  }
  const last = line.charCodeAt(line.length - 1);
  if (last === 32 || last === 9) line = line.trimEnd();
  found.marker = marker;
  return line;
}

/**
 * A terminal shows only what was written after the last carriage return (progress bars);
 * GitLab also uses CR to hide its `section_start:…` markers, which we keep as the line's marker.
 */
function resolveCarriageReturns(line: string): { line: string; marker: LineMarker | undefined } {
  let marker: LineMarker | undefined;
  let visible = '';
  for (const segment of line.split('\r')) {
    const section = segment.startsWith('section_') ? SECTION_MARKER.exec(segment) : null;
    if (section) {
      marker = section[1] === 'start' ? 'section-start' : 'section-end';
      const rest = segment.slice(section[0].length);
      if (rest.trim() !== '') visible = rest;
      continue;
    }
    if (segment.trim() !== '') visible = segment;
  }
  return { line: visible, marker };
}

function firstNonSpace(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9) return c;
  }
  return -1;
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function positive(value: number | undefined, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}
