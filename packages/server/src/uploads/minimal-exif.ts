// EXIF (a TIFF structure, CIPA DC-008 / TIFF 6.0) carries the camera make and model, its
// serial number, the owner's name, the time, a thumbnail — and the GPS position. From a photo's
// EXIF we keep at most two things, in a new, minimal TIFF:
// - Orientation (tag 0x0112), when it is not "upright": phones store the sensor's pixels and
//   this tag says how to turn them; dropping it would show many photos on their side. It says
//   nothing about who took the photo;
// - the GPS IFD (tag 0x8825), only when the citizen chose to keep the location.
// Anything we cannot read is dropped, never copied: a damaged EXIF costs the orientation, not
// the citizen's anonymity.

const ORIENTATION = 0x0112;
const GPS_IFD_POINTER = 0x8825;
/** GPS tags are 0x0000–0x001F (CIPA DC-008-2019 section 4.6.6). */
const LAST_GPS_TAG = 0x001f;
const TYPE_SHORT = 3;
const TYPE_LONG = 4;
/** Bytes per value of each TIFF field type (1 BYTE … 12 DOUBLE). */
const TYPE_SIZES: Record<number, number> = {
  1: 1,
  2: 1,
  3: 2,
  4: 4,
  5: 8,
  6: 1,
  7: 1,
  8: 2,
  9: 4,
  10: 8,
  11: 4,
  12: 8,
};
const MAX_ENTRIES = 512;

type Entry = { tag: number; type: number; count: number; value: Buffer };

class TiffReader {
  readonly le: boolean;
  constructor(readonly bytes: Buffer) {
    const order = bytes.toString('latin1', 0, 2);
    if (bytes.length < 8 || (order !== 'II' && order !== 'MM')) throw new RangeError('not TIFF');
    this.le = order === 'II';
    if (this.u16(2) !== 42) throw new RangeError('not TIFF');
  }
  u16(at: number): number {
    this.need(at, 2);
    return this.le ? this.bytes.readUInt16LE(at) : this.bytes.readUInt16BE(at);
  }
  u32(at: number): number {
    this.need(at, 4);
    return this.le ? this.bytes.readUInt32LE(at) : this.bytes.readUInt32BE(at);
  }
  /** The first SHORT / LONG of an entry's value. */
  valueU16(e: Entry): number {
    return this.le ? e.value.readUInt16LE(0) : e.value.readUInt16BE(0);
  }
  valueU32(e: Entry): number {
    return this.le ? e.value.readUInt32LE(0) : e.value.readUInt32BE(0);
  }
  need(at: number, length: number): void {
    if (at < 0 || at + length > this.bytes.length) throw new RangeError('outside TIFF');
  }
  /** The entries of the IFD at `offset`, each with its value bytes (inline or pointed to). */
  ifd(offset: number): Entry[] {
    const n = this.u16(offset);
    if (n > MAX_ENTRIES) throw new RangeError('too many entries');
    this.need(offset + 2, n * 12);
    const entries: Entry[] = [];
    for (let i = 0; i < n; i++) {
      const at = offset + 2 + i * 12;
      const tag = this.u16(at);
      const type = this.u16(at + 2);
      const count = this.u32(at + 4);
      const size = TYPE_SIZES[type];
      if (size === undefined || count > 0xffff) continue;
      const length = size * count;
      const from = length <= 4 ? at + 8 : this.u32(at + 8);
      this.need(from, length);
      entries.push({ tag, type, count, value: this.bytes.subarray(from, from + length) });
    }
    return entries;
  }
}

