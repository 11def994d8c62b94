import { crc32, deflateSync } from 'node:zlib';

// Small, real media files built byte by byte for the upload tests, so each test shows exactly
// what metadata a file carries. Written independently of the code under test (src/uploads).

// ---- JPEG (ITU-T T.81) --------------------------------------------------------------------

/** A marker segment: 0xFF, the marker, a 2-byte length (counting itself), the payload. */
export function jpegSegment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head[0] = 0xff;
  head[1] = marker;
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/**
 * The segments of an 8×8 grey baseline JPEG, in order: quantisation table, frame header,
 * two one-symbol Huffman tables, scan header, then the entropy-coded data of its one block
 * (DC difference 0 coded "0", end-of-block coded "0", padded with 1-bits: 0b00111111).
 */
export function tinyJpegImageParts(): Buffer[] {
  const dqt = jpegSegment(0xdb, Buffer.concat([Buffer.from([0x00]), Buffer.alloc(64, 1)]));
  const sof0 = jpegSegment(0xc0, Buffer.from([8, 0, 8, 0, 8, 1, 1, 0x11, 0]));
  const counts = (n: number) => Buffer.from([n, ...Array<number>(15).fill(0)]);
  const dhtDc = jpegSegment(0xc4, Buffer.concat([Buffer.from([0x00]), counts(1), Buffer.from([0x00])]));
  const dhtAc = jpegSegment(0xc4, Buffer.concat([Buffer.from([0x10]), counts(1), Buffer.from([0x00])]));
  const sos = jpegSegment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0]));
  const scan = Buffer.from([0x3f]);
  return [dqt, sof0, dhtDc, dhtAc, sos, scan];
}

export const JPEG_SOI = Buffer.from([0xff, 0xd8]);
export const JPEG_EOI = Buffer.from([0xff, 0xd9]);

/** SOI, the given segments (metadata), the image, EOI. */
export function tinyJpeg(metadata: Buffer[] = [], imageParts = tinyJpegImageParts()): Buffer {
  return Buffer.concat([JPEG_SOI, ...metadata, ...imageParts, JPEG_EOI]);
}

export const jfifSegment = () =>
  jpegSegment(0xe0, Buffer.from([...Buffer.from('JFIF\0', 'latin1'), 1, 1, 0, 0, 1, 0, 1, 0, 0]));

// ---- TIFF / EXIF (TIFF 6.0, CIPA DC-008) ----------------------------------------------------

export type TiffEntry = { tag: number; type: number; count: number; value: Buffer };

export class TiffBytes {
  constructor(readonly littleEndian: boolean) {}
  short(...values: number[]): Buffer {
    const b = Buffer.alloc(values.length * 2);
    values.forEach((v, i) => (this.littleEndian ? b.writeUInt16LE(v, i * 2) : b.writeUInt16BE(v, i * 2)));
    return b;
  }
  long(...values: number[]): Buffer {
    const b = Buffer.alloc(values.length * 4);
    values.forEach((v, i) => (this.littleEndian ? b.writeUInt32LE(v, i * 4) : b.writeUInt32BE(v, i * 4)));
    return b;
  }
  rationals(...pairs: [number, number][]): Buffer {
    return this.long(...pairs.flat());
  }
}

export const TAG = {
  make: 0x010f,
  model: 0x0110,
  orientation: 0x0112,
  dateTime: 0x0132,
  artist: 0x013b,
  gpsPointer: 0x8825,
  gpsVersion: 0x0000,
  gpsLatitudeRef: 0x0001,
  gpsLatitude: 0x0002,
  gpsLongitudeRef: 0x0003,
  gpsLongitude: 0x0004,
} as const;

