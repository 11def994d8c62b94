/**
 * Messages between the informant and the handling unit. The unit speaks as the unit: the
 * author is kept for staff and the audit, and never shown to the citizen.
 */
export type TipMessageTable = {
  id: string;
  province_code: string;
  tip_id: string;
  direction: 'citizen' | 'unit';
  body: string;
  author_user_id: string | null;
  at: string;
};
