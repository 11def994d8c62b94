export * from './time/vn-day.ts';
export * from './auth/roles.ts';
export * from './auth/auth.schemas.ts';
export * from './auth/user.schemas.ts';
export * from './errors/error-codes.ts';
export * from './org/police-unit.schemas.ts';
export * from './audit/audit.schemas.ts';
export * from './units/admin-unit.schemas.ts';
