import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildTiff, phoneExif, PNG_SIGNATURE, pngChunk, tinyPngChunks } from '../../test/media-fixtures.ts';
import { stripMetadata } from './strip-metadata.ts';

const strip = (bytes: Buffer, keepLocation = false) =>
  stripMetadata(bytes, 'image/png', { keepLocation, field: 'attachments[1]' });

const text = (s: string) => Buffer.from(s, 'latin1');

describe('stripping PNG metadata', () => {
  const { ihdr, idat, iend } = tinyPngChunks();
  const srgb = pngChunk('sRGB', Buffer.from([0]));
  const phys = pngChunk('pHYs', Buffer.from([0, 0, 0x0b, 0x13, 0, 0, 0x0b, 0x13, 1]));
  const metadata = [
    pngChunk('tEXt', text('Author\0Nguyen Van An')),
    pngChunk('zTXt', Buffer.concat([text('Comment\0\0'), deflateSync(text('Nha so 12, hem 5, Ninh Kieu'))])),
    pngChunk('iTXt', text('XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta GPSLatitude="10.03"/>')),
    pngChunk('tIME', Buffer.from([0x07, 0xea, 3, 1, 21, 14, 5])),
    pngChunk('eXIf', phoneExif(false).tiff),
    pngChunk('caBX', text('c2pa manifest: author Nguyen Van An')),
  ];

  it('drops text, time, EXIF and private chunks; the image and display chunks stay byte-identical', () => {
    const original = Buffer.concat([
      PNG_SIGNATURE,
      ihdr,
      srgb,
      ...metadata,
      phys,
      idat,
      iend,
      text('trailing'),
    ]);
    const stripped = strip(original);
    expect(stripped).toEqual(Buffer.concat([PNG_SIGNATURE, ihdr, srgb, phys, idat, iend]));
    for (const needle of ['Nguyen', 'tEXt', 'zTXt', 'iTXt', 'tIME', 'eXIf', 'caBX', 'xmpmeta']) {
      expect(stripped.includes(text(needle))).toBe(false);
    }
  });

  it('keeps the GPS tags in a new eXIf chunk with a valid CRC when the citizen asks', () => {
    const { tiff, gps } = phoneExif(false, 1);
    const stripped = strip(Buffer.concat([PNG_SIGNATURE, ihdr, pngChunk('eXIf', tiff), idat, iend]), true);
    expect(stripped).toEqual(
      Buffer.concat([PNG_SIGNATURE, ihdr, pngChunk('eXIf', buildTiff(false, [], gps)), idat, iend]),
    );
    expect(stripped.includes(text('samsung'))).toBe(false);
  });

  it('refuses a PNG with a wrong checksum, a cut-off end or no IHDR first', () => {
    const good = Buffer.concat([PNG_SIGNATURE, ihdr, idat, iend]);
    const badCrc = Buffer.from(good);
    badCrc[PNG_SIGNATURE.length + 20]! ^= 0xff;
    const cases = [
      badCrc,
      good.subarray(0, good.length - 12),
      Buffer.concat([PNG_SIGNATURE, idat, ihdr, iend]),
    ];
    for (const damaged of cases) {
      expect(() => strip(damaged)).toThrow(
        expect.objectContaining({
          code: 'validation_failed',
          details: { fields: [expect.objectContaining({ path: 'attachments[1]' })] },
        }),
      );
    }
  });
});
