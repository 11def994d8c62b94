// An indicator definition set by an administrator (JSON of IndicatorDefinition); it replaces
// the shipped definition of the same code.
export type IndicatorTable = {
  code: string;
  definition: string;
  changed_at: string;
  changed_by: string;
};
