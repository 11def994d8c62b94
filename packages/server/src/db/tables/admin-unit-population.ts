export type AdminUnitPopulationTable = {
  unit_id: string;
  year: number;
  population: number;
  source: string;
};
