// Terminal escape sequences: CSI (ESC [ … m), OSC (ESC ] … BEL), two-byte escapes and a stray
// ESC; the 8-bit CSI; and the caret form `^[[36;1m` that survives when a log is copied out of a
// viewer that shows control characters. Each regex starts with a literal, which V8 finds with a
// fast search instead of testing every position: a single regex with a class of all control
// characters measured four times slower on a 5 MB log. CSI parts are disjoint classes and OSC
// payloads are bounded, so each stays linear.
const ESCAPE = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b\n]{0,512}(?:\x07|\x1b\\)?|[@-Z\\-_])?/g;
const CSI_8BIT = /\x9b[0-?]*[ -/]*[@-~]/g;
const CARET_ESCAPE = /\^\[\[[0-?]*[ -/]*[@-~]/g;

// C0 controls except tab (gh columns use it) and line breaks (the caller splits on them), and DEL.
// C0 controls but tab, LF and CR; DEL; C1 controls; and the bidirectional overrides and
// isolates (U+202A–U+202E, U+2066–U+2069, U+061C), which can make a shown line read backwards.
const CONTROLS = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u202a-\u202e\u2066-\u2069]/;
const CONTROLS_ALL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u202a-\u202e\u2066-\u2069]/g;

/** Removes ANSI/VT escape sequences, raw or in `^[[…` caret form; works on a whole log (none spans a line break). */
export function stripTerminalCodes(text: string): string {
  // Look for all three in the original (flat) string: a replaced one may need flattening first.
  const escape = text.includes('\x1b');
  const csi = text.includes('\x9b');
  const caret = text.includes('^[[');
  let out = text;
  if (escape) out = out.replace(ESCAPE, '');
  if (csi) out = out.replace(CSI_8BIT, '');
  if (caret) out = out.replace(CARET_ESCAPE, '');
  return out;
}

/**
 * Shows control characters other than tab, LF and CR (NUL bytes from binary garbage, BEL,
 * backspaces, C1 controls) and bidirectional overrides as U+FFFD, keeping offsets. Meant for the few lines that are displayed:
 * finding them costs a scan of the whole text, too slow to spend on every line of a log.
 */
export function maskControlCharacters(text: string): string {
  return CONTROLS.test(text) ? text.replace(CONTROLS_ALL, '\uFFFD') : text;
}
