import type { IncidentRequest } from '@antt/shared';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { buildIncidentWorld, type IncidentWorld } from '../../test/incident-fixtures.ts';
import { describeEachDialect } from '../../test/test-db.ts';
import type { Actor } from './actor.ts';

// DESIGN 5.5: dashboards read rollups kept in step with every write. This property drives random
// sequences of creates, edits (moving an incident to another commune, day, type or clearance),
// deletes, bulk actions and spreadsheet imports (new references added, known ones updated)
// through the services, and after each sequence the stored rollups
// must equal a recount from the raw rows — on both dialects.

const cli: Actor = { kind: 'cli', label: 'property' };

/** Places valid on the chosen day: the old commune only before the 2025 reform. */
const placeFor = (day: string, pick: number) => {
  if (day < '2025-07-01') return '94001';
  return pick % 2 === 0 ? '92001' : '92002';
};

const dayArb = fc.constantFrom(
  '2024-06-10',
  '2025-03-01',
  '2025-07-01',
  '2025-12-31',
  '2026-01-15',
  '2026-03-01',
);

const contentArb = fc.record({
  day: dayArb,
  hour: fc.integer({ min: 0, max: 23 }),
  pick: fc.nat(9),
  kind: fc.constantFrom('crime', 'traffic_accident', 'fire', 'social_vice'),
  clause: fc.integer({ min: 1, max: 4 }),
  article: fc.constantFrom(173, 134, 251, 171),
  deaths: fc.nat(3),
  injuries: fc.nat(5),
  damage: fc.nat(2_000_000_000),
  cleared: fc.boolean(),
  clearedAfter: fc.nat(20),
});
type Content = typeof contentArb extends fc.Arbitrary<infer T> ? T : never;

function request(c: Content): IncidentRequest {
  const occurredAt = `${c.day}T${String(c.hour).padStart(2, '0')}:15:00+07:00`;
  const clearedDay = new Date(`${c.day}T00:00:00Z`);
  clearedDay.setUTCDate(clearedDay.getUTCDate() + c.clearedAfter);
  // The world's clock stands at 2026-03-02: a clearance day must not lie after it.
  const clearedOn =
    clearedDay.toISOString().slice(0, 10) > '2026-03-02'
      ? '2026-03-02'
      : clearedDay.toISOString().slice(0, 10);
  const common = {
    occurredAt,
    communeCode: placeFor(c.day, c.pick),
    summary: 'Vụ việc sinh ngẫu nhiên',
    cleared: c.cleared,
    ...(c.cleared ? { clearedOn } : {}),
  };
  switch (c.kind) {
    case 'crime':
      return { type: 'crime', article: c.article, clause: c.clause, ...common };
    case 'traffic_accident':
      return {
        type: 'traffic_accident',
        category: 'road',
        deaths: c.deaths,
        injuries: c.injuries,
        vehicles: 2,
        ...common,
      };
    case 'fire':
      return {
        type: 'fire',
        category: c.pick % 2 ? 'fire' : 'explosion',
        deaths: c.deaths,
        injuries: c.injuries,
        damageVnd: c.damage,
        ...common,
      };
    default:
      return { type: 'social_vice', category: 'gambling', ...common };
  }
}

const SHEET_COLUMNS = [
  'ma_tham_chieu',
  'loai',
  'thoi_gian_xay_ra',
  'ma_xa',
  'da_lam_ro',
  'ngay_lam_ro',
  'dieu',
  'khoan',
  'phan_loai',
  'so_nguoi_chet',
  'so_nguoi_bi_thuong',
  'so_phuong_tien',
  'thiet_hai_vnd',
  'tom_tat',
] as const;

