import type { DataValueInput } from '@antt/shared';
import { addDays, isoFromDay } from '@antt/shared';
import { buildIncidentWorld, type IncidentWorld } from './incident-fixtures.ts';
import type { TestDatabase } from './test-db.ts';

// The incident world (communes A 92001 and B 92002 of province 92, both of commune level, so
// they report the daily Project 06 set; clock 10:00 on 2 March 2026) with helpers to call the
// data-value API as a user and to lay down a unit's history as the command line would.

export type DataValueWorld = IncidentWorld;

export const P06 = 'p06_daily';
export const TODAY = '2026-03-02';

export function buildDataValueWorld(database: TestDatabase): Promise<DataValueWorld> {
  return buildIncidentWorld(database);
}

/** A JSON request as a signed-in user of the world. */
export function callAs(
  world: DataValueWorld,
  user: string,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: unknown,
) {
  return world.app.inject({
    method,
    url,
    headers: world.as[user]!.headers,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
}

/** One value of commune A unless told otherwise. */
export function valueOf(
  overrides: Partial<DataValueInput> & Pick<DataValueInput, 'element' | 'period'>,
): DataValueInput {
  return { unit: '92001', value: 0, ...overrides };
}

/**
 * Stores `count` consecutive daily values of an element ending on `lastDay` (ISO) for a unit,
 * through the service as the command line: the unit's own history for the outlier check.
 */
export async function storeHistory(
  world: DataValueWorld,
  history: { unit: string; element: string; lastDay: string; values: number[] },
): Promise<void> {
  const last = Number(history.lastDay.replaceAll('-', ''));
  const n = history.values.length;
  await world.app.services.dataValues.save(
    { kind: 'cli', label: 'test' },
    {
      values: history.values.map((value, i) => ({
        element: history.element,
        unit: history.unit,
        period: isoFromDay(addDays(last, i - n + 1)),
        value,
      })),
    },
  );
}

/** The entry grid of a unit as a user sees it. */
export async function entryOf(world: DataValueWorld, user: string, unit: string, from: string, to: string) {
  return callAs(world, user, 'GET', `/api/datasets/${P06}/entry?unit=${unit}&from=${from}&to=${to}`);
}

/** The stored value (or undefined) of commune A's element on a day, read through the grid as A's officer. */
export async function storedValue(world: DataValueWorld, element: string, day: string, unit = '92001') {
  const r = await entryOf(world, unit === '92001' ? 'canbo.a' : 'canbo.b', unit, day, day);
  if (r.statusCode !== 200) throw new Error(`entry refused: ${r.body}`);
  return (
    r.json() as {
      values: {
        element: string;
        value: number;
        version: number;
        updatedBy: string;
        comment: string | null;
      }[];
    }
  ).values.find((v) => v.element === element);
}
