import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEachDialect } from '../../test/test-db.ts';
import {
  buildTipWorld,
  portalCall,
  staffCall,
  submitTipInA,
  tipIdOf,
  type Receipt,
  type TipWorld,
} from '../../test/tip-fixtures.ts';

// The informant stays safe (shared/DESIGN.md section 5.2): an identity is stored only
// encrypted, shown only to the assigned officer and the owning unit's leaders with a stated
// reason, each reveal audited; the citizen view shows nothing internal; a wrong secret looks
// exactly like an unknown code and is throttled.

const NAME = 'Nguyễn Thị Tố Giác';
const PHONE = '0987654321';
const ID_NUMBER = '094199000111';
const NOTE = 'Ghi chú nội bộ: nghi vấn đối tượng Hùng "sẹo"';

describeEachDialect('informant safety and the citizen view', (ctx) => {
  let w: TipWorld;
  let receipt: Receipt;
  let tipId: string;
  let otherReceipt: Receipt;

  beforeAll(async () => {
    w = await buildTipWorld(ctx());
    const submitted = await submitTipInA(w, {
      description: 'Có người lừa đảo bán hàng qua mạng, chiếm đoạt 20 triệu đồng.',
      category: 'fraud',
      informant: { fullName: NAME, phone: PHONE, email: 'to.giac@example.vn', idNumber: ID_NUMBER },
    });
    receipt = { trackingCode: submitted.trackingCode, secret: submitted.secret };
    tipId = await tipIdOf(w, receipt.trackingCode);
    const other = await submitTipInA(w, { description: 'Một tin báo khác hoàn toàn' });
    otherReceipt = { trackingCode: other.trackingCode, secret: other.secret };
    // The commune leader assigns the officer, who writes to the informant; a note stays inside.
    const detail = (await staffCall(w, 'lanhdao.a', 'GET', `/api/tips/${tipId}`)).json() as {
      version: number;
    };
    await staffCall(w, 'lanhdao.a', 'POST', `/api/tips/${tipId}/assign`, {
      version: detail.version,
      userId: w.userIds['canbo.a'],
    });
    await staffCall(w, 'canbo.a', 'POST', `/api/tips/${tipId}/notes`, { body: NOTE });
    await staffCall(w, 'canbo.a', 'POST', `/api/tips/${tipId}/messages`, {
      body: 'Ông/bà có thể cung cấp ảnh chụp tin nhắn không?',
    });
  });
  afterAll(async () => w?.app.close());

  it('keeps neither the name, the phone nor the ID number in plain text anywhere in the database', async () => {
    const db = ctx().db;
    const tables = await db.introspection.getTables();
    expect(tables.map((t) => t.name)).toContain('tip_informants');
    let cells = 0;
    for (const table of tables) {
      // Every table, whatever its type: the name only steers the query, the rows are read whole.
      const rows = (await db
        .selectFrom(table.name as 'tips')
        .selectAll()
        .execute()) as Record<string, unknown>[];
      for (const row of rows) {
        for (const value of Object.values(row)) {
          const text = Buffer.isBuffer(value) ? value.toString('utf8') : String(value);
          cells += 1;
          expect(text, `${table.name}`).not.toContain(NAME);
          expect(text, `${table.name}`).not.toContain(PHONE);
          expect(text, `${table.name}`).not.toContain(ID_NUMBER);
        }
      }
    }
    expect(cells).toBeGreaterThan(100);
    const stored = await db
      .selectFrom('tip_informants')
      .selectAll()
      .where('tip_id', '=', tipId)
      .executeTakeFirstOrThrow();
    expect(stored.full_name).toMatch(/^v\d+:/);
    expect(stored.phone).toMatch(/^v\d+:/);
  });

  describe('revealing the identity', () => {
    const reveal = (user: string, reason: string) =>
      staffCall(w, user, 'POST', `/api/tips/${tipId}/informant/reveal`, { reason });

    it('refuses everyone but the assigned officer and the owning unit’s leaders — procurators included', async () => {
      for (const user of ['kiemsat', 'lanhdao.tp', 'canbo.b', 'dieutra']) {
        const response = await reveal(user, 'Cần liên hệ người tố giác để xác minh');
        expect([403, 404], `${user}: ${response.body}`).toContain(response.statusCode);
        expect(response.body).not.toContain(NAME);
      }
    });

    it('asks for a reason', async () => {
      const response = await reveal('lanhdao.a', 'xem');
      expect(response.statusCode).toBe(400);
    });

    it('shows the assigned officer and the leader the identity, and audits each reveal with its reason', async () => {
      const byOfficer = await reveal('canbo.a', 'Gọi điện hẹn người tố giác đến làm việc');
      expect(byOfficer.statusCode, byOfficer.body).toBe(200);
      expect(byOfficer.json()).toMatchObject({
        fullName: NAME,
        phone: PHONE,
        idNumber: ID_NUMBER,
        address: null,
      });
      const byLeader = await reveal('lanhdao.a', 'Kiểm tra thông tin người tố giác trước khi ký văn bản');
      expect(byLeader.statusCode).toBe(200);
      const audit = (
        await staffCall(w, 'lanhdao.a', 'GET', '/api/audit?entityType=tip&limit=100')
      ).json() as {
        items: { action: string; actorLabel: string; entityId: string; details: { reason?: string } }[];
      };
      const reveals = audit.items.filter(
        (e) => e.action === 'tip.informant_revealed' && e.entityId === tipId,
      );
      expect(reveals.map((e) => [e.actorLabel, e.details.reason])).toEqual([
        ['lanhdao.a', 'Kiểm tra thông tin người tố giác trước khi ký văn bản'],
        ['canbo.a', 'Gọi điện hẹn người tố giác đến làm việc'],
      ]);
      expect(JSON.stringify(audit)).not.toContain(NAME);
    });
  });

  it('re-encrypts the identity when the operator rotates the vault key, and it still reads the same', async () => {
    const before = await ctx()
      .db.selectFrom('tip_informants')
      .selectAll()
      .where('tip_id', '=', tipId)
      .executeTakeFirstOrThrow();
    const report = await w.app.services.vault.rotateKey({ kind: 'cli', label: 'test' });
    expect(report.unreadable).toEqual([]);
    expect(report.reencrypted['tip_informants.full_name']).toBeGreaterThanOrEqual(1);
    const after = await ctx()
      .db.selectFrom('tip_informants')
      .selectAll()
      .where('tip_id', '=', tipId)
      .executeTakeFirstOrThrow();
    expect(after.full_name).not.toBe(before.full_name);
    expect(after.full_name).toMatch(new RegExp(`^v${report.toVersion}:`));
    const reveal = await staffCall(w, 'canbo.a', 'POST', `/api/tips/${tipId}/informant/reveal`, {
      reason: 'Kiểm tra lại sau khi đổi khóa mã hóa',
    });
    expect(reveal.json()).toMatchObject({ fullName: NAME, phone: PHONE });
  });

  describe('the citizen view', () => {
    it('shows the status, the public steps and the conversation, and nothing internal', async () => {
      const response = await portalCall(w, '/api/portal/tips/status', receipt);
      expect(response.statusCode).toBe(200);
      const view = response.json() as {
        events: { type: string }[];
        messages: { direction: string; body: string }[];
      };
      expect(view.events.map((e) => e.type)).toEqual(['received']);
      expect(view.messages).toEqual([
        expect.objectContaining({
          direction: 'unit',
          body: 'Ông/bà có thể cung cấp ảnh chụp tin nhắn không?',
        }),
      ]);
      const leaks = [
        'canbo.a',
        'lanhdao.a',
        'Cán bộ',
        w.userIds['canbo.a']!,
        w.tiny.police.communeA.code,
        w.tiny.police.communeA.id,
        'Công an',
        NOTE,
        'Hùng',
        otherReceipt.trackingCode,
        tipId,
        '1/2026',
        NAME,
        PHONE,
      ];
      for (const leak of leaks) expect(response.body, leak).not.toContain(leak);
    });

    it('takes the citizen’s reply, which the officer sees as from the informant', async () => {
      const response = await portalCall(w, '/api/portal/tips/messages', {
        ...receipt,
        body: 'Tôi sẽ gửi ảnh qua đây.',
      });
      expect(response.statusCode).toBe(200);
      const detail = (await staffCall(w, 'canbo.a', 'GET', `/api/tips/${tipId}`)).json() as {
        messages: { direction: string; body: string; author: unknown }[];
      };
      expect(detail.messages.at(-1)).toMatchObject({
        direction: 'citizen',
        body: 'Tôi sẽ gửi ảnh qua đây.',
        author: null,
      });
    });

    it('answers a wrong secret exactly as an unknown code, and accepts the code in any case and grouping', async () => {
      const wrongSecret = await portalCall(
        w,
        '/api/portal/tips/status',
        { ...receipt, secret: otherReceipt.secret },
        '192.0.2.1',
      );
      const unknownCode = await portalCall(
        w,
        '/api/portal/tips/status',
        { trackingCode: 'ZZZZZ-ZZZZZ', secret: receipt.secret },
        '192.0.2.2',
      );
      expect(wrongSecret.statusCode).toBe(404);
      expect(unknownCode.statusCode).toBe(404);
      expect(wrongSecret.body).toBe(unknownCode.body);
      const sloppy = await portalCall(w, '/api/portal/tips/status', {
        trackingCode: receipt.trackingCode.toLowerCase().replace('-', ' '),
        secret: receipt.secret.replaceAll('-', ''),
      });
      expect(sloppy.statusCode).toBe(200);
    });

    it('throttles wrong secrets per tracking code, even from many addresses, then refuses the right one too', async () => {
      const target = otherReceipt;
      for (let i = 0; i < 5; i++) {
        const r = await portalCall(
          w,
          '/api/portal/tips/status',
          { ...target, secret: receipt.secret },
          `192.0.2.${10 + i}`,
        );
        expect(r.statusCode).toBe(404);
      }
      const locked = await portalCall(w, '/api/portal/tips/status', target, '192.0.2.99');
      expect(locked.statusCode).toBe(429);
      expect(locked.json().error.code).toBe('rate_limited');
      w.clock.advance(16 * 60_000);
      expect((await portalCall(w, '/api/portal/tips/status', target, '192.0.2.99')).statusCode).toBe(200);
    });

    it('throttles wrong attempts per address', async () => {
      const address = '192.0.2.200';
      for (let i = 0; i < 10; i++) {
        const r = await portalCall(
          w,
          '/api/portal/tips/status',
          { trackingCode: `AAAAA-${String(i).padStart(5, '0')}`, secret: receipt.secret },
          address,
        );
        expect(r.statusCode).toBe(404);
      }
      expect((await portalCall(w, '/api/portal/tips/status', receipt, address)).statusCode).toBe(429);
    });
  });
});
