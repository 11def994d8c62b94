import type { IncidentImportJobDto, IncidentImportReport } from '@antt/shared';
import { DomainError } from '../errors/domain-error.ts';
import type { Clock } from '../lib/clock.ts';
import { newId } from '../lib/ids.ts';
import type { IncidentImportProgress } from './incident-import.service.ts';

// Imports started from the web run in the background of this process; the page polls their
// progress. The registry lives in memory and is bounded: it keeps the last jobs for an hour
// (a restart forgets them, and a run cut short by a restart wrote nothing: it is one
// transaction). Each job is visible to the user who started it only.

type Job = IncidentImportJobDto & { ownerId: string; endedAt: number | null };

export type ImportJobLimits = { keep: number; ttlMs: number };

const DEFAULT_LIMITS: ImportJobLimits = { keep: 50, ttlMs: 60 * 60_000 };

export class IncidentImportJobs {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly clock: Clock,
    /** Told about failures that are not the user's doing (the job shows only "internal error"). */
    private readonly onUnexpected: (error: unknown) => void = () => undefined,
    private readonly limits: ImportJobLimits = DEFAULT_LIMITS,
  ) {}

  /** Starts `run` in the background and returns the job as it stands (running). */
  start(
    ownerId: string,
    run: (onProgress: (p: IncidentImportProgress) => void) => Promise<IncidentImportReport>,
  ): IncidentImportJobDto {
    this.prune(1);
    if (this.jobs.size >= this.limits.keep) {
      throw new DomainError(
        'rate_limited',
        'Quá nhiều lần nhập đang chạy; thử lại sau ít phút / too many imports are running: try again in a few minutes',
      );
    }
    const job: Job = {
      id: newId(),
      ownerId,
      state: 'running',
      phase: 'reading',
      done: 0,
      total: 0,
      report: null,
      error: null,
      endedAt: null,
    };
    this.jobs.set(job.id, job);
    const onProgress = (p: IncidentImportProgress) => {
      job.phase = p.phase;
      job.done = p.done;
      job.total = p.total;
    };
    void Promise.resolve()
      .then(() => run(onProgress))
      .then(
        (report) => {
          job.state = 'done';
          job.phase = 'done';
          job.report = report;
        },
        (error: unknown) => {
          job.state = 'failed';
          if (error instanceof DomainError) {
            job.error = { code: error.code, message: error.message, details: error.details };
            if (error.code === 'import_rejected') job.report = error.details as IncidentImportReport;
          } else {
            this.onUnexpected(error);
            job.error = { code: 'internal_error', message: 'Lỗi hệ thống / internal error' };
          }
        },
      )
      .finally(() => {
        job.endedAt = this.clock.now().getTime();
      });
    return present(job);
  }

  /** The job, if this user started it and it has not expired. */
  get(ownerId: string, id: string): IncidentImportJobDto | undefined {
    this.prune(0);
    const job = this.jobs.get(id);
    return job && job.ownerId === ownerId ? present(job) : undefined;
  }

  /** Drops ended jobs older than the time limit, then the oldest ended ones until `room` more fit. */
  private prune(room: number): void {
    const now = this.clock.now().getTime();
    for (const [id, job] of this.jobs) {
      if (job.endedAt !== null && now - job.endedAt > this.limits.ttlMs) this.jobs.delete(id);
    }
    const ended = [...this.jobs.values()].filter((j) => j.endedAt !== null);
    ended.sort((a, b) => a.endedAt! - b.endedAt!);
    while (this.jobs.size + room > this.limits.keep && ended.length > 0) this.jobs.delete(ended.shift()!.id);
  }
}

function present(job: Job): IncidentImportJobDto {
  const { ownerId: _owner, endedAt: _ended, ...dto } = job;
  return structuredClone(dto);
}
