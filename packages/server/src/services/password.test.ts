import { newPasswordSchema } from '@antt/shared';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generatePassword } from './password.ts';

describe('generated passwords', () => {
  it('always pass the password policy and never contain the username, even a one-letter one', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,3}$/), (username) => {
        const password = generatePassword(username);
        expect(newPasswordSchema.safeParse(password).success).toBe(true);
        expect(password.toLowerCase()).not.toContain(username);
      }),
      { numRuns: 300 },
    );
  });
});
