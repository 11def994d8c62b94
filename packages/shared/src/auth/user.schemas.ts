import { z } from 'zod';
import { newPasswordSchema, usernameSchema } from './auth.schemas.ts';
import { ROLES } from './roles.ts';

// Staff accounts as the administration screens and the API see them. The password hash and
// the TOTP secret never leave the server.

export const roleListSchema = z
  .array(z.enum(ROLES))
  .min(1, 'at least one role')
  .max(ROLES.length)
  .refine((roles) => new Set(roles).size === roles.length, 'each role once');

export const createUserRequestSchema = z.object({
  username: usernameSchema,
  displayName: z.string().trim().min(1).max(120),
  /** Code of the police unit the user belongs to (police_units.code). */
  unitCode: z.string().trim().min(1).max(64),
  roles: roleListSchema,
  password: newPasswordSchema,
});
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  unit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  provinceCode: z.string(),
  totpEnabled: z.boolean(),
  disabled: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const userListResponseSchema = z.object({ users: z.array(userSchema) });
export type UserListResponse = z.infer<typeof userListResponseSchema>;
