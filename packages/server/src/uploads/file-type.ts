import type { UploadType } from '@antt/shared';

// What a file is, from its first bytes ("magic numbers"), never from its name or the type the
// browser declared: both are guesses from the file name, and a name is free to lie.

const startsWith = (bytes: Buffer, magic: readonly number[], at = 0) =>
  bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b);

const ascii = (bytes: Buffer, from: number, to: number) =>
  bytes.length >= to ? bytes.toString('latin1', from, to) : '';

const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** ISO base media file brands (ISO/IEC 14496-12 `ftyp`), as registered at mp4ra.org. */
const VIDEO_BRANDS = new Set([
  'isom',
  'iso2',
  'iso3',
  'iso4',
  'iso5',
  'iso6',
  'mp41',
  'mp42',
  'avc1',
  'M4V ',
  'M4VH',
  'M4VP',
  'mmp4',
  'MSNV',
  'dash',
]);
const AUDIO_BRANDS = new Set(['M4A ', 'M4B ']);
const QUICKTIME_BRANDS = new Set(['qt  ']);
/** HEIF/HEIC/AVIF still images: same container, but not a format accepted here. */
const HEIF_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis']);

/** The ftyp brands, major first, or null when the file does not start with an ftyp box. */
function ftypBrands(bytes: Buffer): string[] | null {
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return null;
  const size = bytes.readUInt32BE(0);
  if (size < 16 || size > bytes.length) return null;
  const brands = [ascii(bytes, 8, 12)];
  // Compatible brands follow the 4-byte minor version.
  for (let at = 16; at + 4 <= size; at += 4) brands.push(ascii(bytes, at, at + 4));
  return brands;
}

function mediaTypeOf(brands: string[]): UploadType | null {
  const [major] = brands;
  if (major && HEIF_BRANDS.has(major)) return null;
  if (major && AUDIO_BRANDS.has(major)) return 'audio/mp4';
  if (major && QUICKTIME_BRANDS.has(major)) return 'video/quicktime';
  if (brands.some((b) => HEIF_BRANDS.has(b))) return null;
  if (brands.some((b) => VIDEO_BRANDS.has(b))) return 'video/mp4';
  return null;
}

/** The accepted type the bytes are, or null when they are none of them. */
export function sniffFileType(bytes: Buffer): UploadType | null {
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, PNG)) return 'image/png';
  // ISO 32000-1 section 7.5.2: the header is the first line. Readers tolerate junk before it;
  // we do not, so a file that is "also" something else is not taken for a PDF.
  if (ascii(bytes, 0, 5) === '%PDF-') return 'application/pdf';
  const brands = ftypBrands(bytes);
  return brands ? mediaTypeOf(brands) : null;
}

/** What a refused file is, in words for the citizen (Vietnamese, English). */
export type ContentDescription = {
  /** Programs and anything that can run code (installers, scripts, web pages) are `executable`. */
  kind: 'executable' | 'archive' | 'heif';
  vi: string;
  en: string;
};

const described = (kind: ContentDescription['kind'], vi: string, en: string): ContentDescription => ({
  kind,
  vi,
  en,
});

/**
 * Names the content of a file that is not accepted, when it is something recognisable —
 * above all a program, whatever its name says. Null when the bytes mean nothing known.
 */
export function describeRefusedContent(bytes: Buffer): ContentDescription | null {
  if (ascii(bytes, 0, 2) === 'MZ')
    return described('executable', 'tệp thực thi Windows', 'a Windows program');
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) {
    return described('executable', 'tệp thực thi Linux/Android', 'a Linux/Android program');
  }
  for (const magic of [
    [0xfe, 0xed, 0xfa, 0xce],
    [0xfe, 0xed, 0xfa, 0xcf],
    [0xce, 0xfa, 0xed, 0xfe],
    [0xcf, 0xfa, 0xed, 0xfe],
    [0xca, 0xfe, 0xba, 0xbe],
  ]) {
    if (startsWith(bytes, magic))
      return described('executable', 'tệp thực thi macOS/iOS hoặc Java', 'a macOS/iOS or Java program');
  }
  if (ascii(bytes, 0, 4) === 'dex\n')
    return described('executable', 'tệp thực thi Android', 'an Android program');
  if (ascii(bytes, 0, 2) === '#!') return described('executable', 'tệp thực thi (script)', 'a script');
  if (startsWith(bytes, [0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00])) {
    return described('executable', 'lối tắt Windows', 'a Windows shortcut');
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return described(
      'executable',
      'tệp nén ZIP (có thể là gói cài đặt APK/JAR hoặc tệp Office)',
      'a ZIP archive (possibly an APK/JAR installer or an Office file)',
    );
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return described(
      'executable',
      'tệp cài đặt MSI hoặc tệp Office cũ',
      'an MSI installer or an old Office file',
    );
  }
  if (
    ascii(bytes, 0, 4) === 'Rar!' ||
    startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]) ||
    startsWith(bytes, [0x1f, 0x8b])
  ) {
    return described('archive', 'tệp nén', 'a compressed archive');
  }
  const brands = ftypBrands(bytes);
  if (brands?.some((b) => HEIF_BRANDS.has(b))) return described('heif', 'ảnh HEIC/HEIF', 'a HEIC/HEIF photo');
  const head = bytes.toString('latin1', 0, Math.min(bytes.length, 256)).trimStart().toLowerCase();
  if (/^<(\?xml|svg|!doctype|html|script)/.test(head)) {
    return described(
      'executable',
      'trang web hoặc ảnh SVG (có thể chứa mã lệnh)',
      'a web page or SVG image (may carry scripts)',
    );
  }
  return null;
}
