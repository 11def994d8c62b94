import { describe, expect, it } from 'vitest';
import {
  buildTiff,
  exifSegment,
  jfifSegment,
  jpegSegment,
  phoneExif,
  TAG,
  TiffBytes,
  tinyJpeg,
  tinyJpegImageParts,
  xmpSegment,
} from '../../test/media-fixtures.ts';
import { DomainError } from '../errors/domain-error.ts';
import { stripMetadata } from './strip-metadata.ts';

const strip = (bytes: Buffer, keepLocation = false) =>
  stripMetadata(bytes, 'image/jpeg', { keepLocation, field: 'attachments[0]' });

/** The markers of a JPEG up to the first scan, e.g. ['D8', 'E0', 'DB', …]: a structural decode. */
function markers(jpeg: Buffer): string[] {
  const out = ['D8'];
  let pos = 2;
  while (pos + 4 <= jpeg.length && jpeg[pos] === 0xff) {
    const marker = jpeg[pos + 1]!;
    out.push(marker.toString(16).toUpperCase());
    if (marker === 0xda) break;
    pos += 2 + jpeg.readUInt16BE(pos + 2);
  }
  return out;
}

describe('stripping JPEG metadata', () => {
  it('starts from a real baseline JPEG: SOI, tables, frame, scan, EOI', () => {
    // The same bytes decode to an 8×8 grey image in libjpeg-turbo (checked in Chromium).
    const jpeg = tinyJpeg([jfifSegment()]);
    expect(markers(jpeg)).toEqual(['D8', 'E0', 'DB', 'C0', 'C4', 'C4', 'DA']);
    expect(jpeg.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
  });

  it('removes EXIF with GPS, XMP, IPTC, comments and trailers, keeping the image bytes identical', () => {
    const image = tinyJpegImageParts();
    const { tiff } = phoneExif(true);
    const original = Buffer.concat([
      tinyJpeg(
        [
          jfifSegment(),
          exifSegment(tiff),
          xmpSegment(),
          jpegSegment(0xed, Buffer.from('Photoshop 3.0\x008BIM\x04\x04 by-line: Nguyen Van An', 'latin1')),
          jpegSegment(0xe5, Buffer.from('vendor maker notes', 'latin1')),
          jpegSegment(0xfe, Buffer.from('chup tai nha Nguyen Van An', 'latin1')),
        ],
        image,
      ),
      Buffer.from('SEFT trailer: location=10.0345,105.7680', 'latin1'),
    ]);
    const stripped = strip(original);
    expect(stripped).toEqual(tinyJpeg([jfifSegment()], image));
    for (const needle of ['Exif', 'samsung', 'Nguyen', 'xmpmeta', '8BIM', 'maker', '105.7680']) {
      expect(stripped.includes(Buffer.from(needle, 'latin1'))).toBe(false);
    }
    // The GPS latitude's rational 34.56" (3456/100) is nowhere either.
    expect(stripped.includes(new TiffBytes(true).rationals([3456, 100]))).toBe(false);
  });

  it('keeps only the orientation of a turned phone photo, so it still shows upright', () => {
    for (const littleEndian of [true, false]) {
      const t = new TiffBytes(littleEndian);
      const image = tinyJpegImageParts();
      const stripped = strip(tinyJpeg([exifSegment(phoneExif(littleEndian, 6).tiff)], image));
      const onlyOrientation = buildTiff(littleEndian, [
        { tag: TAG.orientation, type: 3, count: 1, value: t.short(6) },
      ]);
      expect(stripped).toEqual(tinyJpeg([exifSegment(onlyOrientation)], image));
    }
  });

  it('keeps the GPS position, and nothing else of the EXIF, when the citizen asks', () => {
    for (const littleEndian of [true, false]) {
      const { tiff, gps } = phoneExif(littleEndian, 1);
      const image = tinyJpegImageParts();
      const stripped = strip(tinyJpeg([exifSegment(tiff), xmpSegment()], image), true);
      expect(stripped).toEqual(tinyJpeg([exifSegment(buildTiff(littleEndian, [], gps))], image));
      expect(stripped.includes(Buffer.from('samsung', 'latin1'))).toBe(false);
      expect(stripped.includes(Buffer.from('Nguyen', 'latin1'))).toBe(false);
    }
  });

  it('drops an EXIF segment it cannot read instead of copying it', () => {
    const broken = jpegSegment(0xe1, Buffer.from('Exif\0\0MM\0\x2a\xff\xff\xff\xffGPS 10.03N', 'latin1'));
    const image = tinyJpegImageParts();
    expect(strip(tinyJpeg([broken], image), true)).toEqual(tinyJpeg([], image));
  });

  it('refuses a damaged JPEG with a validation error naming the attachment', () => {
    const whole = tinyJpeg([exifSegment(phoneExif(true).tiff)]);
    for (const damaged of [
      whole.subarray(0, whole.length - 3),
      whole.subarray(0, 40),
      Buffer.from([0xff, 0xd8]),
    ]) {
      let error: unknown;
      try {
        strip(damaged);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({
        code: 'validation_failed',
        details: { fields: [{ path: 'attachments[0]' }] },
      });
      expect((error as DomainError).message).toContain('JPEG');
    }
  });
});
