// Open311 GeoReport v2 intake: the public id and token an app gets for a tip, and the API keys
// of registered apps. The public id is random (not the tip id), so ids cannot be guessed or
// counted, and nothing links it to the tracking code the citizen may hold.
export type Open311RequestTable = {
  service_request_id: string;
  /** Answer of GET tokens/{token}.json; random like the id. */
  token: string;
  tip_id: string;
  province_code: string;
  api_key_id: string | null;
  created_at: string;
};

export type Open311ApiKeyTable = {
  id: string;
  /** SHA-256 of the key: the key itself is shown once, when it is made. */
  key_hash: string;
  app_name: string;
  created_at: string;
  revoked_at: string | null;
};
