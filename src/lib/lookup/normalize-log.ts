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
// GitHub Actions prints `2024-05-01T12:34:56.1234567Z ` before every line of a raw log.
const ISO_TIMESTAMP = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?Z ?/;
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
 * `##[error]`/`::error::`-style marks. Anything that is not a string gives an empty log.
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
  let skipped = 0;
  if (text.length > maxChars) {
    tooLarge = true;
    // Keep whole lines: start at the line that holds the cut (its head is what gets examined).
    const start = text.lastIndexOf('\n', text.length - maxChars) + 1;
    skipped = countNewlines(text, start);
    text = text.slice(start);
  }

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
  const numbers = new Int32Array(count).fill(-1);
  const numberLengths = new Int32Array(count);
  const numberBySeparator = new Uint8Array(count);
  let truncated = false;

  for (let k = 0; k < count; k++) {
    let line = raw[firstIndex + k] ?? '';
    let marker: LineMarker | undefined;
    let step: string | undefined;

    if (line.charCodeAt(line.length - 1) === 13) line = line.slice(0, -1);
    if (line.includes('\r')) {
      const resolved = resolveCarriageReturns(line);
      line = resolved.line;
      marker = resolved.marker;
    }
    if (line.length > maxLineLength) {
      line = line.slice(0, maxLineLength);
      truncated = true;
    }
    line = stripTerminalCodes(line);
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

    if (line.includes('\t')) {
      const columns = GH_COLUMNS.exec(line);
      if (columns) {
        step = columns[1];
        line = line.slice(columns[0].length);
      }
    }

    const code = line.charCodeAt(0);
    if (code >= 48 && code <= 57) {
      const number = LINE_NUMBER.exec(line);
      if (number) {
        const digits = number[1] ?? number[2] ?? '';
        numbers[k] = Number(digits);
        numberLengths[k] = digits.length + (number[3] === '\t' ? 1 : 0);
        numberBySeparator[k] = number[3] === '\t' || number[1] !== undefined ? 1 : 0;
      }
    }

    lines[k] = line;
    markers[k] = marker;
    steps[k] = step;
  }

  for (let k = 0; k < count; k++) {
    let line = lines[k] ?? '';
    let marker = markers[k];

    const number = numbers[k] ?? -1;
    if (number >= 0) {
      const rest = line.slice(numberLengths[k] ?? 0);
      const inSequence = (k > 0 && numbers[k - 1] === number - 1) || (k + 1 < count && numbers[k + 1] === number + 1);
      if (numberBySeparator[k] === 1 || inSequence || (rest !== '' && KNOWN_START.test(rest))) line = rest;
    }

    const code = line.charCodeAt(0);
    if (code >= 48 && code <= 57) line = line.replace(ISO_TIMESTAMP, '');
    else if (code === 91 /* [ */) {
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

    if (line.startsWith('##[')) {
      const runner = RUNNER_MARKER.exec(line);
      if (runner) {
        marker = MARKER_NAMES[(runner[1] ?? '').toLowerCase()] ?? marker;
        line = line.slice(runner[0].length);
      }
    } else if (line.startsWith('::')) {
      const command = WORKFLOW_COMMAND.exec(line);
      if (command) {
        marker = MARKER_NAMES[command[1] ?? ''] ?? 'command';
        // `::add-mask::<value>` carries a secret by definition: never keep it.
        line = marker === 'mask' ? '' : line.slice(command[0].length);
      }
    }

    lines[k] = line.trimEnd();
    markers[k] = marker;
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

/**
 * A terminal shows only what was written after the last carriage return (progress bars);
 * GitLab also uses CR to hide its `section_start:…` markers, which we keep as the line's marker.
 */
function resolveCarriageReturns(line: string): { line: string; marker: LineMarker | undefined } {
  let marker: LineMarker | undefined;
  let visible = '';
  for (const segment of line.split('\r')) {
    const plain = segment.includes('\x1b') ? stripTerminalCodes(segment) : segment;
    const section = plain.startsWith('section_') ? SECTION_MARKER.exec(plain) : null;
    if (section) {
      marker = section[1] === 'start' ? 'section-start' : 'section-end';
      const rest = plain.slice(section[0].length);
      if (rest.trim() !== '') visible = rest;
      continue;
    }
    if (plain.trim() !== '') visible = segment;
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
