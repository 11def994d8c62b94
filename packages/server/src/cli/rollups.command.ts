import { runAction, type CommandModule } from './command.ts';
import { withCli } from './context.ts';
import { EXIT_DONE, EXIT_REFUSED, printResult } from './output.ts';

// `antt rollups rebuild|check`: the incident rollups the dashboards read (shared/DESIGN.md
// section 5.5) are kept in step with every write; `check` compares them with a recount of the
// raw rows (exit 1 when they differ) and `rebuild` recomputes them from scratch.

/** Differences printed for people; --json prints them all. */
const SHOWN_DIFFERENCES = 20;

export const rollupCommands: CommandModule = (program) => {
  const rollups = program
    .command('rollups')
    .description('the incident rollups behind the dashboards: check or rebuild them');

  const rebuild = rollups
    .command('rebuild')
    .description('recompute the incident rollups from the raw rows, in one transaction');
  rebuild.action(
    runAction(rebuild, async (mode) => {
      const counts = await withCli(({ services, actor }) => services.incidents.rebuildRollups(actor));
      printResult(
        mode,
        counts,
        (c) =>
          `Đã tính lại / rebuilt: ${c.days} dòng theo ngày / day rows, ${c.clearances} dòng làm rõ / clearance rows`,
      );
    }),
  );

  const check = rollups
    .command('check')
    .description('compare the incident rollups with a recount of the raw rows (exit 1 when they differ)');
  check.action(
    runAction(check, async (mode) => {
      const differences = await withCli(({ services }) => services.incidents.checkRollups());
      printResult(mode, { ok: differences.length === 0, differences }, (r) =>
        r.ok
          ? 'Số liệu tổng hợp khớp với dữ liệu gốc / the rollups match the raw rows'
          : [
              `${r.differences.length} khóa lệch / keys differ (sửa bằng / fix with: antt rollups rebuild):`,
              ...r.differences
                .slice(0, SHOWN_DIFFERENCES)
                .map(
                  (d) =>
                    `  ${d.table} ${d.key}: lưu / stored ${JSON.stringify(d.stored)}, đếm lại / recounted ${JSON.stringify(d.recounted)}`,
                ),
              ...(r.differences.length > SHOWN_DIFFERENCES ? ['  …'] : []),
            ].join('\n'),
      );
      return differences.length === 0 ? EXIT_DONE : EXIT_REFUSED;
    }),
  );
};
