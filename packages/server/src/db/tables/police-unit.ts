// The police force's own tree, tied to the administrative units it covers. The procuracy is
// kept here too as an outside organisation (is_external = 1) so procurators have a unit.
export type PoliceUnitKind =
  'provincial_police' | 'investigating_body' | 'duty_desk' | 'department' | 'commune_police' | 'procuracy';

export type PoliceUnitTable = {
  id: string;
  code: string;
  name: string;
  kind: PoliceUnitKind;
  parent_id: string | null;
  /** The administrative unit version whose area this unit covers (its jurisdiction root). */
  admin_unit_id: string;
  province_code: string;
  is_external: number;
  created_at: string;
};
