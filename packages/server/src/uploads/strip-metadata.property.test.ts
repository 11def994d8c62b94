import { UPLOAD_TYPES } from '@antt/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  box,
  exifSegment,
  ftyp,
  jfifSegment,
  jpegSegment,
  JPEG_EOI,
  JPEG_SOI,
  phoneExif,
  PNG_SIGNATURE,
  pngChunk,
  tinyJpegImageParts,
  tinyPngChunks,
} from '../../test/media-fixtures.ts';
import { DomainError } from '../errors/domain-error.ts';
import { checkUpload } from './check-upload.ts';
import { stripMetadata } from './strip-metadata.ts';

// Rules that hold for every input, not just the examples: stripping never makes a file
// longer, doing it twice is the same as doing it once, what a decoder needs is kept as it was,
// and no input — however mangled — makes it fail in any way but a validation error.

const bytes = (max: number) => fc.uint8Array({ maxLength: max }).map((a) => Buffer.from(a));

/** A JPEG segment the stripper drops (comments, vendor APPn, XMP), or keeps (JFIF, ICC, Adobe). */
const jpegMetadataSegment = fc.oneof(
  fc.record({
    keep: fc.constant(false),
    marker: fc.constantFrom(0xe3, 0xe7, 0xec, 0xed, 0xef, 0xfe),
    payload: bytes(80),
  }),
  fc.record({
    keep: fc.constant(false),
    marker: fc.constant(0xe1),
    payload: bytes(60).map((b) =>
      Buffer.concat([Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1'), b]),
    ),
  }),
  fc.record({
    keep: fc.constant(true),
    marker: fc.constant(0xe2),
    payload: bytes(40).map((b) => Buffer.concat([Buffer.from('ICC_PROFILE\0', 'latin1'), b])),
  }),
);

/** Entropy-coded data as an encoder writes it: 0xFF always stuffed with 0x00, restart markers. */
const scanData = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0, max: 0xfe }).map((b) => [b]),
      fc.constant([0xff, 0x00]),
      fc.constant([0xff, 0xd3]),
    ),
    {
      minLength: 1,
      maxLength: 60,
    },
  )
  .map((parts) => Buffer.from(parts.flat()));

const jpegCase = fc.record({
  segments: fc.array(jpegMetadataSegment, { maxLength: 6 }),
  exif: fc.option(fc.record({ littleEndian: fc.boolean(), orientation: fc.integer({ min: 0, max: 9 }) })),
  scan: scanData,
  trailer: bytes(30),
  keepLocation: fc.boolean(),
});

const pngMetadataChunk = fc.oneof(
  fc.record({ type: fc.constantFrom('tEXt', 'zTXt', 'iTXt', 'tIME', 'caBX', 'prVW'), data: bytes(50) }),
  fc.record({ type: fc.constantFrom('gAMA', 'pHYs', 'bKGD'), data: bytes(12) }),
);

const mp4Box = fc.letrec<{ node: Buffer }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .tuple(fc.constantFrom('mvhd', 'tkhd', 'udta', 'meta', 'uuid', 'free', '\u00a9xyz'), bytes(40))
      .map(([t, b]) => box(t, b)),
    fc
      .tuple(fc.constantFrom('moov', 'trak'), fc.array(tie('node'), { maxLength: 4 }))
      .map(([t, kids]) => box(t, ...kids)),
  ),
}));

/** The types of the boxes a player reads metadata from: top level, in moov, in each trak. */
function visibleBoxTypes(file: Buffer, from = 0, to = file.length, depth = 0): string[] {
  const types: string[] = [];
  for (let pos = from; pos + 8 <= to;) {
    const size = file.readUInt32BE(pos);
    const type = file.toString('latin1', pos + 4, pos + 8);
    types.push(type);
    if ((type === 'moov' || type === 'trak') && depth < 2)
      types.push(...visibleBoxTypes(file, pos + 8, pos + size, depth + 1));
    pos += size;
  }
  return types;
}

function onlyValidationErrors(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('validation_failed');
  }
}

