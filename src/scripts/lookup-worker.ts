// The lookup runs here, off the main thread, so a 5 MB paste never freezes the page. The
// engine and the records load with this worker, only on pages that have the lookup.
import records from 'virtual:sapjil/error-records';
import { compileRecords } from '../lib/lookup/compile-records.ts';
import { fillFixLinks } from '../lib/lookup/fix-links.ts';
import { lookupLog } from '../lib/lookup/lookup.ts';
import { decodeSharedLog, encodeSharedLog } from '../lib/lookup/share-codec.ts';
import { shareableText } from '../lib/lookup/share-text.ts';
import type { LookupResult } from '../lib/lookup/types.ts';
import type { LookupRequest, LookupResponse, MatchExtras } from './lookup-protocol.ts';

const index = compileRecords(records);
const byId = new Map(records.map((r) => [r.id, r]));
let last: { text: string; result: LookupResult } | undefined;

const reply = (message: LookupResponse) => postMessage(message);

addEventListener('message', async (event: MessageEvent<LookupRequest>) => {
  const request = event.data;
  if (request.kind === 'lookup') {
    const started = performance.now();
    const result = lookupLog(index, request.text);
    const extras: Record<string, MatchExtras> = {};
    for (const match of result.matches) {
      const record = byId.get(match.id);
      if (record) extras[match.id] = { message: record.message, links: fillFixLinks(record.links, match.captures, request.lang) };
    }
    last = { text: request.text, result };
    reply({ kind: 'lookup', seq: request.seq, result, extras, ms: performance.now() - started });
  } else if (request.kind === 'share') {
    const result = last?.text === request.text ? last.result : lookupLog(index, request.text);
    reply({ kind: 'share', seq: request.seq, encoded: await encodeSharedLog(shareableText(request.text, result)) });
  } else if (request.kind === 'open') {
    reply({ kind: 'open', seq: request.seq, text: await decodeSharedLog(request.encoded) });
  }
});
