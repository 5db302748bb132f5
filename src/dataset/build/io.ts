// File access for the dataset build: plain or gzip-compressed source files, CSV with line numbers, tar archives.
import { readFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

/** Reads `path`, or `path + '.gz'` when only the compressed copy exists (big source files are stored gzipped). */
export function readSourceText(path: string): string {
  return readSourceBytes(path).toString('utf8');
}

export function readSourceBytes(path: string): Buffer {
  if (existsSync(path)) {
    const raw = readFileSync(path);
    return path.endsWith('.gz') ? gunzipSync(raw) : raw;
  }
  if (existsSync(path + '.gz')) return gunzipSync(readFileSync(path + '.gz'));
  throw new Error(`source file missing: ${path} (nor ${path}.gz)`);
}

export function sourceExists(path: string): boolean {
  return existsSync(path) || existsSync(path + '.gz');
}

export interface CsvRow {
  /** 1-based line number where the record starts in the file. */
  line: number;
  values: Record<string, string>;
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. With `header: false`, columns are named 0, 1, 2... */
export function parseCsv(text: string, opts: { header?: boolean } = {}): CsvRow[] {
  const records: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let fieldStarted = false;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field.trim() === '') {
      inQuotes = true;
      field = '';
      fieldStarted = true;
    } else if (c === ',') {
      fields.push(field);
      field = '';
      fieldStarted = true;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      if (fieldStarted || field !== '' || fields.length > 0) {
        fields.push(field);
        records.push({ line: recordLine, fields });
      }
      fields = [];
      field = '';
      fieldStarted = false;
      line++;
      recordLine = line;
    } else {
      field += c;
      fieldStarted = true;
    }
  }
  if (fieldStarted || field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  if (opts.header === false) {
    return records.map((r) => ({ line: r.line, values: Object.fromEntries(r.fields.map((v, i) => [String(i), v])) }));
  }
  const [head, ...rest] = records;
  if (!head) return [];
  const names = head.fields.map((h) => h.trim());
  return rest.map((r) => ({ line: r.line, values: Object.fromEntries(names.map((n, i) => [n, r.fields[i] ?? ''])) }));
}

/** The files of a (ustar) tar archive, by path. Enough for the archives this project stores itself. */
export function readTar(bytes: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let offset = 0;
  while (offset + 512 <= bytes.length) {
    const header = bytes.subarray(offset, offset + 512);
    if (header.every((b) => b === 0)) break;
    const name = cString(header.subarray(0, 100));
    const prefix = cString(header.subarray(345, 500));
    const size = parseInt(cString(header.subarray(124, 136)).trim() || '0', 8);
    const type = String.fromCharCode(header[156] || 48);
    const path = prefix ? `${prefix}/${name}` : name;
    const start = offset + 512;
    if (type === '0' || type === '\0') files.set(path, bytes.subarray(start, start + size));
    offset = start + Math.ceil(size / 512) * 512;
  }
  return files;
}

function cString(b: Buffer): string {
  const end = b.indexOf(0);
  return b.subarray(0, end === -1 ? b.length : end).toString('utf8');
}
