/** An in-app alert to one user about one tip's deadline; one per tip, kind and last day. */
export type AlertTable = {
  id: string;
  province_code: string;
  user_id: string;
  tip_id: string;
  kind: 'due_soon' | 'overdue';
  /** The last day the alert is about: a new limit (an extension) may alert again. */
  due_day: number;
  created_at: string;
  read_at: string | null;
};

/** Messages waiting for delivery by e-mail or SMS; a delivery worker sets sent_at. */
export type NotificationOutboxTable = {
  id: string;
  province_code: string | null;
  channel: 'email' | 'sms';
  recipient_user_id: string;
  subject: string;
  body: string;
  created_at: string;
  sent_at: string | null;
};
