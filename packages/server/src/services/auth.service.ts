import {
  VN_UTC_OFFSET_MINUTES,
  newPasswordSchema,
  type LoginRequest,
  type PasswordChangeRequest,
  type Role,
  type SessionUser,
} from '@antt/shared';
import type { Kysely } from 'kysely';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { DB } from '../db/schema.ts';
import { DomainError } from '../errors/domain-error.ts';
import { AuthThrottleRepository } from '../repositories/auth-throttle.repository.ts';
import { SessionRepository } from '../repositories/session.repository.ts';
import { UserRepository, type UserWithUnitRow } from '../repositories/user.repository.ts';
import { columnAad, USERS_TOTP_SECRET } from '../vault/encrypted-columns.ts';
import type { Actor } from './actor.ts';
import type { JurisdictionService } from './jurisdiction.service.ts';
import { dummyPasswordHash, hashPassword, needsRehash, verifyPassword } from './password.ts';
import type { ServiceDeps } from './service-deps.ts';
import { presentSessionUser } from './user.service.ts';

// Sign-in, server-side sessions, lockout and the TOTP second factor (shared/DESIGN.md section 8).

const MINUTE = 60_000;

/** The numbers of the sign-in policy, in one place so the tests and the docs can cite them. */
export const AUTH_POLICY = {
  /** Consecutive wrong passwords (or TOTP codes) that lock an account. */
  accountMaxFailures: 5,
  accountLockMs: 15 * MINUTE,
  /** Failures from one client address within the window that block the address. */
  addressMaxFailures: 20,
  addressWindowMs: 15 * MINUTE,
  addressLockMs: 15 * MINUTE,
  /** A session unused this long is over (OWASP Session Management: 15–30 min for sensitive data). */
  sessionIdleMs: 30 * MINUTE,
  /** And every session ends this long after sign-in, whatever the activity (one working day). */
  sessionAbsoluteMs: 12 * 60 * MINUTE,
  /** last_seen_at is written at most this often, to spare a write on every request. */
  sessionTouchMs: MINUTE,
  /** TOTP codes from one step before or after now are accepted (clock drift, RFC 6238 section 5.2). */
  totpWindow: 1,
} as const;