/** A TIFF with IFD0 and, when `gps` is given, a GPS IFD that IFD0 points to. */
export function buildTiff(littleEndian: boolean, ifd0: TiffEntry[], gps?: TiffEntry[]): Buffer {
  const t = new TiffBytes(littleEndian);
  const entries0 = gps ? [...ifd0, { tag: TAG.gpsPointer, type: 4, count: 1, value: Buffer.alloc(4) }] : ifd0;
  const layout = (entries: TiffEntry[], at: number) => {
    const table = Buffer.alloc(2 + entries.length * 12 + 4);
    table.writeUInt16BE(0, 0);
    const data: Buffer[] = [];
    let dataAt = at + table.length;
    const head = t.short(entries.length);
    head.copy(table, 0);
    entries.forEach((e, i) => {
      const o = 2 + i * 12;
      t.short(e.tag, e.type).copy(table, o);
      t.long(e.count).copy(table, o + 4);
      if (e.value.length <= 4) e.value.copy(table, o + 8);
      else {
        t.long(dataAt).copy(table, o + 8);
        const padded = e.value.length % 2 ? Buffer.concat([e.value, Buffer.alloc(1)]) : e.value;
        data.push(padded);
        dataAt += padded.length;
      }
    });
    return { bytes: Buffer.concat([table, ...data]), end: dataAt, table };
  };
  const header = Buffer.concat([Buffer.from(littleEndian ? 'II' : 'MM', 'latin1'), t.short(42), t.long(8)]);
  const first = layout(entries0, 8);
  if (!gps) return Buffer.concat([header, first.bytes]);
  // Point IFD0's GPS entry at the GPS IFD, which follows IFD0 and its data.
  const pointerAt = 2 + (entries0.length - 1) * 12 + 8;
  t.long(first.end).copy(first.bytes, pointerAt);
  const second = layout(gps, first.end);
  return Buffer.concat([header, first.bytes, second.bytes]);
}

const ascii = (s: string) => Buffer.from(`${s}\0`, 'latin1');

/** A phone photo's EXIF: camera, owner, time, orientation, and a position in Cần Thơ. */
export function phoneExif(littleEndian: boolean, orientation = 1): { tiff: Buffer; gps: TiffEntry[] } {
  const t = new TiffBytes(littleEndian);
  const gps: TiffEntry[] = [
    { tag: TAG.gpsVersion, type: 1, count: 4, value: Buffer.from([2, 3, 0, 0]) },
    { tag: TAG.gpsLatitudeRef, type: 2, count: 2, value: ascii('N') },
    { tag: TAG.gpsLatitude, type: 5, count: 3, value: t.rationals([10, 1], [2, 1], [3456, 100]) },
    { tag: TAG.gpsLongitudeRef, type: 2, count: 2, value: ascii('E') },
    { tag: TAG.gpsLongitude, type: 5, count: 3, value: t.rationals([105, 1], [46, 1], [512, 100]) },
  ];
  const ifd0: TiffEntry[] = [
    { tag: TAG.make, type: 2, count: 8, value: ascii('samsung') },
    { tag: TAG.model, type: 2, count: 9, value: ascii('SM-A546E') },
    { tag: TAG.orientation, type: 3, count: 1, value: t.short(orientation) },
    { tag: TAG.dateTime, type: 2, count: 20, value: ascii('2026:03:01 21:14:05') },
    { tag: TAG.artist, type: 2, count: 14, value: ascii('Nguyen Van An') },
  ];
  return { tiff: buildTiff(littleEndian, ifd0, gps), gps };
}

export const exifSegment = (tiff: Buffer) =>
  jpegSegment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]));

export const xmpSegment = () =>
  jpegSegment(
    0xe1,
    Buffer.from(
      'http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description exif:GPSLatitude="10,2.0576N" dc:creator="Nguyen Van An"/></x:xmpmeta>',
      'latin1',
    ),
  );

// ---- PNG (PNG specification, 3rd edition) ---------------------------------------------------

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export function pngChunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** The chunks of a 1×1 grey PNG: IHDR, IDAT (filter 0, grey 0x80), IEND. */
export function tinyPngChunks(): { ihdr: Buffer; idat: Buffer; iend: Buffer } {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return {
    ihdr: pngChunk('IHDR', header),
    idat: pngChunk('IDAT', deflateSync(Buffer.from([0, 0x80]))),
    iend: pngChunk('IEND', Buffer.alloc(0)),
  };
}

// ---- ISO base media (MP4/MOV/M4A) -----------------------------------------------------------

export function box(type: string, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length + 8, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
}

export const ftyp = (major: string, ...compatible: string[]) =>
  box(
    'ftyp',
    Buffer.from(major, 'latin1'),
    Buffer.alloc(4),
    ...compatible.map((b) => Buffer.from(b, 'latin1')),
  );

/** Android's ISO 6709 position box: ©xyz in moov/udta. */
export const xyzBox = (position: string) =>
  box('\u00a9xyz', Buffer.from([0, position.length, 0x15, 0xc7]), Buffer.from(position, 'latin1'));
