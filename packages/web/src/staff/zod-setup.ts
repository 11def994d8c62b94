import { config } from 'zod';

// zod compiles fast object parsers with new Function() unless told not to, and decides so when
// a schema is created, i.e. when the shared schema modules load. The CSP forbids eval (even
// zod's probe for it is reported as a violation), so this module is imported first of all.
config({ jitless: true });
