// Tips per receipt day × area × category × decision day (0 = open) × decided on time, kept in
// step with every tip write (shared/DESIGN.md section 5.5).
export type TipRollupTable = {
  province_code: string;
  received_day: number;
  admin_unit_id: string;
  category: string;
  decided_day: number;
  on_time: number;
  tips: number;
};
