// Shared lookups travel in the URL fragment (never sent to a server), compressed with the
// platform's CompressionStream (browsers and Node alike) and written in base64url.

/** The URL fragment key holding a shared log: `#log=…`. */
export const SHARE_FRAGMENT_KEY = 'log';

/** Longest fragment value decoded; anything longer is not a link Sapjil made. */
const MAX_ENCODED = 64_000;

async function pump(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const response = new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream));
  return new Uint8Array(await response.arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Compresses text into a URL-safe string for `#log=`. */
export async function encodeSharedLog(text: string): Promise<string> {
  return toBase64Url(await pump(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
}

/** Reads text back from `encodeSharedLog`'s output; junk gives an empty string, never an exception. */
export async function decodeSharedLog(encoded: unknown): Promise<string> {
  if (typeof encoded !== 'string' || encoded === '' || encoded.length > MAX_ENCODED || /[^A-Za-z0-9_-]/.test(encoded)) return '';
  try {
    const bytes = await pump(fromBase64Url(encoded), new DecompressionStream('deflate-raw'));
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch {
    return '';
  }
}
