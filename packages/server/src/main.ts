import type { Config } from './config.ts';
import { buildApp } from './app.ts';
import { openDatabase, databaseVersion } from './db/dialect.ts';
import { migrateToLatest } from './db/migrate.ts';
import { systemClock } from './lib/clock.ts';
import { AppMetaRepository } from './repositories/app-meta.repository.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed/demo-accounts.ts';
import { seedDemo } from './seed/demo.ts';
import { createServices } from './services/index.ts';
import { DEADLINE_SCAN_INTERVAL_MS } from './services/tip-alert.service.ts';
import { Vault } from './vault/vault.ts';
import { APP_VERSION } from './version.ts';

const say = (line: string) => process.stdout.write(`${line}\n`);

/**
 * Starts the server: migrations, the demo seed when asked for and the database is empty,
 * then listen. Returns once listening; SIGINT/SIGTERM close it cleanly.
 */
export async function startServer(config: Config): Promise<{ url: string; close(): Promise<void> }> {
  // The vault key first: production refuses to start without it (the message says to run
  // `antt vault init`), demo mode makes one. Nothing is opened or migrated before this check.
  const vaultKeyMissing = config.demo ? 'create' : 'refuse';
  new Vault({
    keyFile: config.vaultKeyFile,
    whenMissing: vaultKeyMissing,
    onKeyCreated: (file) => say(`Đã tạo tệp khóa mã hóa / created the vault key file: ${file}`),
  }).keyRing();
  const database = openDatabase(config.database);
  const migration = await migrateToLatest(database);
  say(
    `ANTT ${APP_VERSION} — ${await databaseVersion(database)}${migration.applied.length ? `, ${migration.applied.length} migration(s) applied` : ''}`,
  );

  if (config.demo) {
    const meta = new AppMetaRepository(database.db);
    if (await meta.isUnconfigured()) {
      say('Chế độ trình diễn: đang nạp dữ liệu mẫu (đơn vị hành chính, đơn vị công an, tài khoản)...');
      const services = createServices(database, systemClock, config, { vaultKeyMissing });
      const report = await seedDemo(services, (step) => say(`  · ${step}`));
      say(`  Xong trong ${(report.ms / 1000).toFixed(1)} giây.`);
    }
  }

  const app = await buildApp({ config, database, vaultKeyMissing });
  const address = await app.listen({ port: config.port, host: config.host });
  const url = address.replace('[::1]', 'localhost');
  say('');
  say(`ANTT đang chạy / running: ${url}`);
  say(`  Ứng dụng cán bộ (staff app):  ${url}/`);
  say(`  Cổng công dân (citizen portal): ${url}/portal/`);
  say(`  API: ${url}/api  ·  tài liệu / docs: ${url}/api/docs`);
  if (config.demo) {
    say('');
    say(`Tài khoản trình diễn / demo accounts (mật khẩu / password: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) say(`  ${a.username.padEnd(14)} ${a.description}`);
  }

  // Deadline alerts (due soon, overdue) for assignees and leaders: once now, then every 10
  // minutes. A failed scan is logged and the next one tries again.
  const scanDeadlines = () =>
    app.services.tips.alerts
      .scanDeadlines()
      .catch((error: unknown) => app.log.error({ err: error }, 'deadline scan failed'));
  void scanDeadlines();
  const deadlineTimer = setInterval(() => void scanDeadlines(), DEADLINE_SCAN_INTERVAL_MS);
  deadlineTimer.unref();

  let closing = false;
  const close = async () => {
    if (closing) return;
    closing = true;
    clearInterval(deadlineTimer);
    await app.close();
    await database.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void close().then(() => process.exit(0));
    });
  }
  return { url, close };
}
