// Every database column whose values the vault encrypts. `antt vault status` counts them and
// `antt vault rotate-key` re-encrypts them, so a column missing here would keep its old key
// forever: a feature that stores a vault value adds its column to this list.

export type EncryptedColumn = {
  table: string;
  /** The column that identifies a row (text ids); part of every value's AAD. */
  idColumn: string;
  column: string;
};

/** TOTP seeds: whoever holds one can make a user's second-factor codes. */
export const USERS_TOTP_SECRET = {
  table: 'users',
  idColumn: 'id',
  column: 'totp_secret',
} as const satisfies EncryptedColumn;

/**
 * An identified informant's personal data (shared/DESIGN.md section 5.2), one row per tip: the
 * AAD binds each value to its column and its tip, so a value moved to another tip fails to open.
 */
const tipInformantColumn = <C extends string>(column: C) =>
  ({ table: 'tip_informants', idColumn: 'tip_id', column }) as const satisfies EncryptedColumn;
export const TIP_INFORMANT_COLUMNS = {
  fullName: tipInformantColumn('full_name'),
  phone: tipInformantColumn('phone'),
  email: tipInformantColumn('email'),
  address: tipInformantColumn('address'),
  idNumber: tipInformantColumn('id_number'),
} as const;

export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  USERS_TOTP_SECRET,
  ...Object.values(TIP_INFORMANT_COLUMNS),
];

/**
 * The additional authenticated data of a value: its table, column and row, e.g.
 * "users.totp_secret:0197…". A value copied to another row or column no longer decrypts.
 */
export function columnAad(column: EncryptedColumn, rowId: string): string {
  return `${column.table}.${column.column}:${rowId}`;
}

export function columnLabel(column: EncryptedColumn): string {
  return `${column.table}.${column.column}`;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Only registered columns with plain identifiers reach the SQL built from them (table and
 * column names cannot be bound as parameters).
 */
export function assertRegistered(column: EncryptedColumn): void {
  const known = ENCRYPTED_COLUMNS.some(
    (c) => c.table === column.table && c.idColumn === column.idColumn && c.column === column.column,
  );
  if (!known || ![column.table, column.idColumn, column.column].every((n) => IDENTIFIER.test(n))) {
    throw new Error(`${columnLabel(column)} is not a registered encrypted column`);
  }
}
