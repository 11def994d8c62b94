import { z } from 'zod';

export const POLICE_UNIT_KINDS = [
  'provincial_police',
  'investigating_body',
  'duty_desk',
  'department',
  'commune_police',
  'procuracy',
] as const;
export type PoliceUnitKind = (typeof POLICE_UNIT_KINDS)[number];

export const policeUnitSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: z.enum(POLICE_UNIT_KINDS),
  parentId: z.string().nullable(),
  provinceCode: z.string(),
  external: z.boolean(),
  adminUnit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
});
export type PoliceUnitDto = z.infer<typeof policeUnitSchema>;

export const policeUnitListSchema = z.object({ items: z.array(policeUnitSchema) });
