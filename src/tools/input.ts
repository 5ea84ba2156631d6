/**
 * Reading what the tools are given: a local file, `-` for standard input, or an http(s) URL.
 * Every read is capped in size and, for URLs, in time, so no input can make a tool hang or fill
 * memory; text is UTF-8, with a byte-order mark dropped and CRLF line ends read as LF.
 */
import { open, stat } from 'node:fs/promises';
import { InputError } from './problems.js';

/** The largest data file read: the largest any widget loads (a timeline of 50,000 events). */
export const MAX_DATA_BYTES = 16 * 1024 * 1024;
/** The largest Markdown or YAML file a compile reads: a profile in nine languages fits many times over. */
export const MAX_CONTENT_FILE_BYTES = 2 * 1024 * 1024;
/** How long a URL may take to answer in full. */
export const DEFAULT_TIMEOUT_MS = 20_000;

export interface ReadOptions {
  maxBytes?: number;
  timeoutMs?: number;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function tooLarge(size: number | undefined, maxBytes: number): InputError {
  if (size === undefined) return new InputError(`is too large: the limit is ${megabytes(maxBytes)}, this is more than that`);
  // Just over the limit, megabytes would read "2.0 MB, this is 2.0 MB": say it in bytes.
  const [limit, found] = megabytes(size) === megabytes(maxBytes) ? [`${maxBytes} bytes`, `${size} bytes`] : [megabytes(maxBytes), megabytes(size)];
  return new InputError(`is too large: the limit is ${limit}, this is ${found}`);
}

/** True for an address with a scheme (`https://…`); anything else is a path. */
export function isUrl(source: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(source);
}

/** Decodes UTF-8 (refusing anything else), drops a byte-order mark, and reads CRLF or CR line ends as LF. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError('is not UTF-8 text: save it as UTF-8 (in most editors: "Save with encoding")');
  }
  return text.replace(/\r\n?/g, '\n');
}

/** Reads a stream to its end, refusing more than `maxBytes`. */
async function readCapped(chunks: AsyncIterable<Uint8Array>, maxBytes: number, size?: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > maxBytes) throw tooLarge(size, maxBytes);
    parts.push(chunk);
  }
  return Buffer.concat(parts, total);
}

async function readLocalFile(path: string, maxBytes: number): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError('no such file');
    if (code === 'EACCES' || code === 'EPERM') throw new InputError('cannot be read: permission denied');
    throw new InputError(`cannot be read (${code ?? 'unknown error'})`);
  }
  if (info.isDirectory()) throw new InputError('is a folder, not a file');
  // A pipe or device could be endless: only regular files are read by name.
  if (!info.isFile()) throw new InputError('is not a regular file');
  if (info.size > maxBytes) throw tooLarge(info.size, maxBytes);
  const handle = await open(path, 'r');
  try {
    return await readCapped(handle.createReadStream(), maxBytes, info.size);
  } finally {
    await handle.close();
  }
}

async function readStandardInput(maxBytes: number): Promise<Uint8Array> {
  if (process.stdin.isTTY) throw new InputError('nothing on standard input: pipe a file in (… < file.json), or name the file');
  return readCapped(process.stdin, maxBytes);
}

async function fetchBytes(address: string, maxBytes: number, timeoutMs: number): Promise<Uint8Array> {
  const seconds = `${Math.round(timeoutMs / 100) / 10} s`;
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    // fetch follows redirects only to http(s); the final address is checked again below.
    const response = await fetch(address, { signal, redirect: 'follow', headers: { accept: 'application/json, text/csv;q=0.9, */*;q=0.1' } });
    if (!/^https?:$/.test(new URL(response.url || address).protocol)) throw new InputError('was redirected to an address that is not http(s)');
    if (!response.ok) throw new InputError(`could not be fetched: the server answered ${response.status} ${response.statusText}`.trim());
    const length = Number(response.headers.get('content-length'));
    if (Number.isFinite(length) && length > maxBytes) {
      await response.body?.cancel();
      throw tooLarge(length, maxBytes);
    }
    if (!response.body) return new Uint8Array();
    return await readCapped(response.body, maxBytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (signal.aborted) throw new InputError(`did not answer in full within ${seconds}`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new InputError(`could not be fetched: ${cause?.code ?? cause?.message ?? (error as Error).message}`);
  }
}

/** The text of a file, of standard input (`-`), or of an http(s) URL. */
export async function readSource(source: string, options: ReadOptions = {}): Promise<string> {
  const maxBytes = options.maxBytes ?? MAX_DATA_BYTES;
  if (source === '-') return decodeText(await readStandardInput(maxBytes));
  if (isUrl(source)) {
    if (!/^https?:/i.test(source)) throw new InputError('only http and https addresses can be read');
    return decodeText(await fetchBytes(source, maxBytes, options.timeoutMs ?? DEFAULT_TIMEOUT_MS));
  }
  return decodeText(await readLocalFile(source, maxBytes));
}
