// Failed sign-ins counted per key ("user:<id>" or "addr:<keyed hash of the address>").
export type AuthThrottleTable = {
  key: string;
  failures: number;
  window_started_at: string;
  locked_until: string | null;
};
