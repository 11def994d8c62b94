import { describe, expect, it } from 'vitest';
import { checkAttachments, sniffUploadType } from './attachment-check.ts';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0]);
const EXE = new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]); // "MZ"
const bytes = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

describe('attachments checked before sending', () => {
  it('knows a file by its bytes, not its name', () => {
    expect(sniffUploadType(JPEG)).toBe('image/jpeg');
    expect(sniffUploadType(PNG)).toBe('image/png');
    expect(sniffUploadType(bytes('%PDF-1.7\n%âãÏÓ'))).toBe('application/pdf');
    expect(sniffUploadType(bytes('\0\0\0\x20ftypisom\0\0\x02\0'))).toBe('video/mp4');
    expect(sniffUploadType(bytes('\0\0\0\x14ftypqt  \0\0\0\0'))).toBe('video/quicktime');
    expect(sniffUploadType(bytes('\0\0\0\x1cftypM4A \0\0\0\0'))).toBe('audio/mp4');
    // A program renamed photo.jpg is still a program.
    expect(sniffUploadType(EXE)).toBeNull();
  });

  it('refuses a file over the size limit, past the count, or past the total', () => {
    const limits = { maxFileBytes: 100, maxTotalBytes: 150, maxFiles: 2 };
    const checked = checkAttachments(
      [
        { name: 'a.jpg', size: 101, head: JPEG },
        { name: 'b.jpg', size: 90, head: JPEG },
        { name: 'c.png', size: 70, head: PNG },
        { name: 'd.png', size: 50, head: PNG },
        { name: 'e.png', size: 10, head: PNG },
        { name: 'f.jpg', size: 10, head: EXE },
      ],
      limits,
    );
    expect(checked.map((c) => c.problem)).toEqual([
      'too_large',
      null,
      'total_too_large',
      null,
      'too_many',
      'type',
    ]);
  });

  it('refuses an empty file', () => {
    expect(checkAttachments([{ name: 'x.jpg', size: 0, head: new Uint8Array() }])[0]!.problem).toBe('empty');
  });
});
