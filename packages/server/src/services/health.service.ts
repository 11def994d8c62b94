import type { ServiceDeps } from './service-deps.ts';

export class HealthService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Touches the database so a broken connection shows as a failed health check. */
  async check(): Promise<{ db: ServiceDeps['dialect'] }> {
    await this.deps.db.selectFrom('app_meta').select('key').limit(1).execute();
    return { db: this.deps.dialect };
  }
}
