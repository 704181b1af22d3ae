import type { LineClasses, LineRole, NormalizedLog } from './types.ts';

/**
 * Base weight per role. A log is mostly noise, and words like "error" or "denied" show up in
 * noise too ("0 errors", a `Run` echo of the script, a warning), so where a phrase appears
 * counts as much as the phrase: an error marker is worth about twice a plain line.
 */
export const ROLE_WEIGHTS: Readonly<Record<LineRole, number>> = {
  error: 0.8,
  exit: 0.45,
  neutral: 0.5,
  warning: 0.25,
  info: 0.15,
};

/** Added to plain, error and exit lines shortly before an exit-code line: the failing command's last words. */
export const BEFORE_EXIT_BOOST = 0.2;
/** Added to plain, error and exit lines of the step or section that failed (the last one before the exit code). */
export const FAILING_STEP_BOOST = 0.1;
/** Added to plain, error and exit lines near the end of the log, where failures are printed. */
export const TAIL_BOOST = 0.1;

/** How many non-blank lines before an exit-code line get `BEFORE_EXIT_BOOST`. */
const BEFORE_EXIT_LINES = 8;
/** How many lines at the end of the log get `TAIL_BOOST`. */
const TAIL_LINES = 60;

// `Error:`, `ERROR:`, `error TS2322:`, `fatal:`, `npm ERR!`, buildkit's `#12 ERROR:`, `panic:`…
// Requiring `:`, `!`, `[` or a space after the word keeps `error-prone` and `errors found` out.
const ERROR_START = /^(?:#\d+ (?:\d+(?:\.\d+)? )?)?(?:error|fatal|panic)(?:[:!\[ ]|$)|^npm (?:err!|error) |^E: /i;
const WARNING_START = /^(?:warn(?:ing)?(?:[:!\[ ]|$)|npm warn |deprecat)/i;
// How runners and shells report a failed step.
const EXIT_LINE =
  /(?:process completed with exit code|exited with (?:exit )?code|exit (?:code|status)|returned exit code|job failed: exit code)\s*[1-9]/i;
// Lines every runner prints whatever happens.
const INFO_PREFIXES = [
  'Waiting for a runner to pick up this job',
  'Job is waiting for a hosted runner',
  'Requested labels:',
  'Job defined at:',
  'Current runner version:',
  'Runner name:',
  'Runner group name:',
  'Machine name:',
  'Operating System',
  'Runner Image',
  'Image:',
  'Version:',
  'Included Software:',
  'Image Release:',
  'GITHUB_TOKEN Permissions',
  'Secret source:',
  'Prepare workflow directory',
  'Prepare all required actions',
  'Getting action download info',
  'Download action repository',
  'Complete job name:',
  'Post job cleanup.',
  'Cleaning up orphan processes',
  'Evaluate and set job outputs',
  'Running with gitlab-runner',
  'Preparing the "',
  'Using Docker executor',
  'Getting source from Git repository',
  'Fetching changes',
  'Checking out ',
  'Skipping Git submodules',
  'Cleaning up project directory',
];

// Looked up by first character: most lines start with none of them, and this runs on every line.
const INFO_PREFIXES_BY_FIRST = new Map<number, string[]>();
for (const prefix of INFO_PREFIXES) {
  const first = prefix.charCodeAt(0);
  INFO_PREFIXES_BY_FIRST.set(first, [...(INFO_PREFIXES_BY_FIRST.get(first) ?? []), prefix]);
}

/** Gives each line a role and a weight (0..1): how likely it is to say why the job failed. */
export function classifyLines(log: NormalizedLog): LineClasses {
  const count = log.lines.length;
  const roles = new Array<LineRole>(count);
  const weights = new Float64Array(count);
  let inGroup = false;
  let lastExit = -1;

  for (let i = 0; i < count; i++) {
    const marker = log.markers[i];
    const text = log.lines[i] ?? '';
    let role: LineRole;
    if (isExitLine(text)) role = 'exit';
    else if (marker === 'group') {
      role = 'info';
      inGroup = true;
    } else if (marker === 'endgroup') {
      role = 'info';
      inGroup = false;
    } else if (marker === 'error') role = 'error';
    else if (marker === 'warning') role = 'warning';
    else if (marker !== undefined && marker !== 'section-start' && marker !== 'section-end') role = 'info';
    else role = roleOfText(text, inGroup);
    if (role === 'exit') lastExit = i;
    roles[i] = role;
  }

  // The failing step: from the last group or section header before the exit line (or the end).
  // Without group or section markers the step is unknown, and nothing gets this boost.
  const end = lastExit >= 0 ? lastExit : count;
  let stepStart = end + 1;
  for (let i = end - 1; i >= 0; i--) {
    const marker = log.markers[i];
    if (marker === 'group' || marker === 'section-start') {
      stepStart = i;
      break;
    }
  }
  const failingStep = lastExit >= 0 ? log.steps[lastExit] : undefined;

  const beforeExit = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    if (roles[i] !== 'exit') continue;
    for (let j = i - 1, seen = 0; j >= 0 && seen < BEFORE_EXIT_LINES; j--) {
      if (roles[j] === 'info' || roles[j] === 'exit') continue;
      if ((log.lines[j] ?? '') === '') continue;
      beforeExit[j] = 1;
      seen++;
    }
  }

  for (let i = 0; i < count; i++) {
    const role = roles[i] ?? 'neutral';
    let weight = ROLE_WEIGHTS[role];
    // Warnings and info lines stay where they are, wherever they appear: a retry warning just
    // before the exit code is still a warning.
    if (role !== 'info' && role !== 'warning') {
      if (beforeExit[i] === 1) weight += BEFORE_EXIT_BOOST;
      const step = log.steps[i];
      if ((i >= stepStart && i <= end) || (failingStep !== undefined && step === failingStep)) weight += FAILING_STEP_BOOST;
      if (i >= count - TAIL_LINES) weight += TAIL_BOOST;
    }
    weights[i] = Math.min(1, weight);
  }
  return { roles, weights };
}

function roleOfText(text: string, inGroup: boolean): LineRole {
  let start = 0;
  while (start < text.length && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  if (start === text.length) return 'neutral';
  const body = start === 0 ? text : text.slice(start);
  const first = body.charCodeAt(0) | 0x20;
  if ((first === 0x65 /* e */ || first === 0x66 /* f */ || first === 0x70 /* p */ || first === 0x6e /* n */ || first === 0x23) /* # */ && ERROR_START.test(body)) {
    return 'error';
  }
  // Inside a `##[group]Run …` block GitHub echoes the script and its inputs, not its output.
  if (inGroup) return 'info';
  if ((first === 0x77 /* w */ || first === 0x6e || first === 0x64 /* d */) && WARNING_START.test(body)) return 'warning';
  const prefixes = INFO_PREFIXES_BY_FIRST.get(body.charCodeAt(0));
  if (prefixes !== undefined) for (const prefix of prefixes) if (body.startsWith(prefix)) return 'info';
  return 'neutral';
}

function isExitLine(text: string): boolean {
  return (text.includes('xit') || text.includes('XIT')) && EXIT_LINE.test(text);
}
