import { CSRF_HEADER, PRE_SESSION_CSRF_COOKIE, SESSION_COOKIE } from '@antt/shared';
import { createHash } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTinyProvince, FIXTURE_PASSWORD, insertUser, type TinyProvince } from '../../test/fixtures.ts';
import { attemptLogin, cookieValue, preSession, signIn } from '../../test/sign-in.ts';
import { describeEachDialect } from '../../test/test-db.ts';
import { buildApp, type App } from '../app.ts';
import { loadConfig } from '../config.ts';
import { ManualClock } from '../lib/clock.ts';
import { AUTH_POLICY } from '../services/auth.service.ts';

const MINUTE = 60_000;

describeEachDialect('sign-in, sessions and CSRF', (ctx) => {
  const clock = new ManualClock(new Date('2026-03-02T01:00:00Z'));
  let app: App;
  let org: TinyProvince;

  const newUser = async (username: string, extra: { isDemo?: boolean } = {}) =>
    insertUser(app.services.users, {
      username,
      unitCode: org.police.communeA.code,
      roles: ['officer'],
      ...extra,
    });
  const sessionOf = (headers: { cookie: string }) =>
    app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie: headers.cookie } });
  const auditActions = async (entityId: string) =>
    (
      await ctx()
        .db.selectFrom('audit_log')
        .select('action')
        .where('entity_id', '=', entityId)
        .orderBy('seq')
        .execute()
    ).map((r) => r.action);

  beforeAll(async () => {
    const config = loadConfig({}, { database: ctx().config, logLevel: 'silent', demo: false });
    app = await buildApp({ config, database: ctx(), clock, serveWeb: false });
    org = await buildTinyProvince(ctx().db);
  });
  afterAll(async () => {
    await app?.close();
  });

  describe('the session endpoint', () => {
    it('hands out a pre-session CSRF token in an httpOnly, SameSite=Strict cookie, and says no-store', async () => {
      const response = await app.inject({ method: 'GET', url: '/api/auth/session' });
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body).toMatchObject({ user: null, demo: false });
      const cookie = response.cookies.find((c) => c.name === PRE_SESSION_CSRF_COOKIE)!;
      expect(cookie.value).toBe(body.csrfToken);
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api' });
      expect(response.headers['cache-control']).toBe('no-store');
    });

    it('keeps the pre-session token a browser already holds', async () => {
      const first = await preSession(app);
      const again = await app.inject({
        method: 'GET',
        url: '/api/auth/session',
        headers: { cookie: first.cookie },
      });
      expect(again.json().csrfToken).toBe(first.csrfToken);
    });
  });

  describe('signing in', () => {
    it('sets a random httpOnly session cookie, stores only its hash, and shows the user', async () => {
      const user = await newUser('lan');
      const response = await attemptLogin(app, { username: 'lan', password: FIXTURE_PASSWORD });
      expect(response.statusCode).toBe(200);
      const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE)!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
      expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(response.json().user).toMatchObject({
        id: user.id,
        username: 'lan',
        roles: ['officer'],
        totpEnabled: false,
      });

      const stored = await ctx()
        .db.selectFrom('sessions')
        .select('id')
        .where('user_id', '=', user.id)
        .execute();
      expect(stored.map((s) => s.id)).toEqual([createHash('sha256').update(cookie.value).digest('hex')]);

      const session = await sessionOf({ cookie: `${SESSION_COOKIE}=${cookie.value}` });
      expect(session.json()).toMatchObject({
        user: { username: 'lan' },
        csrfToken: response.json().csrfToken,
      });
      expect(await auditActions(user.id)).toContain('auth.login');
    });

    it('accepts the username in any letter case and with spaces around it', async () => {
      await newUser('hoa');
      const response = await attemptLogin(app, { username: '  HOA ', password: FIXTURE_PASSWORD });
      expect(response.statusCode).toBe(200);
    });

    it('refuses sign-in without the pre-session CSRF token, or with a wrong one', async () => {
      const pre = await preSession(app);
      const payload = { username: 'lan', password: FIXTURE_PASSWORD };
      const without = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { cookie: pre.cookie },
        payload,
      });
      expect(without.statusCode).toBe(403);
      expect(without.json().error.code).toBe('csrf_token_invalid');
      const wrong = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { cookie: pre.cookie, [CSRF_HEADER]: 'x'.repeat(43) },
        payload,
      });
      expect(wrong.statusCode).toBe(403);
      // A header with no cookie to match is no proof either.
      const noCookie = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { [CSRF_HEADER]: pre.csrfToken },
        payload,
      });
      expect(noCookie.statusCode).toBe(403);
    });

    it('answers an unknown user and a wrong password alike, and logs nothing typed for the unknown one', async () => {
      const unknown = await attemptLogin(app, {
        username: 'MatKhau-Go-Nham-123',
        password: 'whatever-1',
        remoteAddress: '10.0.1.1',
      });
      const wrong = await attemptLogin(app, {
        username: 'lan',
        password: 'wrong-password-1',
        remoteAddress: '10.0.1.1',
      });
      expect(unknown.statusCode).toBe(401);
      expect(wrong.statusCode).toBe(401);
      expect(unknown.json()).toEqual(wrong.json());
      expect(unknown.json().error.code).toBe('invalid_credentials');
      const rows = await ctx()
        .db.selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'auth.login_failed')
        .execute();
      expect(rows.some((r) => r.entity_id === null && JSON.parse(r.details).reason === 'unknown user')).toBe(
        true,
      );
      expect(JSON.stringify(rows).toLowerCase()).not.toContain('matkhau-go-nham');
    });

    it('refuses malformed JSON with 400 malformed_json', async () => {
      const pre = await preSession(app);
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { cookie: pre.cookie, [CSRF_HEADER]: pre.csrfToken, 'content-type': 'application/json' },
        payload: '{"username": "lan", "password": ',
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('malformed_json');
    });

    it('names the wrong field of a well-formed but invalid body', async () => {
      const pre = await preSession(app);
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        headers: { cookie: pre.cookie, [CSRF_HEADER]: pre.csrfToken },
        payload: { username: 'lan', password: FIXTURE_PASSWORD, totp: '12ab' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({
        code: 'validation_failed',
        details: { fields: [{ path: 'body.totp' }] },
      });
    });

    it('answers unknown API routes with a JSON 404, whatever the method', async () => {
      for (const method of ['GET', 'POST'] as const) {
        const response = await app.inject({ method, url: '/api/no-such-thing' });
        expect(response.statusCode).toBe(404);
        expect(response.json().error.code).toBe('route_not_found');
      }
    });

    it('refuses a disabled account even with the right password', async () => {
      const user = await newUser('nghihuu');
      await ctx().db.updateTable('users').set({ disabled: 1 }).where('id', '=', user.id).execute();
      const response = await attemptLogin(app, { username: 'nghihuu', password: FIXTURE_PASSWORD });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('account_disabled');
    });
  });

  describe('lockout and throttling', () => {
    it('locks an account for 15 minutes after five wrong passwords in a row, even against the right one', async () => {
      clock.set(new Date('2026-03-05T07:20:00Z')); // 14:20 in Vietnam
      const user = await newUser('tuan');
      const address = '10.0.2.1';
      for (let i = 1; i <= 4; i++) {
        const r = await attemptLogin(app, {
          username: 'tuan',
          password: `wrong-${i}-password`,
          remoteAddress: address,
        });
        expect(r.json().error.code).toBe('invalid_credentials');
      }
      const fifth = await attemptLogin(app, {
        username: 'tuan',
        password: 'wrong-5-password',
        remoteAddress: address,
      });
      expect(fifth.statusCode).toBe(423);
      const sixth = await attemptLogin(app, {
        username: 'tuan',
        password: FIXTURE_PASSWORD,
        remoteAddress: address,
      });
      expect(sixth.statusCode).toBe(423);
      expect(sixth.json().error.code).toBe('account_locked');
      expect(sixth.json().error.message).toContain('Tài khoản tạm khóa đến 14:35');
      expect(sixth.json().error.details.lockedUntil).toBe('2026-03-05T07:35:00.000Z');

      clock.advance(14 * MINUTE);
      expect(
        (await attemptLogin(app, { username: 'tuan', password: FIXTURE_PASSWORD, remoteAddress: address }))
          .statusCode,
      ).toBe(423);
      clock.advance(MINUTE + 1_000);
      expect(
        (await attemptLogin(app, { username: 'tuan', password: FIXTURE_PASSWORD, remoteAddress: address }))
          .statusCode,
      ).toBe(200);
      expect(await auditActions(user.id)).toContain('auth.account_locked');
    });

    it('forgets earlier failures after a successful sign-in', async () => {
      await newUser('mai');
      const address = '10.0.3.1';
      const fail = () =>
        attemptLogin(app, { username: 'mai', password: 'not-her-password-1', remoteAddress: address });
      for (let i = 0; i < 4; i++) await fail();
      await signIn(app, { username: 'mai', password: FIXTURE_PASSWORD, remoteAddress: address });
      for (let i = 0; i < 4; i++) expect((await fail()).statusCode).toBe(401);
    });

    it('blocks an address after 20 failures in 15 minutes, for every account, but not other addresses', async () => {
      await newUser('binh');
      const address = '10.0.4.1';
      for (let i = 0; i < AUTH_POLICY.addressMaxFailures; i++) {
        const r = await attemptLogin(app, {
          username: `khong-co-${i}`,
          password: 'guess-password-1',
          remoteAddress: address,
        });
        expect(r.statusCode).toBe(401);
      }
      const blocked = await attemptLogin(app, {
        username: 'binh',
        password: FIXTURE_PASSWORD,
        remoteAddress: address,
      });
      expect(blocked.statusCode).toBe(429);
      expect(blocked.json().error.code).toBe('address_throttled');
      expect(
        (await attemptLogin(app, { username: 'binh', password: FIXTURE_PASSWORD, remoteAddress: '10.0.4.2' }))
          .statusCode,
      ).toBe(200);
      // The database holds no address, only a keyed hash of it.
      const keys = await ctx().db.selectFrom('auth_throttles').select('key').execute();
      expect(keys.some((k) => k.key.includes('10.0.4'))).toBe(false);
      clock.advance(AUTH_POLICY.addressLockMs + 1_000);
      expect(
        (await attemptLogin(app, { username: 'binh', password: FIXTURE_PASSWORD, remoteAddress: address }))
          .statusCode,
      ).toBe(200);
    });
  });

  describe('CSRF on state-changing requests', () => {
    it('refuses a signed-in POST without the token, with a wrong one, or from another origin', async () => {
      await newUser('cuong');
      const s = await signIn(app, { username: 'cuong', password: FIXTURE_PASSWORD });
      const logout = (headers: Record<string, string>) =>
        app.inject({ method: 'POST', url: '/api/auth/logout', headers });

      const without = await logout({ cookie: s.headers.cookie });
      expect(without.statusCode).toBe(403);
      expect(without.json().error.code).toBe('csrf_token_invalid');
      expect(
        (
          await logout({
            cookie: s.headers.cookie,
            [CSRF_HEADER]: `${s.csrfToken.slice(0, -1)}${s.csrfToken.endsWith('A') ? 'B' : 'A'}`,
          })
        ).statusCode,
      ).toBe(403);
      expect((await logout({ ...s.headers, origin: 'https://evil.example' })).statusCode).toBe(403);
      expect((await logout({ ...s.headers, 'sec-fetch-site': 'cross-site' })).statusCode).toBe(403);
      // The refused requests changed nothing: the session still works.
      expect((await sessionOf(s.headers)).json().user.username).toBe('cuong');

      expect((await logout({ ...s.headers, origin: 'http://localhost:80' })).statusCode).toBe(204);
    });

    it('asks for sign-in (401) when a state-changing request has no session at all', async () => {
      const response = await app.inject({ method: 'POST', url: '/api/auth/password', payload: {} });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('unauthenticated');
    });
  });

  describe('session lifetime', () => {
    it('issues a new session id at every sign-in and ends the one the browser presented', async () => {
      await newUser('dung');
      const first = await signIn(app, { username: 'dung', password: FIXTURE_PASSWORD });
      const second = await signIn(app, {
        username: 'dung',
        password: FIXTURE_PASSWORD,
        extraCookie: first.headers.cookie,
      });
      expect(second.session).not.toBe(first.session);
      expect((await sessionOf(first.headers)).json().user).toBeNull();
      expect((await sessionOf(second.headers)).json().user.username).toBe('dung');
    });

    it('ends the session at logout and tells the browser to drop the cookie', async () => {
      await newUser('yen');
      const s = await signIn(app, { username: 'yen', password: FIXTURE_PASSWORD });
      const response = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: s.headers });
      expect(response.statusCode).toBe(204);
      const cleared = response.cookies.find((c) => c.name === SESSION_COOKIE)!;
      expect(cleared.value).toBe('');
      expect((await sessionOf(s.headers)).json().user).toBeNull();
      const again = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: s.headers });
      expect(again.statusCode).toBe(401);
    });

    it('ends a session idle for more than 30 minutes, and keeps an active one alive', async () => {
      const user = await newUser('giang');
      const s = await signIn(app, { username: 'giang', password: FIXTURE_PASSWORD });
      clock.advance(29 * MINUTE);
      expect((await sessionOf(s.headers)).json().user).not.toBeNull();
      clock.advance(29 * MINUTE); // 58 minutes after sign-in, but only 29 idle
      expect((await sessionOf(s.headers)).json().user).not.toBeNull();
      clock.advance(AUTH_POLICY.sessionIdleMs + 1_000);
      const expired = await sessionOf(s.headers);
      expect(expired.json().user).toBeNull();
      expect(cookieValue(expired, SESSION_COOKIE)).toBe('');
      expect(
        await ctx().db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute(),
      ).toEqual([]);
    });

    it('ends every session 12 hours after sign-in, however active', async () => {
      await newUser('hai');
      const s = await signIn(app, { username: 'hai', password: FIXTURE_PASSWORD });
      for (let elapsed = 0; elapsed < 12 * 60 - 20; elapsed += 20) {
        clock.advance(20 * MINUTE);
        expect((await sessionOf(s.headers)).json().user).not.toBeNull();
      }
      clock.advance(21 * MINUTE);
      expect((await sessionOf(s.headers)).json().user).toBeNull();
    });
  });

  describe('password change', () => {
    it('checks the current password, ends every other session, and the new password works', async () => {
      const user = await newUser('khanh');
      const here = await signIn(app, { username: 'khanh', password: FIXTURE_PASSWORD });
      const elsewhere = await signIn(app, { username: 'khanh', password: FIXTURE_PASSWORD });
      const change = (body: object) =>
        app.inject({ method: 'POST', url: '/api/auth/password', headers: here.headers, payload: body });

      const wrongCurrent = await change({
        currentPassword: 'not-the-password-1',
        newPassword: 'mat-khau-moi-2027',
      });
      expect(wrongCurrent.statusCode).toBe(401);
      expect(wrongCurrent.json().error).toMatchObject({
        code: 'invalid_credentials',
        details: { fields: [{ path: 'currentPassword' }] },
      });

      const weak = await change({ currentPassword: FIXTURE_PASSWORD, newPassword: 'short' });
      expect(weak.statusCode).toBe(400);
      expect(weak.json().error.details.fields[0].path).toBe('body.newPassword');

      expect(
        (await change({ currentPassword: FIXTURE_PASSWORD, newPassword: 'mat-khau-moi-2027' })).statusCode,
      ).toBe(204);
      expect((await sessionOf(here.headers)).json().user.username).toBe('khanh');
      expect((await sessionOf(elsewhere.headers)).json().user).toBeNull();
      expect((await attemptLogin(app, { username: 'khanh', password: FIXTURE_PASSWORD })).statusCode).toBe(
        401,
      );
      expect((await attemptLogin(app, { username: 'khanh', password: 'mat-khau-moi-2027' })).statusCode).toBe(
        200,
      );
      const stored = await ctx()
        .db.selectFrom('users')
        .select('password_hash')
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      expect(stored.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      expect(await auditActions(user.id)).toContain('auth.password_changed');
    });
  });

  describe('TOTP second factor', () => {
    it('asks for a code once enabled, refuses wrong and replayed codes, and can be turned off', async () => {
      const user = await newUser('long');
      const s = await signIn(app, { username: 'long', password: FIXTURE_PASSWORD });
      const post = (url: string, payload?: object) =>
        app.inject({ method: 'POST', url, headers: s.headers, payload });

      const setup = await post('/api/auth/totp/setup');
      expect(setup.statusCode).toBe(200);
      const { secret, otpauthUrl } = setup.json();
      expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/ANTT:long\?/);
      // The seed is stored encrypted by the vault: the raw column holds neither it nor its bytes.
      const raw = await ctx()
        .db.selectFrom('users')
        .select('totp_secret')
        .where('id', '=', user.id)
        .executeTakeFirstOrThrow();
      expect(raw.totp_secret).toMatch(/^v\d+:[A-Za-z0-9+/]{16}:[A-Za-z0-9+/=]+$/);
      expect(raw.totp_secret).not.toContain(secret);
      expect(raw.totp_secret).not.toContain(Secret.fromBase32(secret).hex);
      expect(
        Buffer.from(raw.totp_secret!.split(':')[2]!, 'base64').includes(
          Buffer.from(Secret.fromBase32(secret).bytes),
        ),
      ).toBe(false);
      const authenticator = new TOTP({ issuer: 'ANTT', label: 'long', secret: Secret.fromBase32(secret) });
      const code = () => authenticator.generate({ timestamp: clock.now().getTime() });
      const wrongCode = () => String((Number(code()) + 500_000) % 1_000_000).padStart(6, '0');

      expect((await post('/api/auth/totp/enable', { code: wrongCode() })).json().error.code).toBe(
        'totp_invalid',
      );
      expect((await post('/api/auth/totp/enable', { code: code() })).statusCode).toBe(204);
      expect((await sessionOf(s.headers)).json().user.totpEnabled).toBe(true);

      clock.advance(30_000);
      const noCode = await attemptLogin(app, { username: 'long', password: FIXTURE_PASSWORD });
      expect(noCode.statusCode).toBe(401);
      expect(noCode.json().error.code).toBe('totp_required');
      const bad = await attemptLogin(app, {
        username: 'long',
        password: FIXTURE_PASSWORD,
        totp: wrongCode(),
      });
      expect(bad.json().error.code).toBe('totp_invalid');
      const used = code();
      expect(
        (await attemptLogin(app, { username: 'long', password: FIXTURE_PASSWORD, totp: used })).statusCode,
      ).toBe(200);
      // RFC 6238 section 5.2: the same code is never accepted twice.
      const replay = await attemptLogin(app, { username: 'long', password: FIXTURE_PASSWORD, totp: used });
      expect(replay.json().error.code).toBe('totp_invalid');

      const wrongPassword = await post('/api/auth/totp/disable', { password: 'not-the-password-1' });
      expect(wrongPassword.statusCode).toBe(401);
      expect((await post('/api/auth/totp/disable', { password: FIXTURE_PASSWORD })).statusCode).toBe(204);
      expect((await attemptLogin(app, { username: 'long', password: FIXTURE_PASSWORD })).statusCode).toBe(
        200,
      );
      expect(await auditActions(user.id)).toEqual(
        expect.arrayContaining(['auth.totp_enabled', 'auth.totp_disabled']),
      );
    });
  });

  describe('demo accounts', () => {
    it('refuses them outside demo mode and accepts them in demo mode', async () => {
      await newUser('demo.canbo', { isDemo: true });
      const refused = await attemptLogin(app, { username: 'demo.canbo', password: FIXTURE_PASSWORD });
      expect(refused.statusCode).toBe(403);
      expect(refused.json().error.code).toBe('demo_account_refused');

      const demoConfig = loadConfig({}, { database: ctx().config, logLevel: 'silent', demo: true });
      const demoApp = await buildApp({ config: demoConfig, database: ctx(), clock, serveWeb: false });
      try {
        const s = await signIn(demoApp, { username: 'demo.canbo', password: FIXTURE_PASSWORD });
        expect((await sessionOf(s.headers)).json().user).toBeNull(); // its session is refused by the production app
        const inDemo = await demoApp.inject({
          method: 'GET',
          url: '/api/auth/session',
          headers: { cookie: s.headers.cookie },
        });
        expect(inDemo.json()).toMatchObject({ demo: true, user: null }); // ... and was deleted on sight
      } finally {
        await demoApp.close();
      }
    });
  });

  it('marks the cookies Secure when the server sits behind TLS', async () => {
    await newUser('son');
    const tlsConfig = loadConfig(
      {},
      { database: ctx().config, logLevel: 'silent', demo: false, behindTls: true },
    );
    const tlsApp = await buildApp({ config: tlsConfig, database: ctx(), clock, serveWeb: false });
    try {
      const pre = await tlsApp.inject({ method: 'GET', url: '/api/auth/session' });
      expect(pre.cookies.find((c) => c.name === PRE_SESSION_CSRF_COOKIE)?.secure).toBe(true);
      const response = await attemptLogin(tlsApp, { username: 'son', password: FIXTURE_PASSWORD });
      expect(response.cookies.find((c) => c.name === SESSION_COOKIE)).toMatchObject({
        secure: true,
        httpOnly: true,
      });
    } finally {
      await tlsApp.close();
    }
  });

  it('leaves an intact audit chain behind', async () => {
    expect(await app.services.audit.verify()).toMatchObject({ ok: true });
  });
});
