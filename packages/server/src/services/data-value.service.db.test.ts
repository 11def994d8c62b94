import { PROJECT06_DATA_SET, PROJECT06_ELEMENTS } from '@antt/shared';
import { expect, it } from 'vitest';
import { buildDataValueWorld, type DataValueWorld } from '../../test/data-value-fixtures.ts';
import { describeEachDialect } from '../../test/test-db.ts';
import { migrateToLatest } from '../db/migrate.ts';
import type { Actor } from './actor.ts';

// The catalogues and the value service below the routes: the shipped set installed once and
// never over an administrator's change; elements and sets edited by administrators only,
// audited with before and after, values kept; a weekly set beside the daily one; the import's
// dry run; the offline replay of a cleared value; deleting with null.

const cli: Actor = { kind: 'cli', label: 'test' };

describeEachDialect('data set and data value services', (ctx) => {
  let world: DataValueWorld;
  const services = () => world.app.services;

  it('installs the shipped Project 06 set once and keeps an administrator’s change', async () => {
    world = await buildDataValueWorld(ctx());
    expect((await services().dataSets.elements()).map((e) => e.code).sort()).toEqual(
      PROJECT06_ELEMENTS.map((e) => e.code).sort(),
    );
    expect(await services().dataSets.dataSet('p06_daily')).toEqual(PROJECT06_DATA_SET);
    const changed = { ...PROJECT06_ELEMENTS[0]!, max: 5_000, nameVi: 'Hồ sơ cấp thẻ căn cước (sửa)' };
    await services().dataSets.setElement(cli, changed.code, changed);
    await migrateToLatest(ctx());
    expect(await services().dataSets.element(changed.code)).toEqual(changed);
    expect(await services().dataSets.elements()).toHaveLength(PROJECT06_ELEMENTS.length);
  });

  it('lets only administrators change an element, audits before and after, and keeps stored values', async () => {
    const element = PROJECT06_ELEMENTS.find((e) => e.code === 'p06_dossiers_total')!;
    await services().dataValues.save(cli, {
      values: [{ element: element.code, unit: '92001', period: '2026-02-10', value: 900 }],
    });
    await expect(
      services().dataSets.setElement(
        {
          kind: 'user',
          userId: world.userIds['canbo.a']!,
          username: 'canbo.a',
          roles: ['officer'],
          unitId: world.tiny.police.communeA.id,
          provinceCode: '92',
          jurisdiction: { scope: 'nation' },
        },
        element.code,
        element,
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await services().dataSets.setElement(cli, element.code, { ...element, max: 500 });
    const grid = await services().dataValues.entry(cli, 'p06_daily', {
      unit: '92001',
      from: '2026-02-10',
      to: '2026-02-10',
    });
    expect(grid.values).toEqual([expect.objectContaining({ element: element.code, value: 900 })]);
    // The new maximum applies to new entries.
    await expect(
      services().dataValues.save(cli, {
        values: [{ element: element.code, unit: '92001', period: '2026-02-11', value: 900 }],
      }),
    ).rejects.toMatchObject({ code: 'data_value_refused' });
    const audit = await world.app.services.deps.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', '=', 'data_element.defined')
      .where('entity_id', '=', element.code)
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ before: { max: 100_000 }, after: { max: 500 } });
    await services().dataSets.setElement(cli, element.code, element);
  });

  it('refuses a set naming an unknown element, and routes a month’s value to a monthly set of the same element', async () => {
    await expect(
      services().dataSets.setDataSet(cli, 'p06_monthly', {
        ...PROJECT06_DATA_SET,
        code: 'p06_monthly',
        periodType: 'month',
        elements: ['p06_cc_applications', 'p06_no_such'],
      }),
    ).rejects.toMatchObject({ code: 'validation_failed', details: { fields: [{ path: 'elements.1' }] } });
    await services().dataSets.setDataSet(cli, 'p06_monthly', {
      ...PROJECT06_DATA_SET,
      code: 'p06_monthly',
      nameVi: 'Đề án 06 — số liệu tháng',
      nameEn: 'Project 06 — monthly figures',
      periodType: 'month',
      elements: ['p06_cc_applications'],
    });
    const saved = await services().dataValues.save(cli, {
      values: [{ element: 'p06_cc_applications', unit: '92001', period: '2026-02', value: 310 }],
    });
    expect(saved).toMatchObject({ saved: 1 });
    const grid = await services().dataValues.entry(cli, 'p06_monthly', {
      unit: '92001',
      from: '2026-01-15',
      to: '2026-02-20',
    });
    expect(grid.periods.map((p) => p.code)).toEqual(['2026-01', '2026-02']);
    expect(grid.values).toEqual([expect.objectContaining({ period: '2026-02', value: 310 })]);
    const week = services().dataValues.save(cli, {
      values: [{ element: 'p06_cc_applications', unit: '92001', period: '2026-W08', value: 1 }],
    });
    await expect(week).rejects.toMatchObject({ code: 'data_value_refused' });
  });

  it('runs the import’s checks on a dry run without writing, and reports every problem', async () => {
    const report = await services().dataValues.importValues(
      cli,
      [
        { element: 'p06_eid2_applications', unit: '92002', period: '2026-02-12', value: 4 },
        { element: 'p06_eid2_applications', unit: '92002', period: '2026-02-13', value: -4 },
        { element: 'p06_eid2_applications', unit: '92002', period: '2026-02-12', value: 5 },
        { element: 'p06_eid2_applications', unit: '99999', period: '2026-02-12', value: 5 },
      ],
      { dryRun: true },
    );
    expect(report.problems.map((p) => [p.index, p.field, p.rule])).toEqual([
      [1, 'value', 'below_min'],
      [2, 'period', null],
      [3, 'unit', 'period_not_reportable'],
    ]);
    const clean = await services().dataValues.importValues(
      cli,
      [{ element: 'p06_eid2_applications', unit: '92002', period: '2026-02-12', value: 4 }],
      { dryRun: true },
    );
    expect(clean).toMatchObject({ saved: 1, problems: [] });
    const grid = await services().dataValues.entry(cli, 'p06_daily', {
      unit: '92002',
      from: '2026-02-12',
      to: '2026-02-13',
    });
    expect(grid.values).toEqual([]);
  });

  it('clears a value with null, and a replayed offline clear changes nothing', async () => {
    const put = (value: number | null, baseVersion?: number) =>
      services().dataValues.save(cli, {
        values: [{ element: 'p06_dossiers_online', unit: '92002', period: '2026-02-14', value, baseVersion }],
      });
    await put(6);
    const cleared = await services().dataValues.sync(cli, {
      changes: [
        {
          opId: 'clear-0000001',
          baseVersion: 1,
          element: 'p06_dossiers_online',
          unit: '92002',
          period: '2026-02-14',
          value: null,
        },
      ],
    });
    expect(cleared.results[0]).toMatchObject({ outcome: 'applied', current: null });
    const replay = await services().dataValues.sync(cli, {
      changes: [
        {
          opId: 'clear-0000001',
          baseVersion: 1,
          element: 'p06_dossiers_online',
          unit: '92002',
          period: '2026-02-14',
          value: null,
        },
      ],
    });
    expect(replay.results[0]).toMatchObject({ outcome: 'applied', current: null });
    expect(await put(7, 0)).toMatchObject({ saved: 1, values: [{ value: 7, version: 1 }] });
    expect(await put(null, 1)).toMatchObject({ saved: 1, values: [] });
    expect(await put(null)).toMatchObject({ saved: 0, unchanged: 1 });
  });
});
