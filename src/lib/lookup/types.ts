// Shapes shared by the lookup engine. Records are language-neutral data (later
// `content/errors/<id>.yaml`); `src/schemas/error-record.ts` parses them into these types.

/** How many lines above and below a hit `requires`/`excludes` look at, unless a signature says otherwise. */
export const DEFAULT_WINDOW = 3;

/** A signature's weight unless it says otherwise: 1 leaves its specificity as it is. */
export const DEFAULT_WEIGHT = 1;

/** One way an error shows up in a log. Exactly one of `literal` or `regex` is set. */
export interface Signature {
  /** A phrase matched case-insensitively (ASCII case only) anywhere in a line. */
  literal?: string | undefined;
  /** JavaScript regex source, matched case-insensitively per line; named groups become captures. */
  regex?: string | undefined;
  /**
   * For `regex`: a phrase every match contains, used by the prefilter. When absent it is
   * derived from the regex (its longest literal run, one per top-level alternative).
   */
  requiredLiteral?: string | undefined;
  /** Phrases of which at least one must appear in the hit's line or within `window` lines of it. */
  requires: string[];
  /** Phrases that veto the hit when any appears in its line or within `window` lines of it. */
  excludes: string[];
  /** How many lines above and below the hit `requires` and `excludes` look at (0: same line only). */
  window: number;
  /** Multiplies the signature's specificity: above 1 for telling phrases, below 1 for vague ones. */
  weight: number;
}

/** A link filled in from a match's captures, e.g. the exact package settings page. */
export interface FixLink {
  /** URL template with `{capture}` placeholders (values are URL-encoded when filled). */
  url: string;
  /** What the link does, per language, with the same placeholders (filled as plain text). */
  label: Readonly<Record<'en' | 'ko', string>>;
}

/** A known error: how to recognize it and which guide section explains it. */
export interface ErrorRecord {
  /** Stable kebab-case id; it ends up in URLs and the CLI's output, so never rename it. */
  id: string;
  /** Slug of the guide that explains the error. */
  guide: string;
  /** Id of the section in that guide to jump to. */
  anchor: string;
  /** The error's usual wording, as a reader would recognize it in a list. */
  message: string;
  /** Links to fill in from captures, shown with the result; empty when there is nothing to fill. */
  links: FixLink[];
  /** Generic record (e.g. a bare exit code) shown only when nothing specific matched. */
  fallback: boolean;
  /** Ways the error shows up; one hit is enough. */
  signatures: Signature[];
  /** Real log excerpts that must rank this record first. */
  examples: string[];
  /** Real near-misses that must not match this record. */
  counterExamples: string[];
}

/** A mark a CI runner put on a line (`##[error]`, `::warning::`, a GitLab section…). */
export type LineMarker =
  | 'error'
  | 'warning'
  | 'notice'
  | 'debug'
  | 'group'
  | 'endgroup'
  | 'command'
  | 'section-start'
  | 'section-end'
  | 'mask';

/** A pasted log turned into clean lines, one per original line. */
export interface NormalizedLog {
  /** Clean text of each examined line; `lines[i]` is original line `firstLine + i`. */
  lines: string[];
  /** Original 1-based number of `lines[0]` (above 1 when the head of a huge log was skipped). */
  firstLine: number;
  /** The runner's mark on each line, if any (same indices as `lines`). */
  markers: (LineMarker | undefined)[];
  /** The step name from `gh run view --log` columns, if any (same indices as `lines`). */
  steps: (string | undefined)[];
  /** Lines in the whole input, examined or not. */
  lineCount: number;
  /** The input was over the size cap, so only its tail was examined. */
  tooLarge: boolean;
  /** At least one line was over the length cap, so only its head was examined. */
  truncated: boolean;
}

/** What a line is, as far as finding the failure goes. */
export type LineRole = 'error' | 'exit' | 'warning' | 'info' | 'neutral';

/** Per-line roles and weights (0..1): how likely a line is to state why the job failed. */
export interface LineClasses {
  /** The role of each line (same indices as `NormalizedLog.lines`). */
  roles: LineRole[];
  /** The weight of each line, 0..1 (same indices as `NormalizedLog.lines`). */
  weights: Float64Array;
}

/** The line of a log most likely to say why it failed, for a full-text search when no record matched. */
export interface FailingLine {
  /** Original 1-based line number. */
  line: number;
  /** The normalized line with secrets replaced by placeholders. */
  text: string;
}

/** A `[start, end)` highlight in a hit's text, in UTF-16 code units. */
export type Range = [start: number, end: number];

/** One line where a record matched. */
export interface MatchHit {
  /** Original 1-based line number. */
  line: number;
  /** The normalized line, with secrets replaced by placeholders. */
  text: string;
  /** What to highlight in `text`. */
  ranges: Range[];
}

/** How sure the engine is: `high` and `medium` may be shown as the answer, `low` only as a hint. */
export type Confidence = 'high' | 'medium' | 'low';

/** A record that matched a log, with the evidence. */
export interface LookupMatch {
  /** The record's id. */
  id: string;
  /** The record's guide slug. */
  guide: string;
  /** The record's section id in the guide. */
  anchor: string;
  /** 0..1, higher is surer; comparable across records of one lookup. */
  score: number;
  /** `score` put into words. */
  confidence: Confidence;
  /** Lines that matched, in line order. */
  hits: MatchHit[];
  /** Named regex captures (owner, image, package…), secrets redacted. */
  captures: Record<string, string>;
}

/** Limits that keep one lookup fast whatever is pasted. */
export interface LookupOptions {
  /** Characters examined; past this only the tail of the log is read and `tooLarge` is set. */
  maxChars?: number;
  /** Lines examined; past this only the last lines are read and `tooLarge` is set. */
  maxLines?: number;
  /** Characters examined per line; the rest of a longer line is ignored and `truncated` is set. */
  maxLineLength?: number;
  /** Results returned at most. */
  maxResults?: number;
  /** Hits kept per result at most. */
  maxHitsPerResult?: number;
}

/** The answer to one lookup. */
export interface LookupResult {
  /** Matching records, best first; empty when nothing known matched. */
  matches: LookupMatch[];
  /** Lines in the input. */
  lineCount: number;
  /** The input was over the size cap, so only its tail was examined. */
  tooLarge: boolean;
  /** At least one line was over the length cap, so only its head was examined. */
  truncated: boolean;
  /** The line most likely to say why the job failed (redacted), to search for when nothing matched. */
  failingLine?: FailingLine;
}
