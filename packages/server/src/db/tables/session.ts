// Server-side sessions. The cookie carries a random token; only its SHA-256 is stored, so a
// copy of the database cannot be replayed as a session.
export type SessionTable = {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  /** Absolute end of the session, whatever the activity. */
  expires_at: string;
};
