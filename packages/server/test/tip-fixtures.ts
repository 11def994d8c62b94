import type { Role } from '@antt/shared';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import type { App } from '../src/app.ts';
import { buildApp } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { newId } from '../src/lib/ids.ts';
import { ManualClock } from '../src/lib/clock.ts';
import {
  buildTinyProvince,
  FIXTURE_PASSWORD,
  insertPoliceUnit,
  insertUser,
  type TinyProvince,
  type UnitRef,
} from './fixtures.ts';
import { signIn, type SignedIn } from './sign-in.ts';
import type { TestDatabase } from './test-db.ts';

// A province ready for the tip workflow: the tiny province of fixtures.ts plus its
// investigating body and 24/24 duty desk, a square boundary for commune A (so a map point can
// be routed), one account per part of the workflow, each signed in through the real API.

/** Commune A's made-up boundary: a square in the sea, far from any shipped polygon. */
export const COMMUNE_A_SQUARE = { minLon: 110, minLat: 10, maxLon: 110.1, maxLat: 10.1 };
export const POINT_IN_A = { lon: 110.05, lat: 10.05 };
export const POINT_OUTSIDE = { lon: 120.5, lat: 5.5 };

export type TipWorld = {
  app: App;
  clock: ManualClock;
  tiny: TinyProvince;
  investigatingBody: UnitRef;
  dutyDesk: UnitRef;
  userIds: Record<string, string>;
  as: Record<string, SignedIn>;
};

export const WORLD_USERS: [
  string,
  'communeA' | 'communeB' | 'investigating' | 'desk' | 'province' | 'procuracy',
  Role[],
][] = [
  ['canbo.a', 'communeA', ['officer']],
  ['lanhdao.a', 'communeA', ['leader']],
  ['canbo.b', 'communeB', ['officer']],
  ['lanhdao.b', 'communeB', ['leader']],
  ['dieutra', 'investigating', ['officer']],
  ['lanhdao.dt', 'investigating', ['leader']],
  ['trucban', 'desk', ['officer']],
  ['lanhdao.tp', 'province', ['leader']],
  ['kiemsat', 'procuracy', ['procurator']],
];

/** 10:00 on Monday 2 March 2026 in Vietnam. */
export const WORLD_START = new Date('2026-03-02T03:00:00Z');

export async function buildTipWorld(database: TestDatabase, start: Date = WORLD_START): Promise<TipWorld> {
  const clock = new ManualClock(start);
  // A key file of its own: a test that rotates the key must not touch anyone else's.
  const vaultKeyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'antt-tip-vault-')), 'vault.key');
  const config = loadConfig({}, { database: database.config, logLevel: 'silent', demo: false, vaultKeyFile });
  const app = await buildApp({ config, database, clock, serveWeb: false });
  const db = database.db;
  const tiny = await buildTinyProvince(db, '92');
  const investigatingBody = {
    code: 'CA92-CSDT',
    id: await insertPoliceUnit(db, {
      code: 'CA92-CSDT',
      name: 'Cơ quan Cảnh sát điều tra Công an thành phố 92',
      kind: 'investigating_body',
      parentId: tiny.police.province.id,
      adminUnitId: tiny.admin.province.id,
      provinceCode: '92',
    }),
  };
  const dutyDesk = {
    code: 'CA92-TB',
    id: await insertPoliceUnit(db, {
      code: 'CA92-TB',
      name: 'Trực ban 24/24 Công an thành phố 92',
      kind: 'duty_desk',
      parentId: tiny.police.province.id,
      adminUnitId: tiny.admin.province.id,
      provinceCode: '92',
    }),
  };
  const s = COMMUNE_A_SQUARE;
  await db
    .insertInto('admin_unit_boundaries')
    .values({
      id: newId(),
      unit_id: tiny.admin.communeA.id,
      geometry: JSON.stringify({
        type: 'Polygon',
        coordinates: [
          [
            [s.minLon, s.minLat],
            [s.maxLon, s.minLat],
            [s.maxLon, s.maxLat],
            [s.minLon, s.maxLat],
            [s.minLon, s.minLat],
          ],
        ],
      }),
      min_lon: s.minLon,
      min_lat: s.minLat,
      max_lon: s.maxLon,
      max_lat: s.maxLat,
      label_lon: (s.minLon + s.maxLon) / 2,
      label_lat: (s.minLat + s.maxLat) / 2,
      approximate: 0,
      source: 'test',
    })
    .execute();
  app.services.jurisdiction.invalidate();
  const unitCode = {
    communeA: tiny.police.communeA.code,
    communeB: tiny.police.communeB.code,
    investigating: investigatingBody.code,
    desk: dutyDesk.code,
    province: tiny.police.province.code,
    procuracy: tiny.police.procuracy.code,
  };
  const userIds: Record<string, string> = {};
  const as: Record<string, SignedIn> = {};
  for (const [username, unit, roles] of WORLD_USERS) {
    userIds[username] = (
      await insertUser(app.services.users, {
        username,
        unitCode: unitCode[unit],
        roles,
        displayName: `Cán bộ ${username}`,
      })
    ).id;
    as[username] = await signIn(app, { username, password: FIXTURE_PASSWORD, remoteAddress: '10.9.9.9' });
  }
  return { app, clock, tiny, investigatingBody, dutyDesk, userIds, as };
}

