export type UserTable = {
  id: string;
  username: string;
  display_name: string;
  /** argon2id hash (PHC string). */
  password_hash: string;
  unit_id: string;
  province_code: string;
  /**
   * The base32 TOTP secret, encrypted by the vault (`v<key>:<iv>:<ciphertext>`, AAD
   * "users.totp_secret:<id>"), once the user has started setting up a second factor.
   */
  totp_secret: string | null;
  totp_enabled: number;
  /** Time step (30 s) of the last accepted TOTP code, so a code is never accepted twice. */
  totp_last_step: number | null;
  /** Demo accounts are refused outside demo mode. */
  is_demo: number;
  disabled: number;
  created_at: string;
  updated_at: string;
  password_changed_at: string;
};

export type UserRoleTable = {
  user_id: string;
  role: string;
};
