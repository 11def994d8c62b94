import { UPLOAD_LIMITS } from '@antt/shared';
import { describe, expect, it } from 'vitest';
import { box, ftyp, PNG_SIGNATURE, tinyJpeg, tinyPngChunks } from '../../test/media-fixtures.ts';
import { DomainError } from '../errors/domain-error.ts';
import { checkUpload, checkUploads } from './check-upload.ts';
import { describeRefusedContent, sniffFileType } from './file-type.ts';

const MB = 1024 * 1024;
const png = () => {
  const { ihdr, idat, iend } = tinyPngChunks();
  return Buffer.concat([PNG_SIGNATURE, ihdr, idat, iend]);
};
const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(56)]);
const pe = Buffer.concat([
  Buffer.from('MZ\x90\x00', 'latin1'),
  Buffer.alloc(60),
  Buffer.from('PE\0\0', 'latin1'),
]);

function refusal(fn: () => unknown): { message: string; fields: { path: string; message: string }[] } {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'validation_failed') {
      return {
        message: error.message,
        fields: (error.details as { fields: { path: string; message: string }[] }).fields,
      };
    }
    throw error;
  }
  throw new Error('expected a validation error');
}

describe('recognising files by their content', () => {
  it('knows the accepted kinds from their first bytes', () => {
    expect(sniffFileType(tinyJpeg())).toBe('image/jpeg');
    expect(sniffFileType(png())).toBe('image/png');
    expect(sniffFileType(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj', 'latin1'))).toBe('application/pdf');
    expect(sniffFileType(Buffer.concat([ftyp('isom', 'isom', 'avc1'), box('mdat')]))).toBe('video/mp4');
    expect(sniffFileType(Buffer.concat([ftyp('qt  ', 'qt  '), box('mdat')]))).toBe('video/quicktime');
    expect(sniffFileType(Buffer.concat([ftyp('M4A ', 'M4A ', 'mp42', 'isom'), box('mdat')]))).toBe(
      'audio/mp4',
    );
  });

  it('does not take a HEIC photo, a PDF after junk, or text for an accepted kind', () => {
    expect(sniffFileType(Buffer.concat([ftyp('heic', 'mif1', 'heic'), box('meta')]))).toBeNull();
    expect(sniffFileType(Buffer.concat([ftyp('mp42', 'mif1', 'heic'), box('meta')]))).toBeNull();
    expect(sniffFileType(Buffer.from('junk%PDF-1.4', 'latin1'))).toBeNull();
    expect(sniffFileType(Buffer.from('hello', 'utf8'))).toBeNull();
    expect(sniffFileType(Buffer.alloc(0))).toBeNull();
  });

  it('names programs, installers and scripts', () => {
    expect(describeRefusedContent(elf)?.kind).toBe('executable');
    expect(describeRefusedContent(pe)?.kind).toBe('executable');
    expect(describeRefusedContent(Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]))?.kind).toBe(
      'executable',
    );
    expect(describeRefusedContent(Buffer.from('#!/bin/sh\nrm -rf /', 'latin1'))?.kind).toBe('executable');
    expect(describeRefusedContent(Buffer.from('PK\x03\x04AndroidManifest.xml', 'latin1'))?.en).toContain(
      'APK',
    );
    expect(describeRefusedContent(Buffer.from('  <svg onload="alert(1)">', 'latin1'))?.kind).toBe(
      'executable',
    );
    expect(describeRefusedContent(Buffer.from('plain text', 'latin1'))).toBeNull();
  });
});

describe('checking the files of a tip', () => {
  it('accepts by content, whatever the name says, and gives the extension to store under', () => {
    expect(checkUpload({ bytes: png(), declaredName: 'anh-chup.jpg' })).toEqual({
      type: 'image/png',
      extension: 'png',
      size: png().length,
    });
  });

  it('refuses an executable renamed .jpg, saying what it is, in Vietnamese first', () => {
    for (const [bytes, what] of [
      [elf, 'Linux/Android'],
      [pe, 'Windows'],
    ] as const) {
      const { fields } = refusal(() =>
        checkUpload({ bytes, declaredName: 'C:\\Users\\an\\anh-hien-truong.jpg' }, 2),
      );
      expect(fields).toHaveLength(1);
      expect(fields[0]!.path).toBe('attachments[2]');
      expect(fields[0]!.message).toMatch(
        /^Tệp "anh-hien-truong\.jpg" không phải ảnh JPEG\/PNG, tài liệu PDF/,
      );
      expect(fields[0]!.message).toContain(`nội dung là tệp thực thi ${what}`);
      expect(fields[0]!.message).toContain(' / ');
    }
  });

  it('tells an iPhone user how to send a HEIC photo', () => {
    const heic = Buffer.concat([ftyp('heic', 'mif1', 'heic'), box('meta')]);
    const { fields } = refusal(() => checkUpload({ bytes: heic, declaredName: 'IMG_0042.HEIC' }));
    expect(fields[0]!.message).toContain('Tương thích nhất');
  });

  it('refuses a 30 MB file, an empty one, and says the limits', () => {
    const big = Buffer.concat([tinyJpeg(), Buffer.alloc(30 * MB - tinyJpeg().length)]);
    const { fields } = refusal(() =>
      checkUploads([
        { bytes: big, declaredName: 'video-dai.jpg' },
        { bytes: Buffer.alloc(0), declaredName: 'rong.png' },
      ]),
    );
    expect(fields.map((f) => f.path)).toEqual(['attachments', 'attachments[0]', 'attachments[1]']);
    expect(fields[0]!.message).toContain('25 MB');
    expect(fields[1]!.message).toContain('30 MB');
    expect(fields[1]!.message).toContain('10 MB');
    expect(fields[2]!.message).toContain('rỗng');
  });

  it('refuses more files than a tip may have, and more bytes in all, listing every problem', () => {
    const files = Array.from({ length: UPLOAD_LIMITS.maxFiles + 1 }, (_, i) => ({
      bytes: Buffer.concat([tinyJpeg(), Buffer.alloc(6 * MB)]),
      declaredName: `anh-${i}.jpg`,
    }));
    const { fields, message } = refusal(() => checkUploads(files));
    expect(fields.map((f) => f.path)).toEqual(['attachments', 'attachments']);
    expect(fields[0]!.message).toContain(`Tối đa ${UPLOAD_LIMITS.maxFiles} tệp`);
    expect(message).toContain(fields[1]!.message);
    expect(checkUploads(files.slice(0, 4))).toHaveLength(4);
  });
});
