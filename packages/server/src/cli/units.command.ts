import { isoFromDay, vnToday, type DayNumber } from '@antt/shared';
import type { Command } from 'commander';
import { presentAdminUnit, presentUnitMapping } from '../presenters/admin-unit.presenter.ts';
import type { AdminUnit } from '../services/admin-unit.service.ts';
import { runAction, type CommandModule } from './command.ts';
import { withCli } from './context.ts';
import { parseDayOption, parseNumberOption } from './day-option.ts';
import { printResult } from './output.ts';

// `antt units ...`: read the administrative units as of a date (shared/DESIGN.md section 4).

function validity(u: AdminUnit): string {
  return `${isoFromDay(u.validFrom)} – ${u.validTo === null ? '' : isoFromDay(u.validTo)}`.trimEnd();
}

/** A plain table: columns padded to their widest cell, two spaces apart. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

function unitTable(units: AdminUnit[]): string {
  return formatTable(
    ['code', 'name', 'type', 'valid'],
    units.map((u) => [u.code, u.name, u.type, validity(u)]),
  );
}

function weightText(weight: number): string {
  return String(Number(weight.toFixed(4)));
}

const dateOption = (cmd: Command) =>
  cmd.option('--date <YYYY-MM-DD>', 'the date the code is read at (default: today in Vietnam)');
const dayOrToday = (value: string | undefined, flag: string): DayNumber =>
  value === undefined ? vnToday() : parseDayOption(value, flag);

export const unitCommands: CommandModule = (program) => {
  const units = program
    .command('units')
    .description('administrative units as of a date (codes are read by date)');

  const show = dateOption(
    units.command('show').argument('<code>', 'unit code').description('the unit a code names on a date'),
  );
  show.action(
    runAction(show, async (mode, code: string, opts: { date?: string }) => {
      const day = dayOrToday(opts.date, '--date');
      const unit = await withCli(({ services }) => services.adminUnits.unitAt(code, day));
      printResult(mode, presentAdminUnit(unit), () =>
        [
          `${unit.code}  ${unit.name}`,
          `  loại / type:        ${unit.type} (${unit.level})`,
          `  thuộc / parent:     ${unit.parentCode ?? '—'}`,
          `  tỉnh / province:    ${unit.provinceCode}`,
          `  hiệu lực / valid:   ${validity(unit)}`,
          `  id:                 ${unit.id}`,
        ].join('\n'),
      );
    }),
  );

  const children = dateOption(
    units
      .command('children')
      .argument('<code>', 'unit code')
      .description('the units directly under a unit on a date'),
  );
  children.action(
    runAction(children, async (mode, code: string, opts: { date?: string }) => {
      const day = dayOrToday(opts.date, '--date');
      const { parent, items } = await withCli(async ({ services }) => ({
        parent: await services.adminUnits.unitAt(code, day),
        items: await services.adminUnits.childrenAt(code, day),
      }));
      printResult(
        mode,
        { date: isoFromDay(day), parent: presentAdminUnit(parent), items: items.map(presentAdminUnit) },
        () =>
          [
            `${parent.name} (${parent.code}) ngày / on ${isoFromDay(day)}: ${items.length} đơn vị trực thuộc / units under it`,
            unitTable(items),
          ].join('\n'),
      );
    }),
  );

  const map = units
    .command('map')
    .argument('<code>', 'unit code, read at --from')
    .description('map a unit of one date onto the units of another date, with weights')
    .requiredOption('--from <YYYY-MM-DD>', 'the date the code is read at')
    .option('--to <YYYY-MM-DD>', 'the date of the target hierarchy (default: today in Vietnam)');
  map.action(
    runAction(map, async (mode, code: string, opts: { from: string; to?: string }) => {
      const fromDay = parseDayOption(opts.from, '--from');
      const toDay = dayOrToday(opts.to, '--to');
      const mapping = await withCli(({ services }) => services.adminUnits.mapUnit(code, fromDay, toDay));
      printResult(mode, presentUnitMapping(mapping), () => {
        const head = `${mapping.from.code} ${mapping.from.name} (${isoFromDay(fromDay)}) → đơn vị ngày / units on ${isoFromDay(toDay)}:`;
        const table = formatTable(
          ['code', 'name', 'type', 'weight'],
          mapping.targets.map((t) => [t.unit.code, t.unit.name, t.unit.type, weightText(t.weight)]),
        );
        const lines = [head, mapping.targets.length ? table : '  (không có / none)'];
        if (mapping.unmappedWeight > 0) {
          lines.push(
            `Phần ${weightText(mapping.unmappedWeight)} không có đơn vị kế thừa được ghi nhận / a share of ${weightText(mapping.unmappedWeight)} has no recorded successor`,
          );
        }
        return lines.join('\n');
      });
    }),
  );

  const atPoint = dateOption(
    units
      .command('at-point')
      .description('the commune whose boundary holds a point on a date')
      .requiredOption('--lon <degrees>', 'longitude (WGS84)')
      .requiredOption('--lat <degrees>', 'latitude (WGS84)'),
  );
  atPoint.action(
    runAction(atPoint, async (mode, opts: { lon: string; lat: string; date?: string }) => {
      const lon = parseNumberOption(opts.lon, '--lon', -180, 180);
      const lat = parseNumberOption(opts.lat, '--lat', -90, 90);
      const day = dayOrToday(opts.date, '--date');
      const { approximateBoundary, ...unit } = await withCli(({ services }) =>
        services.adminUnits.communeAtPoint(lon, lat, day),
      );
      printResult(mode, { date: isoFromDay(day), unit: presentAdminUnit(unit), approximateBoundary }, () =>
        [
          `${unit.code}  ${unit.name}  (${unit.type}, tỉnh / province ${unit.provinceCode}) ngày / on ${isoFromDay(day)}`,
          approximateBoundary
            ? 'Ranh giới gần đúng, không dùng cho mục đích pháp lý / approximate boundary, not a legal one'
            : '',
        ]
          .filter(Boolean)
          .join('\n'),
      );
    }),
  );
};
