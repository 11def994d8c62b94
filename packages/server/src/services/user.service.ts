import {
  createUserRequestSchema,
  type CreateUserRequest,
  type Role,
  type SessionUser,
  type User,
} from '@antt/shared';
import { isUniqueViolation } from '../db/dialect.ts';
import { DomainError, validationError } from '../errors/domain-error.ts';
import { newId } from '../lib/ids.ts';
import { PoliceUnitRepository } from '../repositories/police-unit.repository.ts';
import { UserRepository, type UserWithUnitRow } from '../repositories/user.repository.ts';
import { hasRole, inJurisdiction, jurisdictionOf, type Actor } from './actor.ts';
import type { JurisdictionService } from './jurisdiction.service.ts';
import { hashPassword } from './password.ts';
import type { ServiceDeps } from './service-deps.ts';

// Staff accounts (shared/DESIGN.md section 5.1): a user belongs to one police unit, holds one
// or more roles, and is seen only by leaders whose jurisdiction contains that unit (and by
// administrators, who see everyone).

export type CreateUserInput = CreateUserRequest & {
  /** Demo accounts (seeded by `antt serve --demo`) are refused at sign-in outside demo mode. */
  isDemo?: boolean;
};

export function presentUser(row: UserWithUnitRow, roles: Role[]): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles,
    unit: { id: row.unit_id, code: row.unit_code, name: row.unit_name },
    provinceCode: row.province_code,
    totpEnabled: row.totp_enabled === 1,
    disabled: row.disabled === 1,
    isDemo: row.is_demo === 1,
    createdAt: row.created_at,
  };
}

export function presentSessionUser(row: UserWithUnitRow, roles: Role[]): SessionUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    roles,
    unit: { id: row.unit_id, code: row.unit_code, name: row.unit_name },
    provinceCode: row.province_code,
    totpEnabled: row.totp_enabled === 1,
  };
}

export class UserService {
  private readonly users: UserRepository;
  private readonly policeUnits: PoliceUnitRepository;

  constructor(
    private readonly deps: ServiceDeps,
    // Part of the constructor shape services/index.ts wires; visibility itself comes from the
    // jurisdiction already computed into each user actor (jurisdictionOf), never recomputed here.
    _jurisdiction: JurisdictionService,
  ) {
    this.users = new UserRepository(deps.db);
    this.policeUnits = new PoliceUnitRepository(deps.db);
  }