/** One spreadsheet row with the same content as request(c), under the unit's own reference. */
function sheetRow(ref: string, c: Content): string {
  const r = request(c);
  const cells: Record<(typeof SHEET_COLUMNS)[number], string> = {
    ma_tham_chieu: ref,
    loai: r.type,
    thoi_gian_xay_ra: r.occurredAt.slice(0, 16).replace('T', ' '),
    ma_xa: r.communeCode ?? '',
    da_lam_ro: r.cleared ? 'có' : 'không',
    ngay_lam_ro: r.clearedOn ?? '',
    dieu: r.type === 'crime' ? String(r.article) : '',
    khoan: r.type === 'crime' ? String(r.clause) : '',
    phan_loai: r.type === 'crime' ? '' : r.category,
    so_nguoi_chet: r.type === 'traffic_accident' || r.type === 'fire' ? String(r.deaths) : '',
    so_nguoi_bi_thuong: r.type === 'traffic_accident' || r.type === 'fire' ? String(r.injuries) : '',
    so_phuong_tien: r.type === 'traffic_accident' ? String(r.vehicles) : '',
    thiet_hai_vnd: r.type === 'fire' ? String(r.damageVnd) : '',
    tom_tat: r.summary,
  };
  return SHEET_COLUMNS.map((k) => cells[k]).join(',');
}

const opArb = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('create' as const), content: contentArb }) },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant('edit' as const), target: fc.nat(), content: contentArb }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('delete' as const), target: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('bulk' as const),
      targets: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
      action: fc.constantFrom('set_status', 'mark_cleared', 'delete'),
    }),
  },
  {
    weight: 2,
    // A spreadsheet whose references are partly new (added) and partly used before (updated,
    // or skipped when nothing changed): moving imported incidents to other days and communes.
    arbitrary: fc.record({
      op: fc.constant('import' as const),
      rows: fc.array(fc.record({ ref: fc.integer({ min: 1, max: 8 }), content: contentArb }), {
        minLength: 1,
        maxLength: 6,
      }),
    }),
  },
);

describeEachDialect('incident rollups equal a recount after any sequence of writes', (ctx) => {
  let world: IncidentWorld;

  it('builds the world', async () => {
    world = await buildIncidentWorld(ctx());
  });

  it('holds for random sequences of creates, edits, deletes, bulk actions and imports', async () => {
    const incidents = world.app.services.incidents;
    const ids: string[] = [];
    const versionOf = async (id: string) => (await incidents.queries.detail(cli, id)).version;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 12 }), async (ops) => {
        for (const o of ops) {
          if (o.op === 'create') {
            ids.push((await incidents.register.create(cli, request(o.content))).id);
          } else if (o.op === 'edit' && ids.length > 0) {
            const id = ids[o.target % ids.length]!;
            await incidents.register.update(cli, id, { ...request(o.content), version: await versionOf(id) });
          } else if (o.op === 'delete' && ids.length > 0) {
            const [id] = ids.splice(o.target % ids.length, 1);
            await incidents.register.remove(cli, id!, await versionOf(id!));
          } else if (o.op === 'import') {
            // One row per reference: a file naming a reference twice is refused by design.
            const byRef = new Map(o.rows.map((r) => [`REF-${r.ref}`, r.content]));
            const text = [SHEET_COLUMNS.join(','), ...[...byRef].map(([ref, c]) => sheetRow(ref, c))].join(
              '\n',
            );
            const report = await incidents.imports.run(
              cli,
              { name: 'so.csv', bytes: Buffer.from(`${text}\n`) },
              { dryRun: false },
            );
            expect(report.problems).toEqual([]);
            expect(report.added + report.updated + report.skipped).toBe(byRef.size);
          } else if (o.op === 'bulk' && ids.length > 0) {
            const chosen = [...new Set(o.targets.map((t) => ids[t % ids.length]!))];
            await incidents.register.bulk(cli, {
              ids: chosen,
              action: o.action,
              status: 'investigating',
              clearedOn: '2026-03-02',
            });
            if (o.action === 'delete') for (const id of chosen) ids.splice(ids.indexOf(id), 1);
          }
        }
        expect(await incidents.checkRollups()).toEqual([]);
      }),
      { numRuns: 12, seed: 20261127, endOnFailure: true },
    );
    // The sequences really wrote something: the rollups are not trivially empty.
    expect(ids.length).toBeGreaterThan(0);
  }, 120_000);

  it('rebuild recomputes the same rollups from scratch', async () => {
    const incidents = world.app.services.incidents;
    const before = await world.app.services.incidents.checkRollups();
    expect(before).toEqual([]);
    const counts = await incidents.rebuildRollups(cli);
    expect(counts.days).toBeGreaterThan(0);
    expect(await incidents.checkRollups()).toEqual([]);
  });

  it('closes the app', async () => {
    await world.app.close();
  });
});
