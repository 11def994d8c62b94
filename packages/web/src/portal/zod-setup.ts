import { config } from 'zod';

// The portal validates its form with the shared zod schemas. zod compiles fast parsers with
// new Function() unless told not to, and decides so when a schema is created; the CSP forbids
// eval, so this module is imported first of all (as src/staff/zod-setup.ts is for the staff app;
// the portal may not import staff code).
config({ jitless: true });
