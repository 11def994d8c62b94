import type { ColumnStatus, RotationReport, VaultStatus } from '../services/vault.service.ts';
import { runAction, type CommandModule } from './command.ts';
import { withCli } from './context.ts';
import { EXIT_REFUSED, printResult } from './output.ts';
import { progressBar } from './progress.ts';
import { formatTable } from './units.command.ts';

// `antt vault init | status | rotate-key`: the key that encrypts informants' personal data and
// TOTP seeds. The key lives in ANTT_VAULT_KEY_FILE, never in the database; these commands print
// versions and counts, never a key or a value.

function versionCounts(c: ColumnStatus): string {
  const parts = Object.entries(c.byVersion).map(([v, n]) => `v${v}: ${n}`);
  if (c.unknownVersion) parts.push(`khóa không còn / missing key: ${c.unknownVersion}`);
  if (c.plaintext) parts.push(`chưa mã hóa / not encrypted: ${c.plaintext}`);
  return parts.join(', ');
}

function describeStatus(s: VaultStatus): string {
  return [
    `Tệp khóa / key file: ${s.keyFile}`,
    `Phiên bản hiện hành / current version: ${s.currentVersion} (có / present: ${s.versions.map((v) => `v${v}`).join(', ')})`,
    formatTable(
      ['column', 'values', 'by key version'],
      s.columns.map((c) => [c.column, String(c.total), versionCounts(c)]),
    ),
  ].join('\n');
}

function describeRotation(r: RotationReport): string {
  const perColumn = Object.entries(r.reencrypted).map(([column, n]) => `${column} ${n}`);
  const lines = [
    `Khóa mới / new key: v${r.toVersion} (trước / was v${r.fromVersion}).`,
    `Đã mã hóa lại / re-encrypted: ${perColumn.join(', ')}.`,
  ];
  if (r.encryptedPlaintext) {
    lines.push(
      `Trong đó ${r.encryptedPlaintext} giá trị trước đây chưa mã hóa / of which ${r.encryptedPlaintext} were not encrypted before.`,
    );
  }
  if (r.retiredVersions.length) {
    lines.push(`Đã bỏ khóa cũ / retired versions: ${r.retiredVersions.map((v) => `v${v}`).join(', ')}.`);
  } else {
    lines.push(
      'Các khóa cũ vẫn giữ trong tệp để đọc được bản sao lưu cũ / old versions kept for older backups.',
    );
  }
  if (r.unreadableCount) {
    lines.push(
      `KHÔNG GIẢI MÃ ĐƯỢC ${r.unreadableCount} GIÁ TRỊ / ${r.unreadableCount} UNREADABLE (để nguyên, không bỏ khóa cũ / left as they were, nothing retired): ${r.unreadable
        .map((u) => `${u.column} ${u.id}`)
        .join(', ')}`,
    );
  }
  return lines.join('\n');
}

export const vaultCommands: CommandModule = (program) => {
  const vault = program
    .command('vault')
    .description(
      'the key that encrypts personal data at rest (file ANTT_VAULT_KEY_FILE, never in the database)',
    );

  const init = vault
    .command('init')
    .description('create the key file (mode 0600); refuses if it exists. Back it up apart from the database');
  init.action(
    runAction(init, async (mode) => {
      const result = await withCli(({ services, actor }) => services.vault.init(actor));
      printResult(mode, result, (r) =>
        [
          `Đã tạo tệp khóa / created the key file: ${r.keyFile} (v${r.currentVersion}).`,
          'Sao lưu tệp này riêng, không để chung với bản sao lưu cơ sở dữ liệu; mất tệp là mất dữ liệu đã mã hóa.',
          'Back it up separately from database backups: losing it loses the encrypted data.',
        ].join('\n'),
      );
    }),
  );

  const status = vault
    .command('status')
    .description('key versions, the current one, and how many values each version encrypts (counts only)');
  status.action(
    runAction(status, async (mode) => {
      const result = await withCli(({ services }) => services.vault.status());
      printResult(mode, result, describeStatus);
    }),
  );

  const rotate = vault
    .command('rotate-key')
    .description(
      'add a key version, make it current and re-encrypt every encrypted value with it; old versions stay for older backups',
    )
    .option(
      '--retire-old',
      'afterwards, remove the versions no value uses any more (older backups then become unreadable)',
    );
  rotate.action(
    runAction(rotate, async (mode, opts: { retireOld?: boolean }) => {
      const report = await withCli(async ({ services, actor }) => {
        const bar = progressBar(mode, 'values');
        try {
          return await services.vault.rotateKey(actor, {
            retireOld: Boolean(opts.retireOld),
            onProgress: (done, total) => bar.update(done, total),
          });
        } finally {
          bar.stop();
        }
      });
      printResult(mode, report, describeRotation);
      return report.unreadableCount ? EXIT_REFUSED : 0;
    }),
  );
};