/** A JSON request as a signed-in user. */
export function staffCall(
  world: TipWorld,
  user: string,
  method: 'GET' | 'POST',
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

let nextAddress = 1;
/** A new client address per request unless a test names one: the portal's rate limits are per address. */
export const freshAddress = () => `198.18.${Math.floor(nextAddress / 250)}.${(nextAddress++ % 250) + 1}`;

/** A citizen's JSON request to the portal from an address. */
export function portalCall(world: TipWorld, url: string, payload: unknown, remoteAddress = freshAddress()) {
  return world.app.inject({ method: 'POST', url, payload: payload as object, remoteAddress });
}

export type Receipt = { trackingCode: string; secret: string };

/** Submits a citizen tip placed in commune A; returns the receipt and the tip id found by staff. */
export async function submitTipInA(
  world: TipWorld,
  overrides: Record<string, unknown> = {},
  remoteAddress = freshAddress(),
): Promise<Receipt & { response: LightMyRequestResponse }> {
  const response = await portalCall(
    world,
    '/api/portal/tips',
    {
      kind: 'denunciation',
      category: 'theft',
      description: 'Xe máy bị trộm trước cửa nhà lúc 21 giờ.',
      communeCode: world.tiny.admin.communeA.code,
      ...overrides,
    },
    remoteAddress,
  );
  if (response.statusCode !== 201) throw new Error(`submission refused: ${response.body}`);
  const body = response.json() as Receipt;
  return { ...body, response };
}

/** The id of the tip with a tracking code, as staff of the province find it. */
export async function tipIdOf(world: TipWorld, trackingCode: string): Promise<string> {
  const response = await staffCall(
    world,
    'lanhdao.tp',
    'GET',
    `/api/tips?q=${encodeURIComponent(trackingCode)}`,
  );
  const item = (response.json() as { items: { id: string }[] }).items[0];
  if (!item) throw new Error(`no tip ${trackingCode}: ${response.body}`);
  return item.id;
}

/** A multipart/form-data body: a "tip" field with JSON and files. */
export function multipartBody(tip: unknown, files: { name: string; bytes: Buffer; type?: string }[]) {
  const boundary = `----antt${newId().replaceAll('-', '')}`;
  const parts: Buffer[] = [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="tip"\r\n\r\n${JSON.stringify(tip)}\r\n`,
    ),
  ];
  for (const file of files) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="attachments"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/**
 * Moves the clock (days or months ahead, for deadlines) and signs everyone in again: sessions
 * end after 30 idle minutes, as they should.
 */
export async function moveClockTo(world: TipWorld, instant: Date): Promise<void> {
  world.clock.set(instant);
  for (const [username] of WORLD_USERS) {
    world.as[username] = await signIn(world.app, {
      username,
      password: FIXTURE_PASSWORD,
      remoteAddress: '10.9.9.9',
    });
  }
}
