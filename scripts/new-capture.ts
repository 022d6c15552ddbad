/**
 * `npm run new -- article <outlet> <slug> <capture file>`: the capture goes
 * into `content/captures/` byte for byte, under its own name when it already
 * has the archive's form (`NNN_<16 hex digits>.txt`), otherwise under the next
 * number and the first 16 hex digits of its SHA-256. The article records the
 * name (`seed`) and the SHA-256 (`captureSha256`).
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CAPTURES_FOLDER, sha256 } from '../src/lib/content/captures.ts';

/** The form of a capture file's name. */
const CAPTURE_NAME = /^(\d{3})_[0-9a-f]{16}\.txt$/;

/** A capture the maintainer named that cannot be used, with what to do. */
export class CaptureError extends Error {}

/** Copies a capture file into the content's captures folder; returns its name there and its SHA-256. */
export function addCapture(contentDir: string, source: string): { name: string; sha256: string } {
  if (!existsSync(source)) throw new CaptureError(`There is no capture file ${source}. Give the path of the captured text (a .txt file).`);
  const bytes = readFileSync(source);
  const hash = sha256(bytes);
  const dir = join(contentDir, CAPTURES_FOLDER);
  mkdirSync(dir, { recursive: true });
  const name = CAPTURE_NAME.test(basename(source)) ? basename(source) : `${nextNumber(dir)}_${hash.slice(0, 16)}.txt`;
  const target = join(dir, name);
  if (existsSync(target)) {
    if (sha256(readFileSync(target)) === hash) return { name, sha256: hash };
    throw new CaptureError(`${target} already exists with other content: captures are never replaced. Rename the new capture.`);
  }
  copyFileSync(source, target);
  return { name, sha256: hash };
}

/** The next free capture number, three digits. */
function nextNumber(dir: string): string {
  const used = readdirSync(dir)
    .map((n) => CAPTURE_NAME.exec(n)?.[1])
    .filter((n): n is string => n !== undefined)
    .map(Number);
  return String(used.length === 0 ? 0 : Math.max(...used) + 1).padStart(3, '0');
}
