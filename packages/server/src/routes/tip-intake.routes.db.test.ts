import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exifSegment, jfifSegment, phoneExif, tinyJpeg } from '../../test/media-fixtures.ts';
import { describeEachDialect } from '../../test/test-db.ts';
import {
  buildTipWorld,
  moveClockTo,
  multipartBody,
  POINT_IN_A,
  POINT_OUTSIDE,
  portalCall,
  staffCall,
  submitTipInA,
  tipIdOf,
  type TipWorld,
} from '../../test/tip-fixtures.ts';

// Intake: routing by commune code, by map point and to the duty desk; the duty desk and
// leaders routing by hand; staff intake; the intake register's numbering; bad input refused
// whole; photos of anonymous tips stored without their EXIF/GPS metadata.

type Summary = {
  id: string;
  trackingCode: string;
  ownerUnit: { code: string };
  registration: { number: number; year: number; label: string; unit: { code: string } };
  version: number;
  place: { code: string } | null;
  channel: string;
};

describeEachDialect('tip intake, routing and the intake register', (ctx) => {
  let w: TipWorld;

  beforeAll(async () => {
    w = await buildTipWorld(ctx());
  });
  afterAll(async () => w?.app.close());

  const detailOf = async (trackingCode: string) => {
    const id = await tipIdOf(w, trackingCode);
    return (await staffCall(w, 'lanhdao.tp', 'GET', `/api/tips/${id}`)).json() as Summary;
  };
  const tipCount = async () =>
    Number(
      (
        await ctx()
          .db.selectFrom('tips')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const fieldsOf = (body: string) =>
    (
      (JSON.parse(body) as { error: { details?: { fields?: { path: string }[] } } }).error.details?.fields ??
      []
    ).map((f) => f.path);

  describe('routing', () => {
    it('sends a tip with a commune code to that commune’s police', async () => {
      const { trackingCode } = await submitTipInA(w);
      const tip = await detailOf(trackingCode);
      expect(tip.ownerUnit.code).toBe(w.tiny.police.communeA.code);
      expect(tip.place?.code).toBe(w.tiny.admin.communeA.code);
    });

    it('sends a tip with a map point to the police of the commune holding the point', async () => {
      const { trackingCode } = await submitTipInA(w, { communeCode: undefined, ...POINT_IN_A });
      const tip = await detailOf(trackingCode);
      expect(tip.ownerUnit.code).toBe(w.tiny.police.communeA.code);
      expect(tip.place?.code).toBe(w.tiny.admin.communeA.code);
    });

    it('sends a tip whose commune cannot be determined to the duty desk, which routes it by hand', async () => {
      const { trackingCode } = await submitTipInA(w, { communeCode: undefined, address: 'gần chợ' });
      const tip = await detailOf(trackingCode);
      expect(tip.ownerUnit.code).toBe('CA92-TB');
      expect(tip.place).toBeNull();
      const routed = await staffCall(w, 'trucban', 'POST', `/api/tips/${tip.id}/route`, {
        version: tip.version,
        unitId: w.tiny.police.communeB.id,
      });
      expect(routed.statusCode, routed.body).toBe(200);
      expect((routed.json() as Summary).ownerUnit.code).toBe(w.tiny.police.communeB.code);
      const queue = (await staffCall(w, 'canbo.b', 'GET', '/api/tips?queue=unit')).json() as {
        items: Summary[];
      };
      expect(queue.items.map((t) => t.id)).toContain(tip.id);
    });

    it('lets a leader reassign within their jurisdiction only', async () => {
      const { trackingCode } = await submitTipInA(w);
      const tip = await detailOf(trackingCode);
      const byCommuneLeader = await staffCall(w, 'lanhdao.a', 'POST', `/api/tips/${tip.id}/route`, {
        version: tip.version,
        unitId: w.tiny.police.communeB.id,
      });
      expect(byCommuneLeader.statusCode).toBe(403);
      const byCityLeader = await staffCall(w, 'lanhdao.tp', 'POST', `/api/tips/${tip.id}/route`, {
        version: tip.version,
        unitId: w.tiny.police.communeB.id,
      });
      expect(byCityLeader.statusCode, byCityLeader.body).toBe(200);
    });

    it('refuses a point outside every commune, naming the fields, and stores nothing', async () => {
      const before = await tipCount();
      const response = await portalCall(w, '/api/portal/tips', {
        kind: 'report',
        category: 'drugs',
        description: 'Có người bán ma túy',
        ...POINT_OUTSIDE,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('point_outside_units');
      expect(fieldsOf(response.body)).toEqual(['lon', 'lat']);
      expect(await tipCount()).toBe(before);
    });
  });

  describe('the portal’s public place look-ups', () => {
    it('lists today’s communes of the provinces served, without an account, and finds the one under a point', async () => {
      const all = await w.app.inject({ method: 'GET', url: '/api/portal/communes' });
      expect(all.statusCode).toBe(200);
      expect((all.json() as { items: { code: string }[] }).items.map((c) => c.code).sort()).toEqual([
        w.tiny.admin.communeA.code,
        w.tiny.admin.communeB.code,
      ]);
      const found = await w.app.inject({
        method: 'GET',
        url: `/api/portal/communes/at-point?lon=${POINT_IN_A.lon}&lat=${POINT_IN_A.lat}`,
      });
      expect(found.json()).toMatchObject({ code: w.tiny.admin.communeA.code, provinceCode: '92' });
      const outside = await w.app.inject({
        method: 'GET',
        url: `/api/portal/communes/at-point?lon=${POINT_OUTSIDE.lon}&lat=${POINT_OUTSIDE.lat}`,
      });
      expect(outside.statusCode).toBe(400);
    });
  });

  describe('duplicate suggestions', () => {
    it('shows tips of the same category close in place and time, and not the others', async () => {
      const first = await submitTipInA(w, {
        category: 'assault',
        communeCode: undefined,
        lon: 110.03,
        lat: 10.03,
      });
      const near = await submitTipInA(w, {
        category: 'assault',
        communeCode: undefined,
        lon: 110.032,
        lat: 10.031,
      });
      const otherKind = await submitTipInA(w, {
        category: 'drugs',
        communeCode: undefined,
        lon: 110.03,
        lat: 10.03,
      });
      const far = await submitTipInA(w, {
        category: 'assault',
        communeCode: undefined,
        lon: 110.09,
        lat: 10.09,
      });
      const id = await tipIdOf(w, first.trackingCode);
      const detail = (await staffCall(w, 'lanhdao.a', 'GET', `/api/tips/${id}`)).json() as {
        duplicates: { id: string; distanceMeters: number | null; sameCommune: boolean }[];
      };
      const nearId = await tipIdOf(w, near.trackingCode);
      expect(detail.duplicates).toEqual([expect.objectContaining({ id: nearId, sameCommune: true })]);
      expect(detail.duplicates[0]!.distanceMeters).toBeGreaterThan(200);
      expect(detail.duplicates[0]!.distanceMeters).toBeLessThan(300);
      // Not the drugs tip at the same spot, nor the assault 8 km away in the same commune.
      expect(detail.duplicates.map((d) => d.id)).not.toContain(await tipIdOf(w, otherKind.trackingCode));
      expect(detail.duplicates.map((d) => d.id)).not.toContain(await tipIdOf(w, far.trackingCode));
      // A user of commune B sees none of A's tips, suggested or not.
      expect((await staffCall(w, 'lanhdao.b', 'GET', `/api/tips/${id}`)).statusCode).toBe(404);
    });
  });

  describe('staff intake', () => {
    it('records a phone tip in the officer’s own unit register, assigned to the officer', async () => {
      const response = await staffCall(w, 'canbo.b', 'POST', '/api/tips', {
        kind: 'report',
        channel: 'phone',
        category: 'gambling',
        description: 'Có tụ điểm đánh bạc ở bến đò',
        communeCode: w.tiny.admin.communeB.code,
      });
      expect(response.statusCode, response.body).toBe(201);
      const tip = response.json() as Summary & { assignee: { username: string } };
      expect(tip.registration.unit.code).toBe(w.tiny.police.communeB.code);
      expect(tip.channel).toBe('phone');
      expect(tip.assignee.username).toBe('canbo.b');
    });

    it('asks for the receipt record of an in-person tip and the agency of a transfer', async () => {
      const base = { kind: 'denunciation', category: 'assault', description: 'Bị đánh' };
      const inPerson = await staffCall(w, 'canbo.b', 'POST', '/api/tips', { ...base, channel: 'in_person' });
      expect(inPerson.statusCode).toBe(400);
      expect(fieldsOf(inPerson.body)).toContain('body.receiptRecordNo');
      const transfer = await staffCall(w, 'canbo.b', 'POST', '/api/tips', { ...base, channel: 'transfer' });
      expect(fieldsOf(transfer.body)).toContain('body.sourceAgency');
    });

    it('refuses intake to a procurator', async () => {
      const response = await staffCall(w, 'kiemsat', 'POST', '/api/tips', {
        kind: 'report',
        channel: 'phone',
        category: 'other',
        description: 'x',
      });
      expect(response.statusCode).toBe(403);
    });
  });

  describe('the intake register', () => {
    it('numbers the tips of each unit in sequence, without gaps, even when they arrive together', async () => {
      const before = (await staffCall(w, 'lanhdao.tp', 'GET', '/api/tips?pageSize=200')).json() as {
        items: Summary[];
      };
      const numbersOfA = () =>
        before.items
          .filter((t) => t.registration.unit.code === w.tiny.police.communeA.code)
          .map((t) => t.registration.number);
      const highest = Math.max(0, ...numbersOfA());
      const receipts = await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          submitTipInA(w, { description: `Tin báo đồng thời số ${i}` }, `198.51.100.${i}`),
        ),
      );
      const numbers = await Promise.all(
        receipts.map(async (r) => (await detailOf(r.trackingCode)).registration.number),
      );
      expect(numbers.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6].map((n) => highest + n));
    });

    it('starts again at 1 in a new year, and keeps each unit’s own sequence', async () => {
      await moveClockTo(w, new Date('2027-01-04T02:00:00Z'));
      const a = await detailOf((await submitTipInA(w)).trackingCode);
      expect(a.registration.label).toBe('1/2027');
      const b = await staffCall(w, 'canbo.b', 'POST', '/api/tips', {
        kind: 'report',
        channel: 'mail',
        category: 'fraud',
        description: 'Đơn tố cáo lừa đảo qua mạng',
      });
      expect((b.json() as Summary).registration.label).toBe('1/2027');
    });
  });

  describe('bad input is refused whole, naming the field', () => {
    it('a missing description', async () => {
      const before = await tipCount();
      const response = await portalCall(w, '/api/portal/tips', {
        kind: 'report',
        category: 'theft',
        description: '   ',
        communeCode: w.tiny.admin.communeA.code,
      });
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response.body)).toEqual(['description']);
      expect(await tipCount()).toBe(before);
    });

    it('an executable renamed .jpg, and a file over the size limit', async () => {
      const before = await tipCount();
      const tip = {
        kind: 'report',
        category: 'theft',
        description: 'Có ảnh',
        communeCode: w.tiny.admin.communeA.code,
      };
      const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(200)]);
      const executable = await w.app.inject({
        method: 'POST',
        url: '/api/portal/tips',
        ...multipartBody(tip, [{ name: 'anh.jpg', bytes: elf, type: 'image/jpeg' }]),
      });
      expect(executable.statusCode).toBe(400);
      expect(fieldsOf(executable.body)).toEqual(['attachments[0]']);
      const big = Buffer.concat([tinyJpeg([jfifSegment()]), Buffer.alloc(11 * 1024 * 1024)]);
      const oversized = await w.app.inject({
        method: 'POST',
        url: '/api/portal/tips',
        ...multipartBody(tip, [{ name: 'video-dai.jpg', bytes: big }]),
      });
      expect(oversized.statusCode).toBe(400);
      expect(fieldsOf(oversized.body)).toEqual(['attachments[0]']);
      // A 30 MB file: cut off while it streams in, refused the same way.
      const huge = Buffer.concat([tinyJpeg([jfifSegment()]), Buffer.alloc(30 * 1024 * 1024)]);
      const thirtyMegabytes = await w.app.inject({
        method: 'POST',
        url: '/api/portal/tips',
        ...multipartBody(tip, [{ name: 'anh-lon.jpg', bytes: huge }]),
      });
      expect([400, 413]).toContain(thirtyMegabytes.statusCode);
      expect(thirtyMegabytes.json().error.code).toMatch(/validation_failed|payload_too_large/);
      expect(await tipCount()).toBe(before);
    });

    it('an occurrence time in the future', async () => {
      const response = await portalCall(w, '/api/portal/tips', {
        kind: 'report',
        category: 'theft',
        description: 'x',
        occurredAt: '2099-01-01T00:00:00+07:00',
      });
      expect(response.statusCode).toBe(400);
      expect(fieldsOf(response.body)).toEqual(['occurredAt']);
    });
  });

  describe('rate limits', () => {
    it('answers 429 in the API’s error shape once an address has submitted too often', async () => {
      const address = '192.0.2.77';
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) {
        statuses.push((await portalCall(w, '/api/portal/tips', { kind: 'report' }, address)).statusCode);
      }
      expect(statuses).toEqual(Array(10).fill(400));
      const refused = await portalCall(w, '/api/portal/tips', { kind: 'report' }, address);
      expect(refused.statusCode).toBe(429);
      expect(refused.json().error.code).toBe('rate_limited');
      expect((await portalCall(w, '/api/portal/tips', { kind: 'report' }, '192.0.2.78')).statusCode).toBe(
        400,
      );
    });
  });

  describe('attachments of an anonymous tip', () => {
    it('stores a JPEG photo without its EXIF and GPS metadata, and keeps it a JPEG', async () => {
      const { tiff } = phoneExif(true);
      const photo = tinyJpeg([jfifSegment(), exifSegment(tiff)]);
      expect(photo.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(true);
      const response = await w.app.inject({
        method: 'POST',
        url: '/api/portal/tips',
        remoteAddress: '203.0.113.50',
        ...multipartBody(
          {
            kind: 'report',
            category: 'theft',
            description: 'Ảnh kẻ trộm',
            communeCode: w.tiny.admin.communeA.code,
          },
          [{ name: 'IMG_20260301.jpg', bytes: photo, type: 'image/jpeg' }],
        ),
      });
      expect(response.statusCode, response.body).toBe(201);
      const receipt = response.json() as {
        trackingCode: string;
        attachments: { metadataStripped: boolean }[];
      };
      expect(receipt.attachments).toEqual([
        expect.objectContaining({ contentType: 'image/jpeg', metadataStripped: true }),
      ]);
      const id = await tipIdOf(w, receipt.trackingCode);
      const detail = (await staffCall(w, 'lanhdao.a', 'GET', `/api/tips/${id}`)).json() as {
        attachments: { id: string; fileName: string }[];
      };
      expect(detail.attachments[0]!.fileName).toBe('tep-1.jpg');
      const file = await staffCall(
        w,
        'lanhdao.a',
        'GET',
        `/api/tips/${id}/attachments/${detail.attachments[0]!.id}`,
      );
      expect(file.statusCode).toBe(200);
      expect(file.headers['content-type']).toBe('image/jpeg');
      const stored = file.rawPayload;
      expect(stored.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
      expect(stored.includes(Buffer.from('Exif', 'latin1'))).toBe(false);
      expect(stored.includes(Buffer.from('samsung', 'latin1'))).toBe(false);
      expect(stored.includes(Buffer.from('Nguyen Van An', 'latin1'))).toBe(false);
      // Nothing of the sender either: the register holds no address, the audit row none.
      const audit = await ctx()
        .db.selectFrom('audit_log')
        .select('details')
        .where('entity_id', '=', id)
        .execute();
      expect(JSON.stringify(audit)).not.toContain('203.0.113.50');
      expect(
        await ctx().db.selectFrom('tip_informants').where('tip_id', '=', id).selectAll().execute(),
      ).toEqual([]);
    });
  });
});
