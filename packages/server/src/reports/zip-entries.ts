import { crc32, inflateRawSync } from 'node:zlib';

// The files of a ZIP archive (a .docx, an .xlsx) read through its central directory, for the
// tests that open generated documents and check what is inside. Stored and deflated entries,
// no ZIP64, no encryption: what docx and exceljs write.

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
// The end record is 22 bytes followed by a comment of at most 65,535.
const END_RECORD_SEARCH = 22 + 0xffff;
const MAX_ENTRIES = 10_000;

export class ZipFormatError extends Error {}

function findEndRecord(zip: Buffer): number {
  const lowest = Math.max(0, zip.length - END_RECORD_SEARCH);
  for (let at = zip.length - 22; at >= lowest; at -= 1) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  throw new ZipFormatError('no end of central directory: not a ZIP file');
}

/** Every file of the archive by its path, uncompressed and checked against its CRC-32. */
export function zipEntries(zip: Buffer): Map<string, Buffer> {
  const end = findEndRecord(zip);
  const count = zip.readUInt16LE(end + 10);
  const directoryOffset = zip.readUInt32LE(end + 16);
  if (count > MAX_ENTRIES || directoryOffset === 0xffffffff) {
    throw new ZipFormatError('ZIP64 or too many entries');
  }
  const entries = new Map<string, Buffer>();
  let at = directoryOffset;
  for (let index = 0; index < count; index += 1) {
    if (zip.readUInt32LE(at) !== CENTRAL_FILE_HEADER) throw new ZipFormatError(`bad central header at ${at}`);
    const method = zip.readUInt16LE(at + 10);
    const expectedCrc = zip.readUInt32LE(at + 16);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;

    if (zip.readUInt32LE(localOffset) !== LOCAL_FILE_HEADER)
      throw new ZipFormatError(`bad local header: ${name}`);
    // The local header has its own name and extra field lengths, which may differ from the central ones.
    const dataStart =
      localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    let content: Buffer;
    if (method === STORED) content = Buffer.from(data);
    else if (method === DEFLATED) content = inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
    else throw new ZipFormatError(`compression method ${method} of ${name} is not supported`);
    if (content.length !== size || crc32(content) >>> 0 !== expectedCrc) {
      throw new ZipFormatError(`${name} does not match its size or CRC-32`);
    }
    entries.set(name, content);
  }
  return entries;
}
