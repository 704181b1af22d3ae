// Reads a file or stream keeping only its last `maxBytes`, while counting the lines it skips,
// so memory stays bounded for any input and line numbers still match the original.
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

/** The examined tail of an input and where it starts. */
export interface Tail {
  text: string;
  /** Lines before the tail (add to the tail's 1-based line numbers). */
  skippedLines: number;
  /** Bytes before the tail. */
  skippedBytes: number;
}

/** Collects the last `maxBytes` of a stream, cut at a line start. */
export async function readTail(stream: Readable, maxBytes: number): Promise<Tail> {
  const chunks: Buffer[] = [];
  let held = 0;
  let skippedBytes = 0;
  let skippedLines = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(buffer);
    held += buffer.length;
    while (held - (chunks[0]?.length ?? 0) >= maxBytes && chunks.length > 1) {
      const dropped = chunks.shift()!;
      held -= dropped.length;
      skippedBytes += dropped.length;
      skippedLines += countNewlines(dropped);
    }
  }
  let buffer = Buffer.concat(chunks);
  if (buffer.length > maxBytes) {
    const cut = buffer.length - maxBytes;
    skippedBytes += cut;
    skippedLines += countNewlines(buffer.subarray(0, cut));
    buffer = buffer.subarray(cut);
  }
  if (skippedBytes > 0) {
    // Start at a whole line: the partial first line belongs to the skipped part.
    const newline = buffer.indexOf(0x0a);
    if (newline >= 0) {
      skippedBytes += newline + 1;
      skippedLines += 1;
      buffer = buffer.subarray(newline + 1);
    }
  }
  return { text: buffer.toString('utf8'), skippedLines, skippedBytes };
}

function countNewlines(buffer: Buffer): number {
  let count = 0;
  for (let at = buffer.indexOf(0x0a); at !== -1; at = buffer.indexOf(0x0a, at + 1)) count++;
  return count;
}

/** `readTail` of a file. */
export function readFileTail(path: string, maxBytes: number): Promise<Tail> {
  return readTail(createReadStream(path), maxBytes);
}