const TOTP_PERIOD_SECONDS = 30;
const TOTP_ISSUER = 'ANTT';
/** A session token is 32 random bytes in base64url: 43 characters. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** A new random token (session cookie, CSRF token): 32 bytes, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function isWellFormedToken(value: string | undefined): value is string {
  return typeof value === 'string' && TOKEN_PATTERN.test(value);
}

/** What is stored as sessions.id: the SHA-256 of the cookie token, so a copied table replays nothing. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** "14:35" (or "14:35 ngày 03/03/2026" when not today), in Vietnam time. */
export function formatVnTime(instant: Date, now: Date): string {
  const shift = (d: Date) => new Date(d.getTime() + VN_UTC_OFFSET_MINUTES * MINUTE);
  const t = shift(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  const hm = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
  const sameDay = t.toISOString().slice(0, 10) === shift(now).toISOString().slice(0, 10);
  return sameDay ? hm : `${hm} ngày ${pad(t.getUTCDate())}/${pad(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}`;
}

export type LoginInput = LoginRequest & {
  /** The client address; only a keyed hash of it is ever stored. */
  address: string;
  /** A session token the browser still presented: it is ended, never reused (no fixation). */
  presentedSessionToken?: string | undefined;
};

export type LoginResult = {
  /** Goes into the cookie; the database keeps only its hash. */
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
  user: SessionUser;
};

export type ResolvedSession = {
  sessionId: string;
  csrfToken: string;
  actor: Extract<Actor, { kind: 'user' }>;
};

type FailureReason = 'unknown_user' | 'wrong_password' | 'totp_invalid' | 'account_locked';

/** Who records sign-in failures: nobody is signed in yet. */
const SIGN_IN_ACTOR: Actor = { kind: 'system', label: 'sign-in' };

export class AuthService {
  private readonly users: UserRepository;
  private readonly sessions: SessionRepository;
  private readonly throttles: AuthThrottleRepository;
  /**
   * Key of the HMAC that turns a client address into a throttle key. It lives only in this
   * process's memory, so the database never holds anything an address can be recovered from
   * (IPv4 is small enough to brute-force an unkeyed hash). A restart forgets address counters;
   * account lockouts, keyed by user id, survive it.
   */
  private readonly addressKey = randomBytes(32);

  constructor(
    private readonly deps: ServiceDeps,
    private readonly jurisdiction: JurisdictionService,
  ) {
    this.users = new UserRepository(deps.db);
    this.sessions = new SessionRepository(deps.db);
    this.throttles = new AuthThrottleRepository(deps.db);
  }

  // ---- sign-in -------------------------------------------------------------------------------

  async login(input: LoginInput): Promise<LoginResult> {
    const now = this.deps.clock.now();
    const addressKey = this.addressThrottleKey(input.address);

    const addressRow = await this.throttles.find(addressKey);
    if (addressRow?.locked_until && addressRow.locked_until > now.toISOString()) {
      // Not audited per attempt: a flood from one address must not flood the log. The lock
      // itself was audited when it was set.
      throw this.addressThrottled(new Date(addressRow.locked_until), now);
    }

    const user = await this.users.findByUsername(input.username.trim().toLowerCase());
    if (user) {
      const accountRow = await this.throttles.find(userThrottleKey(user.id));
      if (accountRow?.locked_until && accountRow.locked_until > now.toISOString()) {
        await this.recordFailure(now, addressKey, user, 'account_locked');
        throw this.accountLocked(new Date(accountRow.locked_until), now);
      }
    }

    // An unknown username is checked against a dummy hash, so both answers take as long.
    const passwordOk = await verifyPassword(
      user?.password_hash ?? (await dummyPasswordHash()),
      input.password,
    );
    if (!user || !passwordOk) {
      const lockedUntil = await this.recordFailure(
        now,
        addressKey,
        user,
        user ? 'wrong_password' : 'unknown_user',
      );
      if (lockedUntil) throw this.accountLocked(lockedUntil, now);
      throw new DomainError(
        'invalid_credentials',
        'Tên đăng nhập hoặc mật khẩu không đúng / wrong username or password',
      );
    }

    if (user.disabled === 1) {
      await this.recordRefusal(user, 'disabled');
      throw new DomainError('account_disabled', 'Tài khoản đã bị vô hiệu hóa / this account is disabled');
    }
    if (user.is_demo === 1 && !this.deps.config.demo) {
      // Demo passwords are printed on screen; outside demo mode such an account must be useless.
      await this.recordRefusal(user, 'demo_account');
      throw new DomainError(
        'demo_account_refused',
        'Tài khoản demo chỉ dùng được ở chế độ demo / demo accounts work only in demo mode',
      );
    }

    let totpStep: number | null = null;
    if (user.totp_enabled === 1) {
      if (!input.totp) {
        throw new DomainError(
          'totp_required',
          'Nhập mã xác thực 6 số / enter the 6-digit authentication code',
        );
      }
      totpStep = this.acceptedTotpStep(user, input.totp, now);
      if (totpStep === null) {
        const lockedUntil = await this.recordFailure(now, addressKey, user, 'totp_invalid');
        if (lockedUntil) throw this.accountLocked(lockedUntil, now);
        throw new DomainError('totp_invalid', 'Mã xác thực không đúng / wrong authentication code');
      }
    }

    const rehash = needsRehash(user.password_hash) ? await hashPassword(input.password) : null;
    const roles = (await this.users.rolesOf([user.id])).get(user.id) ?? [];
    const actor = await this.userActor(user, roles);
    const sessionToken = newToken();
    const csrfToken = newToken();
    const expiresAt = new Date(now.getTime() + AUTH_POLICY.sessionAbsoluteMs);
    const nowIso = now.toISOString();

    await this.deps.db.transaction().execute(async (trx) => {
      const sessions = new SessionRepository(trx);
      const throttles = new AuthThrottleRepository(trx);
      const users = new UserRepository(trx);
      // A success ends the run of consecutive failures (the address counter stays: one valid
      // account must not buy an address more guesses at the others).
      await throttles.clear(userThrottleKey(user.id));
      // No session fixation: whatever session the browser held is ended, and a new id issued.
      if (isWellFormedToken(input.presentedSessionToken)) {
        await sessions.delete(sessionIdOf(input.presentedSessionToken));
      }
      await sessions.deleteExpired(nowIso, new Date(now.getTime() - AUTH_POLICY.sessionIdleMs).toISOString());
      await throttles.deleteStale(
        'addr:',
        new Date(now.getTime() - AUTH_POLICY.addressWindowMs).toISOString(),
        nowIso,
      );
      await sessions.insert({
        id: sessionIdOf(sessionToken),
        user_id: user.id,
        csrf_token: csrfToken,
        created_at: nowIso,
        last_seen_at: nowIso,
        expires_at: expiresAt.toISOString(),
      });
      if (totpStep !== null || rehash) {
        await users.update(user.id, {
          ...(totpStep !== null ? { totp_last_step: totpStep } : {}),
          ...(rehash ? { password_hash: rehash } : {}),
        });
      }
      await this.deps.audit.record(trx, actor, {
        action: 'auth.login',
        entityType: 'user',
        entityId: user.id,
        provinceCode: user.province_code,
        adminUnitId: user.unit_admin_unit_id,
        details: { secondFactor: totpStep !== null },
      });
    });
    return { sessionToken, csrfToken, expiresAt, user: presentSessionUser(user, roles) };
  }

  /**
   * The session a cookie token names, or null when there is none or it has ended. An ended
   * session (idle too long, past its absolute end, its user disabled or a demo account outside
   * demo mode) is deleted on sight.
   */
  async resolveSession(token: string | undefined): Promise<ResolvedSession | null> {
    if (!isWellFormedToken(token)) return null;
    const sessionId = sessionIdOf(token);
    const session = await this.sessions.findById(sessionId);
    if (!session) return null;
    const now = this.deps.clock.now();
    const idleFor = now.getTime() - Date.parse(session.last_seen_at);
    const over = Date.parse(session.expires_at) <= now.getTime() || idleFor > AUTH_POLICY.sessionIdleMs;
    const user = over ? undefined : await this.users.findById(session.user_id);
    if (!user || user.disabled === 1 || (user.is_demo === 1 && !this.deps.config.demo)) {
      await this.sessions.delete(sessionId);
      return null;
    }
    if (idleFor >= AUTH_POLICY.sessionTouchMs) await this.sessions.touch(sessionId, now.toISOString());
    const roles = (await this.users.rolesOf([user.id])).get(user.id) ?? [];
    return { sessionId, csrfToken: session.csrf_token, actor: await this.userActor(user, roles) };
  }

  /** The signed-in user as the web app shows it. */
  async sessionUser(actor: Actor): Promise<SessionUser | null> {
    if (actor.kind !== 'user') return null;
    const user = await this.users.findById(actor.userId);
    if (!user) return null;
    return presentSessionUser(user, actor.roles);
  }

  async logout(actor: Actor, sessionId: string): Promise<void> {
    await this.deps.db.transaction().execute(async (trx) => {
      const removed = await new SessionRepository(trx).delete(sessionId);
      if (removed === 0 || actor.kind !== 'user') return;
      await this.deps.audit.record(trx, actor, {
        action: 'auth.logout',
        entityType: 'user',
        entityId: actor.userId,
        provinceCode: actor.provinceCode,
      });
    });
  }

  // ---- password ------------------------------------------------------------------------------

  /** Changes the password and ends every other session of the user (a thief's included). */
  async changePassword(
    actor: Actor,
    currentSessionId: string | null,
    input: PasswordChangeRequest,
    address: string,
  ): Promise<void> {
    const user = await this.signedInUser(actor);
    await this.verifyOwnPassword(user, input.currentPassword, address, 'currentPassword');
    const policy = newPasswordSchema.safeParse(input.newPassword);
    if (!policy.success) {
      throw new DomainError(
        'password_too_weak',
        `Mật khẩu mới chưa đủ mạnh / new password too weak: ${policy.error.issues[0]?.message}`,
        {
          fields: [{ path: 'newPassword', message: policy.error.issues[0]?.message ?? 'too weak' }],
        },
      );
    }
    if (input.newPassword === input.currentPassword) {
      throw new DomainError(
        'password_too_weak',
        'Mật khẩu mới phải khác mật khẩu cũ / the new password must differ from the current one',
        {
          fields: [{ path: 'newPassword', message: 'same as the current password' }],
        },
      );
    }
    if (input.newPassword.toLowerCase().includes(user.username)) {
      throw new DomainError(
        'password_too_weak',
        'Mật khẩu không được chứa tên đăng nhập / the password must not contain the username',
        {
          fields: [{ path: 'newPassword', message: 'contains the username' }],
        },
      );
    }
    const passwordHash = await hashPassword(input.newPassword);
    const nowIso = this.deps.clock.now().toISOString();
    await this.deps.db.transaction().execute(async (trx) => {
      await new UserRepository(trx).update(user.id, {
        password_hash: passwordHash,
        password_changed_at: nowIso,
        updated_at: nowIso,
      });
      const ended = await new SessionRepository(trx).deleteOthersOfUser(user.id, currentSessionId);
      await this.deps.audit.record(trx, actor, {
        action: 'auth.password_changed',
        entityType: 'user',
        entityId: user.id,
        provinceCode: user.province_code,
        adminUnitId: user.unit_admin_unit_id,
        details: { otherSessionsEnded: ended },
      });
    });
  }

  // ---- TOTP second factor (RFC 6238) ---------------------------------------------------------

  /** Starts enrolment: a new secret the user loads into an authenticator app. Not active yet. */
  async totpSetup(actor: Actor): Promise<{ secret: string; otpauthUrl: string }> {
    const user = await this.signedInUser(actor);
    if (user.totp_enabled === 1) {
      throw new DomainError(
        'conflict',
        'Xác thực hai bước đang bật; tắt trước khi cài lại / two-factor is on; disable it first',
      );
    }
    // 20 bytes = 160 bits, the HMAC-SHA1 key length RFC 4226 section 4 recommends.
    const secret = new Secret({ size: 20 });
    const totp = this.totpFor(user.username, secret);
    // Stored encrypted: a copied database or backup must not yield anyone's second factor.
    await this.updateUserAudited(
      actor,
      user,
      {
        totp_secret: this.deps.vault.encrypt(secret.base32, columnAad(USERS_TOTP_SECRET, user.id)),
        totp_last_step: null,
      },
      'auth.totp_setup_started',
    );
    return { secret: secret.base32, otpauthUrl: totp.toString() };
  }

  /** Turns the second factor on once the user proves the app shows the right codes. */
  async totpEnable(actor: Actor, code: string): Promise<void> {
    const user = await this.signedInUser(actor);
    if (user.totp_enabled === 1)
      throw new DomainError('conflict', 'Xác thực hai bước đã bật / two-factor is already on');
    if (!user.totp_secret) {
      throw new DomainError('conflict', 'Chưa cài đặt xác thực hai bước / start the two-factor setup first');
    }
    const step = this.acceptedTotpStep(user, code, this.deps.clock.now());
    if (step === null)
      throw new DomainError('totp_invalid', 'Mã xác thực không đúng / wrong authentication code');
    await this.updateUserAudited(actor, user, { totp_enabled: 1, totp_last_step: step }, 'auth.totp_enabled');
  }

  /** Turns the second factor off; asks for the password so a borrowed session cannot. */
  async totpDisable(actor: Actor, password: string, address: string): Promise<void> {
    const user = await this.signedInUser(actor);
    await this.verifyOwnPassword(user, password, address, 'password');
    if (user.totp_enabled === 0 && user.totp_secret === null) return;
    await this.updateUserAudited(
      actor,
      user,
      { totp_enabled: 0, totp_secret: null, totp_last_step: null },
      'auth.totp_disabled',
    );
  }

  // ---- administration ------------------------------------------------------------------------

  /** Lifts an account lockout before it runs out (administrator or CLI). */
  async unlock(actor: Actor, username: string): Promise<{ wasLocked: boolean }> {
    if (!(actor.kind === 'cli' || (actor.kind === 'user' && actor.roles.includes('admin')))) {
      throw new DomainError('forbidden', 'Chỉ quản trị viên được mở khóa / only an administrator may unlock');
    }
    const user = await this.users.findByUsername(username.trim().toLowerCase());
    if (!user) throw new DomainError('not_found', `Không có người dùng ${username} / no user ${username}`);
    const now = this.deps.clock.now().toISOString();
    return this.deps.db.transaction().execute(async (trx) => {
      const throttles = new AuthThrottleRepository(trx);
      const row = await throttles.find(userThrottleKey(user.id));
      const wasLocked = Boolean(row?.locked_until && row.locked_until > now);
      await throttles.clear(userThrottleKey(user.id));
      await this.deps.audit.record(trx, actor, {
        action: 'auth.unlocked',
        entityType: 'user',
        entityId: user.id,
        provinceCode: user.province_code,
        adminUnitId: user.unit_admin_unit_id,
        details: { wasLocked },
      });
      return { wasLocked };
    });
  }

  // ---- internals -----------------------------------------------------------------------------

  private addressThrottleKey(address: string): string {
    return `addr:${createHmac('sha256', this.addressKey).update(address).digest('hex')}`;
  }

  /**
   * Counts a failed sign-in against the address and (for a known user) the account, locks
   * whichever reached its limit, and audits it all in one transaction. Returns the end of the
   * account lock when this failure set one.
   */
  private async recordFailure(
    now: Date,
    addressKey: string,
    user: UserWithUnitRow | undefined,
    reason: FailureReason,
  ): Promise<Date | null> {
    const nowIso = now.toISOString();
    return this.deps.db.transaction().execute(async (trx) => {
      const throttles = new AuthThrottleRepository(trx);
      const windowStart = new Date(now.getTime() - AUTH_POLICY.addressWindowMs).toISOString();
      const address = await throttles.recordFailure(addressKey, nowIso, windowStart);
      if (address.failures >= AUTH_POLICY.addressMaxFailures) {
        const until = new Date(now.getTime() + AUTH_POLICY.addressLockMs);
        await throttles.lock(addressKey, until.toISOString(), nowIso);
        await this.deps.audit.record(trx, SIGN_IN_ACTOR, {
          action: 'auth.address_throttled',
          entityType: 'client_address',
          details: { failures: address.failures, lockedUntil: until.toISOString() },
        });
      }

      let lockedUntil: Date | null = null;
      // Attempts at an already locked account count against the address only.
      if (user && reason !== 'account_locked') {
        const account = await throttles.recordFailure(userThrottleKey(user.id), nowIso);
        if (account.failures >= AUTH_POLICY.accountMaxFailures) {
          lockedUntil = new Date(now.getTime() + AUTH_POLICY.accountLockMs);
          await throttles.lock(userThrottleKey(user.id), lockedUntil.toISOString(), nowIso);
          await this.auditUser(trx, SIGN_IN_ACTOR, user, 'auth.account_locked', {
            failures: account.failures,
            lockedUntil: lockedUntil.toISOString(),
          });
        }
      }

      if (user) {
        await this.auditUser(trx, SIGN_IN_ACTOR, user, 'auth.login_failed', { reason });
      } else {
        // Nothing about what was typed: a password typed into the username field must not
        // end up in the log.
        await this.deps.audit.record(trx, SIGN_IN_ACTOR, {
          action: 'auth.login_failed',
          entityType: 'user',
          details: { reason: 'unknown user' },
        });
      }
      return lockedUntil;
    });
  }

  /** A refusal that is not a guess (right password, but the account may not sign in). */
  private recordRefusal(user: UserWithUnitRow, reason: 'disabled' | 'demo_account'): Promise<void> {
    return this.deps.db
      .transaction()
      .execute((trx) => this.auditUser(trx, SIGN_IN_ACTOR, user, 'auth.login_refused', { reason }));
  }

  /** Checks a signed-in user's own password (password change, TOTP off), counted like a sign-in. */
  private async verifyOwnPassword(user: UserWithUnitRow, password: string, address: string, field: string) {
    const now = this.deps.clock.now();
    const accountRow = await this.throttles.find(userThrottleKey(user.id));
    if (accountRow?.locked_until && accountRow.locked_until > now.toISOString()) {
      throw this.accountLocked(new Date(accountRow.locked_until), now);
    }
    if (await verifyPassword(user.password_hash, password)) return;
    const lockedUntil = await this.recordFailure(
      now,
      this.addressThrottleKey(address),
      user,
      'wrong_password',
    );
    if (lockedUntil) throw this.accountLocked(lockedUntil, now);
    throw new DomainError(
      'invalid_credentials',
      'Mật khẩu hiện tại không đúng / the current password is wrong',
      {
        fields: [{ path: field, message: 'wrong password' }],
      },
    );
  }

  private async signedInUser(actor: Actor): Promise<UserWithUnitRow> {
    if (actor.kind !== 'user') throw new DomainError('unauthenticated', 'Cần đăng nhập / sign-in required');
    const user = await this.users.findById(actor.userId);
    if (!user) throw new DomainError('unauthenticated', 'Cần đăng nhập / sign-in required');
    return user;
  }

  private async updateUserAudited(
    actor: Actor,
    user: UserWithUnitRow,
    changes: Parameters<UserRepository['update']>[1],
    action: string,
  ): Promise<void> {
    const nowIso = this.deps.clock.now().toISOString();
    await this.deps.db.transaction().execute(async (trx) => {
      await new UserRepository(trx).update(user.id, { ...changes, updated_at: nowIso });
      await this.auditUser(trx, actor, user, action, {});
    });
  }

  private auditUser(
    trx: Kysely<DB>,
    actor: Actor,
    user: UserWithUnitRow,
    action: string,
    details: Record<string, unknown>,
  ): Promise<void> {
    return this.deps.audit.record(trx, actor, {
      action,
      entityType: 'user',
      entityId: user.id,
      provinceCode: user.province_code,
      adminUnitId: user.unit_admin_unit_id,
      details,
    });
  }

  private totpFor(username: string, secret: Secret): TOTP {
    return new TOTP({
      issuer: TOTP_ISSUER,
      label: username,
      secret,
      algorithm: 'SHA1',
      digits: 6,
      period: TOTP_PERIOD_SECONDS,
    });
  }

  /** The time step of a valid, not yet used code; null when the code is wrong or replayed. */
  private acceptedTotpStep(user: UserWithUnitRow, code: string, now: Date): number | null {
    if (!user.totp_secret) return null;
    const base32 = this.deps.vault.decrypt(user.totp_secret, columnAad(USERS_TOTP_SECRET, user.id));
    const totp = this.totpFor(user.username, Secret.fromBase32(base32));
    const delta = totp.validate({ token: code, timestamp: now.getTime(), window: AUTH_POLICY.totpWindow });
    if (delta === null) return null;
    const step = totp.counter({ timestamp: now.getTime() }) + delta;
    if (user.totp_last_step !== null && step <= Number(user.totp_last_step)) return null;
    return step;
  }

  private async userActor(user: UserWithUnitRow, roles: Role[]): Promise<ResolvedSession['actor']> {
    return {
      kind: 'user',
      userId: user.id,
      username: user.username,
      roles,
      unitId: user.unit_id,
      provinceCode: user.province_code,
      jurisdiction: await this.jurisdiction.forUser({ unitId: user.unit_id, roles }),
    };
  }

  private accountLocked(until: Date, now: Date): DomainError {
    const at = formatVnTime(until, now);
    return new DomainError(
      'account_locked',
      `Tài khoản tạm khóa đến ${at} (giờ Việt Nam) do nhập sai nhiều lần / account locked until ${at} (Vietnam time) after repeated failures`,
      { lockedUntil: until.toISOString() },
    );
  }

  private addressThrottled(until: Date, now: Date): DomainError {
    const at = formatVnTime(until, now);
    return new DomainError(
      'address_throttled',
      `Quá nhiều lần đăng nhập sai từ địa chỉ này; thử lại sau ${at} (giờ Việt Nam) / too many failed sign-ins from this address; try again after ${at} (Vietnam time)`,
      { retryAfter: until.toISOString() },
    );
  }
}

function userThrottleKey(userId: string): string {
  return `user:${userId}`;
}