class TiffWriter {
  private readonly out: Buffer;
  constructor(
    size: number,
    private readonly le: boolean,
  ) {
    this.out = Buffer.alloc(size);
    this.out.write(le ? 'II' : 'MM', 0, 'latin1');
    this.u16(2, 42);
    this.u32(4, 8);
  }
  u16(at: number, v: number) {
    if (this.le) this.out.writeUInt16LE(v, at);
    else this.out.writeUInt16BE(v, at);
  }
  u32(at: number, v: number) {
    if (this.le) this.out.writeUInt32LE(v, at);
    else this.out.writeUInt32BE(v, at);
  }
  /** Writes an IFD at `offset`, values longer than 4 bytes after it; returns the end. */
  ifd(offset: number, entries: Entry[]): number {
    this.u16(offset, entries.length);
    let data = offset + 2 + entries.length * 12 + 4;
    entries.forEach((e, i) => {
      const at = offset + 2 + i * 12;
      this.u16(at, e.tag);
      this.u16(at + 2, e.type);
      this.u32(at + 4, e.count);
      if (e.value.length <= 4) {
        e.value.copy(this.out, at + 8);
      } else {
        this.u32(at + 8, data);
        e.value.copy(this.out, data);
        // TIFF 6.0 section 2: values begin on a word boundary.
        data += e.value.length + (e.value.length % 2);
      }
    });
    this.u32(offset + 2 + entries.length * 12, 0);
    return data;
  }
  bytes(): Buffer {
    return this.out;
  }
}

function ifdSize(entries: Entry[]): number {
  return (
    2 +
    entries.length * 12 +
    4 +
    entries.reduce((n, e) => n + (e.value.length > 4 ? e.value.length + (e.value.length % 2) : 0), 0)
  );
}

/**
 * A minimal TIFF holding only the Orientation (when not upright) and, with `keepLocation`,
 * the GPS tags of `tiff`; null when nothing is left to keep or `tiff` cannot be read. Never
 * longer than `tiff` (if it would be, which only a crafted file can cause, the location is
 * dropped), and a fixed point: applied to its own output it returns the same bytes.
 */
export function minimalExif(tiff: Buffer, keepLocation: boolean): Buffer | null {
  let reader: TiffReader;
  let ifd0: Entry[];
  try {
    reader = new TiffReader(tiff);
    ifd0 = reader.ifd(reader.u32(4));
  } catch {
    return null;
  }
  const orientation = ifd0.find((e) => e.tag === ORIENTATION && e.type === TYPE_SHORT && e.count === 1);
  const orientationValue = orientation ? reader.valueU16(orientation) : 1;
  let gps: Entry[] = [];
  const pointer = ifd0.find((e) => e.tag === GPS_IFD_POINTER && e.type === TYPE_LONG && e.count === 1);
  if (keepLocation && pointer) {
    try {
      const offset = reader.valueU32(pointer);
      gps = reader
        .ifd(offset)
        .filter((e) => e.tag <= LAST_GPS_TAG)
        .sort((a, b) => a.tag - b.tag)
        .filter((e, i, all) => i === 0 || all[i - 1]!.tag !== e.tag);
    } catch {
      gps = [];
    }
  }

  const build = (withGps: boolean): Buffer | null => {
    const gpsKept = withGps && gps.length > 0;
    const kept: Entry[] = [];
    if (orientationValue >= 2 && orientationValue <= 8) kept.push(orientation!);
    if (gpsKept) kept.push({ tag: GPS_IFD_POINTER, type: TYPE_LONG, count: 1, value: Buffer.alloc(4) });
    if (kept.length === 0) return null;
    const gpsOffset = 8 + ifdSize(kept);
    const writer = new TiffWriter(gpsOffset + (gpsKept ? ifdSize(gps) : 0), reader.le);
    writer.ifd(8, kept);
    if (gpsKept) {
      // The pointer entry is the last of IFD0 (0x8825 > 0x0112); its value is the GPS IFD offset.
      writer.u32(8 + 2 + (kept.length - 1) * 12 + 8, gpsOffset);
      writer.ifd(gpsOffset, gps);
    }
    return writer.bytes();
  };

  const full = build(true);
  if (full === null || full.length <= tiff.length) return full;
  const withoutLocation = build(false);
  return withoutLocation && withoutLocation.length <= tiff.length ? withoutLocation : null;
}
