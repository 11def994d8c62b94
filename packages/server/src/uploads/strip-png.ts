import { crc32 } from 'node:zlib';
import { MediaFormatError } from './media-format-error.ts';
import { minimalExif } from './minimal-exif.ts';

// Removes what a PNG says about its author, place and time (PNG specification, 3rd edition,
// section 11). Kept: every critical chunk (IHDR, PLTE, IDAT, IEND — the picture) and the
// ancillary chunks that change how it looks (transparency, colour space, gamma, density,
// animation). Dropped: text (tEXt, zTXt, iTXt — author, software, comments, often XMP), time
// (tIME), and every other ancillary or private chunk (e.g. C2PA content credentials, which can
// name the author). eXIf is rebuilt to hold at most Orientation and, if the citizen keeps it,
// GPS. Kept chunks are copied whole, so their CRCs stay valid; anything after IEND is dropped.

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const DISPLAY_CHUNKS = new Set([
  'tRNS',
  'cHRM',
  'gAMA',
  'iCCP',
  'sBIT',
  'sRGB',
  'cICP',
  'mDCV',
  'cLLI',
  'bKGD',
  'pHYs',
  'acTL',
  'fcTL',
  'fdAT',
]);

const damaged = (vi: string, en: string) =>
  new MediaFormatError(`ảnh PNG bị hỏng: ${vi}`, `damaged PNG: ${en}`);

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export function stripPngMetadata(bytes: Buffer, options: { keepLocation: boolean }): Buffer {
  if (bytes.length < SIGNATURE.length || !bytes.subarray(0, 8).equals(SIGNATURE)) {
    throw damaged('sai chữ ký tệp', 'bad signature');
  }
  const parts: Buffer[] = [SIGNATURE];
  let pos = 8;
  let exifSeen = false;
  for (let index = 0; ; index++) {
    if (pos + 12 > bytes.length) throw damaged('thiếu phần cuối', 'truncated');
    const length = bytes.readUInt32BE(pos);
    const type = bytes.toString('latin1', pos + 4, pos + 8);
    if (length > 0x7fffffff || pos + 12 + length > bytes.length)
      throw damaged('độ dài đoạn sai', 'bad chunk length');
    if (!/^[A-Za-z]{4}$/.test(type)) throw damaged('tên đoạn sai', 'bad chunk type');
    if (index === 0 && type !== 'IHDR') throw damaged('không bắt đầu bằng IHDR', 'does not start with IHDR');
    const whole = bytes.subarray(pos, pos + 12 + length);
    if (crc32(whole.subarray(4, 8 + length)) !== whole.readUInt32BE(8 + length)) {
      throw damaged(`sai mã kiểm tra đoạn ${type}`, `bad CRC in ${type}`);
    }
    pos += 12 + length;
    // Bit 5 of the first letter: upper case is critical (section 5.4).
    const critical = type.charCodeAt(0) < 0x61;
    if (critical || DISPLAY_CHUNKS.has(type)) {
      parts.push(whole);
    } else if (type === 'eXIf' && !exifSeen) {
      exifSeen = true;
      const tiff = minimalExif(whole.subarray(8, 8 + length), options.keepLocation);
      if (tiff) parts.push(chunk('eXIf', tiff));
    }
    if (type === 'IEND') return Buffer.concat(parts);
  }
}