describe('metadata stripping, for all inputs', () => {
  it('JPEG: never longer, idempotent, image segments unchanged, dropped segments gone', () => {
    fc.assert(
      fc.property(jpegCase, ({ segments, exif, scan, trailer, keepLocation }) => {
        const image = tinyJpegImageParts();
        image[image.length - 1] = scan;
        const metadata = segments.map((s) => jpegSegment(s.marker, s.payload));
        const exifSeg = exif ? [exifSegment(phoneExif(exif.littleEndian, exif.orientation).tiff)] : [];
        const input = Buffer.concat([
          JPEG_SOI,
          jfifSegment(),
          ...exifSeg,
          ...metadata,
          ...image,
          JPEG_EOI,
          trailer,
        ]);
        const out = stripMetadata(input, 'image/jpeg', { keepLocation });
        expect(out.length).toBeLessThanOrEqual(input.length);
        expect(stripMetadata(out, 'image/jpeg', { keepLocation })).toEqual(out);
        // The image (tables, frame, scan header, entropy data) closes the file, byte for byte.
        expect(out.subarray(out.length - Buffer.concat([...image, JPEG_EOI]).length)).toEqual(
          Buffer.concat([...image, JPEG_EOI]),
        );
        const kept = metadata.filter((_, i) => segments[i]!.keep);
        const exifKept = exif && (keepLocation || (exif.orientation >= 2 && exif.orientation <= 8));
        if (!exifKept) {
          expect(out).toEqual(Buffer.concat([JPEG_SOI, jfifSegment(), ...kept, ...image, JPEG_EOI]));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('PNG: never longer, idempotent, only critical and display chunks left, all with valid CRCs', () => {
    const { ihdr, idat, iend } = tinyPngChunks();
    fc.assert(
      fc.property(fc.array(pngMetadataChunk, { maxLength: 6 }), fc.boolean(), (chunks, keepLocation) => {
        const metadata = chunks.map((c) => pngChunk(c.type, c.data));
        const input = Buffer.concat([PNG_SIGNATURE, ihdr, ...metadata, idat, iend]);
        const out = stripMetadata(input, 'image/png', { keepLocation });
        expect(out.length).toBeLessThanOrEqual(input.length);
        expect(stripMetadata(out, 'image/png', { keepLocation })).toEqual(out);
        const kept = metadata.filter((_, i) => ['gAMA', 'pHYs', 'bKGD'].includes(chunks[i]!.type));
        expect(out).toEqual(Buffer.concat([PNG_SIGNATURE, ihdr, ...kept, idat, iend]));
      }),
      { numRuns: 300 },
    );
  });

  it('MP4: same length, idempotent, no udta/meta/uuid box left where players look', () => {
    fc.assert(
      fc.property(fc.array(mp4Box.node, { maxLength: 5 }), (boxes) => {
        const input = Buffer.concat([ftyp('isom', 'isom'), ...boxes]);
        const out = stripMetadata(input, 'video/mp4', { keepLocation: false });
        expect(out.length).toBe(input.length);
        expect(stripMetadata(out, 'video/mp4', { keepLocation: false })).toEqual(out);
        const types = visibleBoxTypes(out);
        expect(types.filter((t) => ['udta', 'meta', 'uuid'].includes(t))).toEqual([]);
        // Media boxes are all still there.
        const count = (list: string[], t: string) => list.filter((x) => x === t).length;
        for (const t of ['moov', 'trak', 'mvhd', 'tkhd'])
          expect(count(types, t)).toBe(count(visibleBoxTypes(input), t));
      }),
      { numRuns: 300 },
    );
  });

  it('garbage never fails in any way but a validation error, whatever type it is taken for', () => {
    const prefixes = [
      Buffer.alloc(0),
      Buffer.from([0xff, 0xd8, 0xff]),
      JPEG_SOI,
      PNG_SIGNATURE,
      Buffer.concat([PNG_SIGNATURE, tinyPngChunks().ihdr]),
      ftyp('isom', 'isom'),
      Buffer.from('Exif\0\0', 'latin1'),
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...prefixes),
        bytes(300),
        fc.constantFrom(...UPLOAD_TYPES.map((t) => t.mime)),
        fc.boolean(),
        (prefix, rest, type, keepLocation) => {
          const input = Buffer.concat([prefix, rest]);
          onlyValidationErrors(() => checkUpload({ bytes: input, declaredName: 'x.jpg' }));
          onlyValidationErrors(() => {
            const out = stripMetadata(input, type, { keepLocation });
            expect(out.length).toBeLessThanOrEqual(input.length);
          });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('a JPEG whose EXIF bytes are mangled still strips without error, never longer', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        bytes(200),
        fc.nat(),
        fc.boolean(),
        (littleEndian, noise, at, keepLocation) => {
          const tiff = Buffer.from(phoneExif(littleEndian, 6).tiff);
          // Overwrite a stretch of the TIFF with noise: offsets, counts and types go wild.
          noise.copy(tiff, at % tiff.length);
          const image = tinyJpegImageParts();
          const input = Buffer.concat([JPEG_SOI, exifSegment(tiff), ...image, JPEG_EOI]);
          const out = stripMetadata(input, 'image/jpeg', { keepLocation });
          expect(out.length).toBeLessThanOrEqual(input.length);
          expect(stripMetadata(out, 'image/jpeg', { keepLocation })).toEqual(out);
        },
      ),
      { numRuns: 500 },
    );
  });
});
