// Stable string codes of every domain error. Clients (the web app, the CLI, integrations) may
// branch on these; never rename one. The HTTP status of each lives in one table on the server.
export const ERROR_CODES = [
  'validation_failed',
  'malformed_json',
  'unsupported_media_type',
  'payload_too_large',
  'not_found',
  'route_not_found',
  'unauthenticated',
  'forbidden',
  'outside_jurisdiction',
  'csrf_token_invalid',
  'invalid_credentials',
  'account_locked',
  'address_throttled',
  'totp_required',
  'totp_invalid',
  'demo_account_refused',
  'account_disabled',
  'password_too_weak',
  'conflict',
  'unit_code_unknown',
  'unit_not_valid_on_date',
  'point_outside_units',
  'rate_limited',
  'vault_key_missing',
  'vault_key_invalid',
  'vault_value_unreadable',
  // Tips (shared/DESIGN.md section 5.2).
  'stale_version',
  'tip_state_invalid',
  'extension_not_allowed',
  'extension_too_late',
  'extension_too_long',
  'suspension_premature',
  'resumption_limit_too_long',
  'tip_receipt_invalid',
  'place_not_served',
  'open311_api_key_invalid',
  // Incidents: a file with bad rows is refused whole (the details list them).
  'import_rejected',
  // Data values (shared/DESIGN.md section 5.4): a value failing a rule, a stale version, an
  // approved (locked) period, an approval action that does not fit the period's state.
  'data_value_refused',
  'data_value_conflict',
  'period_locked',
  'approval_state_invalid',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The one error shape every API answer uses (shared/DESIGN.md section 6). */
export type ApiErrorBody = {
  error: { code: ErrorCode; message: string; details?: unknown };
};
