import type { IncidentImportReport } from '@antt/shared';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.ts';
import { ManualClock } from '../lib/clock.ts';
import { IncidentImportJobs } from './incident-import-jobs.ts';

// The registry of background imports: progress while running, the report or the refusal when
// done, visible to its starter only, and bounded in number and age.

const report: IncidentImportReport = {
  dryRun: true,
  fileName: 'a.csv',
  rows: 1,
  added: 1,
  updated: 0,
  skipped: 0,
  problems: [],
  problemsTruncated: false,
};

/** Lets the job's promise chain run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('incident import jobs', () => {
  it('shows progress, then the report; only to the user who started it', async () => {
    const jobs = new IncidentImportJobs(new ManualClock());
    let finish: (r: IncidentImportReport) => void = () => undefined;
    const job = jobs.start('u1', (onProgress) => {
      onProgress({ phase: 'checking', done: 5, total: 10 });
      return new Promise((resolve) => (finish = resolve));
    });
    await settle();
    expect(jobs.get('u1', job.id)).toMatchObject({ state: 'running', phase: 'checking', done: 5, total: 10 });
    expect(jobs.get('u2', job.id)).toBeUndefined();
    finish(report);
    await settle();
    expect(jobs.get('u1', job.id)).toMatchObject({ state: 'done', phase: 'done', report, error: null });
  });

  it('keeps the report of a refused run and hides unexpected errors', async () => {
    const unexpected: unknown[] = [];
    const jobs = new IncidentImportJobs(new ManualClock(), (e) => unexpected.push(e));
    const refused = jobs.start('u1', () =>
      Promise.reject(new DomainError('import_rejected', 'Tệp có 1 dòng lỗi', report)),
    );
    const broken = jobs.start('u1', () => Promise.reject(new Error('disk on fire at /var/x')));
    await settle();
    expect(jobs.get('u1', refused.id)).toMatchObject({
      state: 'failed',
      error: { code: 'import_rejected', message: 'Tệp có 1 dòng lỗi' },
      report,
    });
    expect(jobs.get('u1', broken.id)).toMatchObject({
      state: 'failed',
      error: { code: 'internal_error', message: 'Lỗi hệ thống / internal error' },
    });
    expect(JSON.stringify(jobs.get('u1', broken.id))).not.toContain('/var/x');
    expect(unexpected).toHaveLength(1);
  });

  it('forgets ended jobs after the time limit and the oldest beyond the count; refuses when all are running', async () => {
    const clock = new ManualClock();
    const jobs = new IncidentImportJobs(clock, undefined, { keep: 3, ttlMs: 60_000 });
    const ended = [];
    for (let i = 0; i < 3; i++) {
      ended.push(jobs.start('u1', async () => report));
      await settle();
      clock.advance(1000);
    }
    const fourth = jobs.start('u1', async () => report);
    await settle();
    expect(jobs.get('u1', ended[0]!.id)).toBeUndefined();
    expect(jobs.get('u1', ended[1]!.id)).toBeDefined();
    clock.advance(61_000);
    expect(jobs.get('u1', fourth.id)).toBeUndefined();

    const never = () => new Promise<IncidentImportReport>(() => undefined);
    for (let i = 0; i < 3; i++) jobs.start('u1', never);
    expect(() => jobs.start('u1', never)).toThrow(expect.objectContaining({ code: 'rate_limited' }));
  });
});
