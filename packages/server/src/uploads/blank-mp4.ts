import { MediaFormatError } from './media-format-error.ts';

// Blanks the metadata of an MP4/MOV/M4A file (ISO/IEC 14496-12 boxes, Apple QuickTime atoms).
// Phones write the recording place there: Android in moov/udta/©xyz, iPhone in moov/udta and
// moov/meta (com.apple.quicktime.location.ISO6709), with the device make and model beside it;
// XMP sits in uuid boxes. Each `udta`, `meta` and `uuid` box at the top level, in `moov` and
// in each `trak` becomes a `free` box of the same size filled with zeros: players skip `free`,
// and since no byte moves, the sample offsets (stco/co64) stay right without being rewritten.
// Not covered: metadata carried as a timed track (GPS tracks of action cameras and drones).

const BLANKED = new Set(['udta', 'meta', 'uuid']);
const CONTAINERS = new Set(['moov', 'trak']);
const MAX_DEPTH = 2;

const damaged = (vi: string, en: string) =>
  new MediaFormatError(`tệp video/âm thanh bị hỏng: ${vi}`, `damaged video/audio file: ${en}`);

function walk(out: Buffer, from: number, to: number, depth: number): void {
  let pos = from;
  while (pos < to) {
    if (pos + 8 > to) throw damaged('hộp dữ liệu bị cắt', 'truncated box');
    let size = out.readUInt32BE(pos);
    const type = out.toString('latin1', pos + 4, pos + 8);
    let header = 8;
    if (size === 1) {
      if (pos + 16 > to) throw damaged('hộp dữ liệu bị cắt', 'truncated box');
      const large = out.readBigUInt64BE(pos + 8);
      if (large > BigInt(to - pos)) throw damaged('kích thước hộp sai', 'bad box size');
      size = Number(large);
      header = 16;
    } else if (size === 0) {
      // "Extends to the end of the file" (or of its container).
      size = to - pos;
    }
    if (size < header || pos + size > to) throw damaged('kích thước hộp sai', 'bad box size');
    if (BLANKED.has(type)) {
      out.write('free', pos + 4, 'latin1');
      out.fill(0, pos + header, pos + size);
    } else if (CONTAINERS.has(type) && depth < MAX_DEPTH) {
      walk(out, pos + header, pos + size, depth + 1);
    }
    pos += size;
  }
}

/** A copy of `bytes` with the metadata boxes blanked; same length, same media data. */
export function blankMp4Metadata(bytes: Buffer): Buffer {
  if (bytes.length < 8 || bytes.toString('latin1', 4, 8) !== 'ftyp')
    throw damaged('không có hộp ftyp', 'no ftyp box');
  const out = Buffer.from(bytes);
  walk(out, 0, out.length, 0);
  return out;
}
