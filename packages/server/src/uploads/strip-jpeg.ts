import { MediaFormatError } from './media-format-error.ts';
import { minimalExif } from './minimal-exif.ts';

// Removes what a JPEG says about its author and place, keeping the picture bit for bit.
// A JPEG (ITU-T T.81 annex B) is a run of marker segments up to the image data. We keep what a
// decoder needs to draw the picture — tables, frame and scan headers, entropy-coded data — and
// of the application segments only:
//   APP0 "JFIF" (pixel density), APP2 "ICC_PROFILE" (colours), APP14 "Adobe" (colour transform);
//   APP1 "Exif" rebuilt to hold at most Orientation and, if the citizen keeps it, GPS
//   (minimal-exif.ts).
// Dropped: the rest of Exif (camera, serial number, owner, time, thumbnail), XMP (APP1),
// IPTC/Photoshop (APP13), maker and vendor segments (APP3–APP12, APP15), JFXX thumbnails,
// comments (COM), and anything after the end-of-image marker (phones append depth maps and
// vendor trailers there).

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const COM = 0xfe;
const APP0 = 0xe0;
const APP1 = 0xe1;
const APP2 = 0xe2;
const APP14 = 0xee;
const APP15 = 0xef;

const damaged = (vi: string, en: string) =>
  new MediaFormatError(`ảnh JPEG bị hỏng: ${vi}`, `damaged JPEG: ${en}`);

const hasPrefix = (segment: Buffer, prefix: string) =>
  segment.length >= 4 + prefix.length && segment.toString('latin1', 4, 4 + prefix.length) === prefix;

const EXIF_HEADER = 'Exif\0\0';

/** A segment kept as it is, rebuilt, or dropped (null). */
function keptSegment(
  marker: number,
  segment: Buffer,
  keepLocation: boolean,
  exifSeen: boolean,
): Buffer | null {
  if (marker === COM) return null;
  if (marker < APP0 || marker > APP15) return segment;
  if (marker === APP0) return hasPrefix(segment, 'JFIF\0') ? segment : null;
  if (marker === APP2) return hasPrefix(segment, 'ICC_PROFILE\0') ? segment : null;
  if (marker === APP14) return hasPrefix(segment, 'Adobe') ? segment : null;
  if (marker === APP1 && !exifSeen && hasPrefix(segment, EXIF_HEADER)) {
    const tiff = minimalExif(segment.subarray(4 + EXIF_HEADER.length), keepLocation);
    if (!tiff) return null;
    const rebuilt = Buffer.alloc(4 + EXIF_HEADER.length + tiff.length);
    rebuilt[0] = 0xff;
    rebuilt[1] = APP1;
    rebuilt.writeUInt16BE(rebuilt.length - 2, 2);
    rebuilt.write(EXIF_HEADER, 4, 'latin1');
    tiff.copy(rebuilt, 4 + EXIF_HEADER.length);
    return rebuilt;
  }
  return null;
}

/** End of the entropy-coded data starting at `from`: the offset of the next real marker. */
function endOfScan(bytes: Buffer, from: number): number {
  let i = from;
  for (;;) {
    i = bytes.indexOf(0xff, i);
    if (i < 0 || i + 1 >= bytes.length) throw damaged('thiếu phần cuối', 'truncated');
    const next = bytes[i + 1]!;
    // 0xFF00 is a stuffed data byte, 0xFFD0–D7 restart markers; both belong to the scan.
    // 0xFFFF is a fill byte before a marker: look again from the second 0xFF.
    if (next === 0x00 || (next >= 0xd0 && next <= 0xd7)) i += 2;
    else if (next === 0xff) i += 1;
    else return i;
  }
}

export function stripJpegMetadata(bytes: Buffer, options: { keepLocation: boolean }): Buffer {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== SOI)
    throw damaged('không có SOI', 'no SOI marker');
  const parts: Buffer[] = [bytes.subarray(0, 2)];
  let pos = 2;
  let exifSeen = false;
  let scans = 0;
  for (;;) {
    if (pos >= bytes.length || bytes[pos] !== 0xff)
      throw damaged('sai cấu trúc đoạn', 'bad segment structure');
    // Any number of 0xFF fill bytes may precede a marker (T.81 B.1.1.2); they are not kept.
    while (pos < bytes.length && bytes[pos] === 0xff) pos++;
    if (pos >= bytes.length) throw damaged('thiếu phần cuối', 'truncated');
    const marker = bytes[pos]!;
    const start = pos - 1;
    pos++;
    if (marker === EOI) {
      if (scans === 0) throw damaged('không có dữ liệu ảnh', 'no image data');
      parts.push(bytes.subarray(start, pos));
      return Buffer.concat(parts);
    }
    if (marker === 0x00 || marker === SOI) throw damaged('sai cấu trúc đoạn', 'bad segment structure');
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      // Stand-alone markers (RSTn, TEM): no length field.
      parts.push(bytes.subarray(start, pos));
      continue;
    }
    if (pos + 2 > bytes.length) throw damaged('thiếu phần cuối', 'truncated');
    const length = bytes.readUInt16BE(pos);
    if (length < 2 || pos + length > bytes.length) throw damaged('độ dài đoạn sai', 'bad segment length');
    pos += length;
    const kept = keptSegment(marker, bytes.subarray(start, pos), options.keepLocation, exifSeen);
    if (marker === APP1 && hasPrefix(bytes.subarray(start, pos), EXIF_HEADER)) exifSeen = true;
    if (kept) parts.push(kept);
    if (marker === SOS) {
      scans += 1;
      const end = endOfScan(bytes, pos);
      parts.push(bytes.subarray(pos, end));
      pos = end;
    }
  }
}
