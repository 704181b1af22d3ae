// Terminal escape sequences, in the raw form (ESC [ … m) and in the caret form `^[[36;1m`
// that survives when a log is copied out of a viewer that shows control characters.
// The classes of each CSI part are disjoint and OSC payloads are bounded, so this stays linear.
const ESCAPES =
  /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]{0,512}(?:\x07|\x1b\\)?|[@-Z\\-_])|\x9b[0-?]*[ -/]*[@-~]|\^\[\[[0-?]*[ -/]*[@-~]/g;

// C0 controls except tab (gh columns and pasted tables use it), plus DEL. NUL bytes from
// binary garbage end up here too.
const CONTROLS = /[\x00-\x08\x0a-\x1f\x7f]/;
const CONTROLS_ALL = /[\x00-\x08\x0a-\x1f\x7f]/g;

/** Removes ANSI/VT escape sequences (raw and `^[[…` caret form) and other control characters from one line. */
export function stripTerminalCodes(line: string): string {
  let out = line;
  if (out.includes('\x1b') || out.includes('^[[') || out.includes('\x9b')) out = out.replace(ESCAPES, '');
  return CONTROLS.test(out) ? out.replace(CONTROLS_ALL, '') : out;
}
