import { describe, expect, it } from 'vitest';
import { box, ftyp, xyzBox } from '../../test/media-fixtures.ts';
import { stripMetadata } from './strip-metadata.ts';

const latin1 = (s: string) => Buffer.from(s, 'latin1');

describe('blanking MP4/MOV metadata', () => {
  const mvhd = box('mvhd', Buffer.alloc(100, 7));
  const tkhd = box('tkhd', Buffer.alloc(84, 3));
  const mdat = box('mdat', Buffer.alloc(64, 0x5a));

  it('turns udta, meta and uuid boxes into free boxes of the same size; media and offsets stay put', () => {
    const udta = box('udta', xyzBox('+10.0345+105.7680/'), box('\u00a9mak', latin1('samsung')));
    const meta = box(
      'meta',
      box('keys', latin1('com.apple.quicktime.location.ISO6709')),
      box('ilst', latin1('+10.0345+105.7680')),
    );
    const trakUdta = box('udta', box('name', latin1('Nguyen Van An')));
    const xmp = box('uuid', Buffer.alloc(16, 0xbe), latin1('<x:xmpmeta creator="Nguyen Van An"/>'));
    const original = Buffer.concat([
      ftyp('isom', 'isom', 'mp42'),
      box('moov', mvhd, udta, meta, box('trak', tkhd, trakUdta)),
      xmp,
      mdat,
    ]);
    const blanked = stripMetadata(original, 'video/mp4', { keepLocation: true });
    expect(blanked.length).toBe(original.length);
    for (const needle of ['+10.0345', 'samsung', 'Nguyen', 'com.apple', 'xmpmeta', 'udta', 'uuid']) {
      expect(blanked.includes(latin1(needle))).toBe(false);
    }
    // Everything but the blanked boxes is where it was, byte for byte.
    for (const kept of [ftyp('isom', 'isom', 'mp42'), mvhd, tkhd, mdat]) {
      expect(blanked.indexOf(kept)).toBe(original.indexOf(kept));
    }
    const freeUdta = Buffer.concat([udta.subarray(0, 4), latin1('free'), Buffer.alloc(udta.length - 8)]);
    expect(blanked.indexOf(freeUdta)).toBe(original.indexOf(udta));
    // Applying it again changes nothing.
    expect(stripMetadata(blanked, 'video/mp4', { keepLocation: false })).toEqual(blanked);
  });

  it('refuses a file whose boxes run past its end', () => {
    const cut = Buffer.concat([ftyp('M4A ', 'M4A ', 'isom'), box('moov', mvhd)]).subarray(0, 50);
    expect(() => stripMetadata(cut, 'audio/mp4', { keepLocation: false, field: 'attachments[3]' })).toThrow(
      expect.objectContaining({ code: 'validation_failed' }),
    );
  });
});
