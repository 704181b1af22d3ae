import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizeLog } from '../../../src/lib/lookup/normalize-log.ts';

const DENIED = 'denied: permission_denied: write_package';

describe('normalizeLog', () => {
  test('keeps one line per original line, so CRLF logs keep their line numbers', () => {
    const log = normalizeLog('Run docker push\r\n\r\n#13 ERROR: failed to push\r\n');
    assert.deepEqual(log.lines, ['Run docker push', '', '#13 ERROR: failed to push']);
    assert.equal(log.firstLine, 1);
    assert.equal(log.lineCount, 3);
  });

  test('keeps only what a terminal shows of a CR-overwritten progress line', () => {
    const log = normalizeLog('abc123: Pushing [=>   ] 1MB/20MB\rabc123: Pushing [====>] 20MB/20MB\r\n' + DENIED);
    assert.deepEqual(log.lines, ['abc123: Pushing [====>] 20MB/20MB', DENIED]);
  });

  test('reads a paste with old Mac CR line ends as separate lines', () => {
    assert.deepEqual(normalizeLog('one\rtwo\rthree').lines, ['one', 'two', 'three']);
  });

  test('strips ANSI colour codes and their caret form', () => {
    const log = normalizeLog('\u001b[36;1mdocker push ghcr.io/acme/app\u001b[0m\n^[[31;1m' + DENIED + '^[[0m\n\u001b[2K\u001b[1Gdone');
    assert.deepEqual(log.lines, ['docker push ghcr.io/acme/app', DENIED, 'done']);
  });

  test('drops GitHub Actions timestamps and records ##[error], ##[group] and ##[endgroup] as markers', () => {
    const log = normalizeLog(
      [
        '2024-05-01T12:34:56.1234567Z ##[group]Run docker/build-push-action@v5',
        '2024-05-01T12:34:56.2234567Z ##[endgroup]',
        '2024-05-01T12:35:10.0000000Z ##[error]buildx failed with: ERROR: ' + DENIED,
        '2024-05-01T12:35:10.1000000Z ##[warning]Node.js 16 actions are deprecated.',
      ].join('\n'),
    );
    assert.deepEqual(log.lines, [
      'Run docker/build-push-action@v5',
      '',
      'buildx failed with: ERROR: ' + DENIED,
      'Node.js 16 actions are deprecated.',
    ]);
    assert.deepEqual(log.markers, ['group', 'endgroup', 'error', 'warning']);
  });

  test('reads ::error:: workflow commands, with or without properties, as error markers', () => {
    const log = normalizeLog('::error file=src/app.ts,line=10,col=5::Type error in app\n::warning::Deprecated input\n::error::' + DENIED);
    assert.deepEqual(log.lines, ['Type error in app', 'Deprecated input', DENIED]);
    assert.deepEqual(log.markers, ['error', 'warning', 'error']);
  });

  test('never keeps the value of an ::add-mask:: command', () => {
    const log = normalizeLog('::add-mask::hunter2-super-secret\nnext');
    assert.deepEqual(log.lines, ['', 'next']);
    assert.equal(log.markers[0], 'mask');
  });

  test('splits `gh run view --log` job, step and timestamp columns off and keeps the step', () => {
    const log = normalizeLog(
      'build\tBuild and push\t\uFEFF2024-05-01T12:34:56.1234567Z #13 pushing layers\n' +
        'build\tBuild and push\t2024-05-01T12:34:57.1234567Z ##[error]buildx failed with: ERROR: ' + DENIED,
    );
    assert.deepEqual(log.lines, ['#13 pushing layers', 'buildx failed with: ERROR: ' + DENIED]);
    assert.deepEqual(log.steps, ['Build and push', 'Build and push']);
    assert.equal(log.markers[1], 'error');
  });

  test('drops GitLab section_start/section_end markers and keeps them as the line marker', () => {
    const log = normalizeLog(
      '\u001b[0Ksection_start:1700000000:step_script\r\u001b[0K\u001b[0K\u001b[36;1mExecuting "step_script" stage of the job script\u001b[0;m\n' +
        '$ docker push registry.example.com/acme/app\n' +
        '\u001b[0Ksection_end:1700000001:step_script\r\u001b[0K',
    );
    assert.deepEqual(log.lines, ['Executing "step_script" stage of the job script', '$ docker push registry.example.com/acme/app', '']);
    assert.deepEqual(log.markers, ['section-start', undefined, 'section-end']);
  });

  test('drops Jenkins [Pipeline] prefixes and Timestamper brackets', () => {
    const log = normalizeLog('[Pipeline] sh\n[2024-05-01T12:34:56.789Z] + docker push acme/app\n[2024-05-01T12:34:58.001Z] denied: requested access to the resource is denied');
    assert.deepEqual(log.lines, ['sh', '+ docker push acme/app', 'denied: requested access to the resource is denied']);
    assert.equal(log.markers[0], 'command');
  });

  test('removes markdown quote markers and code fences but keeps the line count', () => {
    const log = normalizeLog('> ```\n> #12 ERROR: denied: installation not allowed to Write organization package\n> ```');
    assert.deepEqual(log.lines, ['', '#12 ERROR: denied: installation not allowed to Write organization package', '']);
  });

  test('removes line numbers glued on by GitHub’s web log viewer', () => {
    const log = normalizeLog('41Run docker/build-push-action@v5\n42#13 pushing layers\n43\n44ERROR: failed to push');
    assert.deepEqual(log.lines, ['Run docker/build-push-action@v5', '#13 pushing layers', '', 'ERROR: failed to push']);
  });

  test('removes a lone glued line number only when the log’s own words follow it', () => {
    assert.deepEqual(normalizeLog('12Error: ' + DENIED).lines, ['Error: ' + DENIED]);
    assert.deepEqual(normalizeLog('12\tError: ' + DENIED).lines, ['Error: ' + DENIED]);
    assert.deepEqual(normalizeLog('3rd-party registry refused the push').lines, ['3rd-party registry refused the push']);
  });

  test('never eats real digits such as an HTTP status', () => {
    const log = normalizeLog('403 Forbidden - PUT https://npm.pkg.github.com/@acme%2fweb\n404 Not Found');
    assert.deepEqual(log.lines, ['403 Forbidden - PUT https://npm.pkg.github.com/@acme%2fweb', '404 Not Found']);
  });

  test('keeps prose around a pasted error intact', () => {
    const text = 'I get this error: denied: requested access to the resource is denied when pushing to Docker Hub';
    assert.deepEqual(normalizeLog(text).lines, [text]);
  });

  test('gives an empty log for anything that is not a string', () => {
    for (const junk of [undefined, null, 42, {}, [], Symbol('x'), () => 'log']) {
      const log = normalizeLog(junk);
      assert.deepEqual(log.lines, []);
      assert.equal(log.lineCount, 0);
    }
  });

  test('leaves NUL bytes and other control characters for the display step, one line per line', () => {
    assert.deepEqual(normalizeLog('de\u0000nied\u0007\nok\u000b').lines, ['de\u0000nied\u0007', 'ok\u000b']);
  });

  test('examines only the head of an over-long line and says so', () => {
    const log = normalizeLog('x'.repeat(10_000) + '\nshort', { maxLineLength: 100 });
    assert.equal(log.lines[0]?.length, 100);
    assert.equal(log.lines[1], 'short');
    assert.equal(log.truncated, true);
  });

  test('examines only the tail of an over-large log, flags it and keeps original line numbers', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `line ${i + 1}`).join('\n');
    const log = normalizeLog(text, { maxChars: 100 });
    assert.equal(log.tooLarge, true);
    assert.equal(log.lineCount, 1000);
    assert.equal(log.lines.at(-1), 'line 1000');
    assert.equal(log.lines[0], `line ${log.firstLine}`);
  });

  test('examines only the last lines when a log has too many, keeping their numbers', () => {
    const text = Array.from({ length: 50 }, (_, i) => `line ${i + 1}`).join('\n');
    const log = normalizeLog(text, { maxLines: 10 });
    assert.equal(log.tooLarge, true);
    assert.equal(log.firstLine, 41);
    assert.equal(log.lines[0], 'line 41');
  });
});
