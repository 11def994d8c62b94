import { crc32, deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ZipFormatError, zipEntries } from './zip-entries.ts';

// A ZIP written byte by byte (local headers, central directory, end record), so the reader is
// checked against the format rather than against another library's writer.

type Entry = { name: string; content: Buffer; deflate: boolean };

function buildZip(entries: Entry[], comment = ''): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = entry.deflate ? deflateRawSync(entry.content) : entry.content;
    const crc = crc32(entry.content) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(entry.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(entry.content.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(entry.content.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const commentBytes = Buffer.from(comment, 'utf8');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(commentBytes.length, 20);
  return Buffer.concat([...locals, directory, end, commentBytes]);
}

const xml = Buffer.from(
  '<?xml version="1.0"?><w:document>Cộng hòa xã hội chủ nghĩa Việt Nam</w:document>'.repeat(20),
);

describe('zip entries', () => {
  it('reads stored and deflated entries by name, past an archive comment', () => {
    const zip = buildZip(
      [
        { name: '[Content_Types].xml', content: Buffer.from('<Types/>'), deflate: false },
        { name: 'word/document.xml', content: xml, deflate: true },
        { name: 'word/empty.xml', content: Buffer.alloc(0), deflate: true },
      ],
      'tạo bởi ANTT',
    );
    const entries = zipEntries(zip);
    expect([...entries.keys()]).toEqual(['[Content_Types].xml', 'word/document.xml', 'word/empty.xml']);
    expect(entries.get('[Content_Types].xml')?.toString()).toBe('<Types/>');
    expect(entries.get('word/document.xml')?.equals(xml)).toBe(true);
    expect(entries.get('word/empty.xml')?.length).toBe(0);
  });

  it('refuses what is not a ZIP and an entry whose content does not match its CRC-32', () => {
    expect(() => zipEntries(Buffer.from('not a zip file at all, just some text'))).toThrow(ZipFormatError);
    const zip = buildZip([{ name: 'a.txt', content: Buffer.from('hello world'), deflate: false }]);
    const tampered = Buffer.from(zip);
    tampered[30 + 'a.txt'.length] = 'H'.charCodeAt(0);
    expect(zipEntries(zip).get('a.txt')?.toString()).toBe('hello world');
    expect(() => zipEntries(tampered)).toThrow(/CRC-32/);
  });
});