  /**
   * Creates a staff account. Allowed to administrators, the CLI operator and the demo seed
   * (a system actor). The password is checked against the shared policy and stored only as an
   * argon2id hash.
   */
  async createUser(actor: Actor, input: CreateUserInput): Promise<User> {
    if (!(actor.kind === 'cli' || actor.kind === 'system' || hasRole(actor, 'admin'))) {
      throw new DomainError(
        'forbidden',
        'Chỉ quản trị viên được tạo tài khoản / only an administrator may create users',
      );
    }
    const parsed = createUserRequestSchema.safeParse(input);
    if (!parsed.success) {
      throw validationError(
        parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(body)', message: i.message })),
      );
    }
    const { username, displayName, unitCode, roles, password } = parsed.data;
    const unit = await this.policeUnits.findByCode(unitCode);
    if (!unit) {
      throw new DomainError(
        'unit_code_unknown',
        `Không có đơn vị công an mã ${unitCode} / no police unit with code ${unitCode}`,
        { fields: [{ path: 'unitCode', message: 'unknown police unit code' }] },
      );
    }
    // The procuracy is an outside body: its people supervise and may change nothing but their
    // own decisions (shared/DESIGN.md section 5.2), so they hold the procurator role only, and
    // only they hold it.
    const isProcuracy = unit.kind === 'procuracy';
    if (isProcuracy && roles.some((r) => r !== 'procurator')) {
      throw validationError(
        [{ path: 'roles', message: 'a procuracy unit holds the procurator role only' }],
        'Người của Viện kiểm sát chỉ có vai trò kiểm sát viên / procuracy staff hold the procurator role only',
      );
    }
    if (!isProcuracy && roles.includes('procurator')) {
      throw validationError(
        [{ path: 'roles', message: 'the procurator role needs a procuracy unit' }],
        'Vai trò kiểm sát viên chỉ dành cho đơn vị Viện kiểm sát / the procurator role needs a procuracy unit',
      );
    }
    if (password.toLowerCase().includes(username.toLowerCase())) {
      throw new DomainError(
        'password_too_weak',
        'Mật khẩu không được chứa tên đăng nhập / the password must not contain the username',
        {
          fields: [{ path: 'password', message: 'contains the username' }],
        },
      );
    }

    const passwordHash = await hashPassword(password);
    const id = newId();
    const now = this.deps.clock.now().toISOString();
    const taken = () =>
      new DomainError('conflict', `Tên đăng nhập ${username} đã có / username ${username} is taken`, {
        fields: [{ path: 'username', message: 'already taken' }],
      });
    await this.deps.db
      .transaction()
      .execute(async (trx) => {
        const users = new UserRepository(trx);
        if (await users.findByUsername(username)) throw taken();
        await users.insert(
          {
            id,
            username,
            display_name: displayName,
            password_hash: passwordHash,
            unit_id: unit.id,
            province_code: unit.province_code,
            totp_secret: null,
            totp_enabled: 0,
            totp_last_step: null,
            is_demo: input.isDemo ? 1 : 0,
            disabled: 0,
            created_at: now,
            updated_at: now,
            password_changed_at: now,
          },
          roles,
        );
        await this.deps.audit.record(trx, actor, {
          action: 'user.created',
          entityType: 'user',
          entityId: id,
          provinceCode: unit.province_code,
          adminUnitId: unit.admin_unit_id,
          details: { username, unitCode, roles, isDemo: Boolean(input.isDemo) },
        });
      })
      // Two creations of one name at the same instant: the unique index decides, still a 409.
      .catch((error: unknown) => {
        throw isUniqueViolation(error) ? taken() : error;
      });
    return this.present(id);
  }

  /** Users the actor may see: leaders see their jurisdiction, administrators and the CLI everyone. */
  async list(actor: Actor): Promise<User[]> {
    this.assertMaySeeUsers(actor);
    const j = jurisdictionOf(actor);
    const rows = await this.users.list(j.scope === 'nation' ? null : [...j.adminUnitIds]);
    const roles = await this.users.rolesOf(rows.map((r) => r.id));
    return rows.map((row) => presentUser(row, roles.get(row.id) ?? []));
  }

  /** One user, or not_found when it does not exist or lies outside the actor's jurisdiction. */
  async get(actor: Actor, id: string): Promise<User> {
    this.assertMaySeeUsers(actor);
    const row = await this.users.findById(id);
    if (!row || !inJurisdiction(jurisdictionOf(actor), row.unit_admin_unit_id)) {
      // 404, not 403: whether an account exists elsewhere is itself not the actor's business.
      throw new DomainError('not_found', 'Không tìm thấy người dùng / user not found');
    }
    const roles = await this.users.rolesOf([row.id]);
    return presentUser(row, roles.get(row.id) ?? []);
  }

  private assertMaySeeUsers(actor: Actor): void {
    if (actor.kind === 'cli' || actor.kind === 'system') return;
    if (actor.kind !== 'user') throw new DomainError('unauthenticated', 'Cần đăng nhập / sign-in required');
    if (!hasRole(actor, 'admin', 'leader')) {
      throw new DomainError(
        'forbidden',
        'Chỉ lãnh đạo và quản trị viên xem được danh sách người dùng / leaders and administrators only',
      );
    }
  }

  private async present(id: string): Promise<User> {
    const row = await this.users.findById(id);
    if (!row) throw new DomainError('not_found', 'Không tìm thấy người dùng / user not found');
    const roles = await this.users.rolesOf([id]);
    return presentUser(row, roles.get(id) ?? []);
  }
}
