import type { TipEventType } from '@antt/shared';

/** One step in a tip's timeline. `public` = 1 when the informant sees it (label and time only). */
export type TipEventTable = {
  id: string;
  province_code: string;
  tip_id: string;
  at: string;
  type: TipEventType;
  /** Who acted, for staff: a username, "citizen" or "system:…". Never shown to the citizen. */
  actor_label: string;
  actor_user_id: string | null;
  public: number;
  /** JSON object: what changed (never personal data of the informant). */
  details: string;
};
