import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation.ts';
import * as m0002TotpLastStep from './0002-totp-last-step.ts';
import * as m0003Holidays from './0003-holidays.ts';
import * as m0004Tips from './0004-tips.ts';
import * as m0005Open311 from './0005-open311.ts';
import * as m0006Incidents from './0006-incidents.ts';
import * as m0007TipRollups from './0007-tip-rollups.ts';
import * as m0008Indicators from './0008-indicators.ts';
import * as m0009DataValues from './0009-data-values.ts';
import * as m0010Targets from './0010-targets.ts';
import * as m0011Reports from './0011-reports.ts';

/** Every migration in order, in a static map (no file-system scanning, so bundling is safe). */
export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
  '0002-totp-last-step': m0002TotpLastStep,
  '0003-holidays': m0003Holidays,
  '0004-tips': m0004Tips,
  '0005-open311': m0005Open311,
  '0006-incidents': m0006Incidents,
  '0007-tip-rollups': m0007TipRollups,
  '0008-indicators': m0008Indicators,
  '0009-data-values': m0009DataValues,
  '0010-targets': m0010Targets,
  '0011-reports': m0011Reports,
};
