import { z } from 'zod';
import { ROLES } from './roles.ts';

// The sign-in contract shared by the server routes and the web forms.

export const CSRF_HEADER = 'x-csrf-token';
export const SESSION_COOKIE = 'antt_session';
export const PRE_SESSION_CSRF_COOKIE = 'antt_csrf';

export const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[a-z0-9._-]+$/, 'lowercase letters, digits, dot, dash and underscore only');

/** At least 10 characters with letters and digits: the floor for a police system's staff. */
export const newPasswordSchema = z
  .string()
  .min(10, 'at least 10 characters')
  .max(200)
  .regex(/[A-Za-zÀ-ỹ]/, 'needs a letter')
  .regex(/\d/, 'needs a digit');

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(200),
  totp: z
    .string()
    .regex(/^\d{6}$/, 'six digits')
    .optional(),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  unit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  provinceCode: z.string(),
  totpEnabled: z.boolean(),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionResponseSchema = z.object({
  user: sessionUserSchema.nullable(),
  csrfToken: z.string(),
  demo: z.boolean(),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const passwordChangeRequestSchema = z.object({
  currentPassword: z.string().min(1).max(200),
  newPassword: newPasswordSchema,
});
export type PasswordChangeRequest = z.infer<typeof passwordChangeRequestSchema>;

export const totpSetupResponseSchema = z.object({ secret: z.string(), otpauthUrl: z.string() });
export const totpEnableRequestSchema = z.object({ code: z.string().regex(/^\d{6}$/, 'six digits') });
export const totpDisableRequestSchema = z.object({ password: z.string().min(1).max(200) });
