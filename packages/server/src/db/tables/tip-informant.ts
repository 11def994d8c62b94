/**
 * The identity of an informant who chose to give it. Every column is a vault value
 * (AES-256-GCM, `v<key version>:<iv>:<ciphertext>`), its AAD naming the column and the tip id;
 * nothing here is ever stored in plain text. Anonymous tips have no row.
 */
export type TipInformantTable = {
  province_code: string;
  tip_id: string;
  full_name: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  id_number: string | null;
  created_at: string;
};
