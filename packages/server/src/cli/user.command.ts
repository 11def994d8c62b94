import type { User } from '@antt/shared';
import { generatePassword } from '../services/password.ts';
import { runAction, type CommandModule } from './command.ts';
import { withCli } from './context.ts';
import { CliRefusal, CliUsageError, printResult } from './output.ts';

// `antt user add | list | unlock`: staff accounts from the command line, e.g. the first
// administrator of a new installation, before anyone can sign in to the web app.

type AddOptions = { username: string; name: string; unit: string; role: string; passwordStdin?: boolean };

/** Reads the password piped in (`printf '%s' "$PW" | antt user add ... --password-stdin`). */
async function readPasswordFromStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    throw new CliUsageError(
      '--password-stdin reads a piped password; pipe it in, or leave the flag out to get a generated one',
    );
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing newline (from echo or a file) is not part of the password.
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (!text) throw new CliRefusal('Không nhận được mật khẩu từ stdin / no password on standard input');
  return text;
}

function describeUser(u: User): string {
  const flags = [
    u.disabled ? 'disabled' : null,
    u.isDemo ? 'demo' : null,
    u.totpEnabled ? '2FA' : null,
  ].filter(Boolean);
  return `${u.username.padEnd(20)} ${u.displayName.padEnd(28)} ${u.unit.code.padEnd(14)} ${u.roles.join(',')}${
    flags.length ? `  [${flags.join(', ')}]` : ''
  }`;
}

export const userCommands: CommandModule = (program) => {
  const user = program.command('user').description('staff accounts (tài khoản cán bộ)');

  const add = user
    .command('add')
    .description(
      'create a staff account; without --password-stdin a strong password is generated and printed once',
    )
    .requiredOption('--username <username>', 'sign-in name: lowercase letters, digits, . _ -')
    .requiredOption('--name <full name>', 'full name as shown to colleagues, e.g. "Nguyễn Văn An"')
    .requiredOption('--unit <code>', 'police unit code, e.g. CAX-31507')
    .requiredOption('--role <roles>', 'comma-separated roles: admin, leader, analyst, officer, procurator')
    .option('--password-stdin', 'read the password from standard input instead of generating one');
  add.action(
    runAction(add, async (mode, opts: AddOptions) => {
      const roles = opts.role
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean);
      const generated = opts.passwordStdin ? null : generatePassword(opts.username);
      const password = generated ?? (await readPasswordFromStdin());
      const created = await withCli(({ services, actor }) =>
        services.users.createUser(actor, {
          username: opts.username,
          displayName: opts.name,
          unitCode: opts.unit,
          // Checked against the role list by the service, which names any unknown role.
          roles: roles as User['roles'],
          password,
        }),
      );
      const result = generated ? { user: created, generatedPassword: generated } : { user: created };
      printResult(mode, result, (r) =>
        [
          `Created ${r.user.username} (${r.user.displayName}), unit ${r.user.unit.code} — ${r.user.unit.name}, roles ${r.user.roles.join(', ')}.`,
          ...(generated
            ? [
                `Password (shown once, store it safely; the user should change it at first sign-in): ${generated}`,
              ]
            : []),
        ].join('\n'),
      );
    }),
  );

  const list = user.command('list').description('list every staff account');
  list.action(
    runAction(list, async (mode) => {
      const users = await withCli(({ services, actor }) => services.users.list(actor));
      printResult(mode, { users }, (r) =>
        r.users.length === 0
          ? 'No users yet. Create the first administrator with: antt user add --username ... --role admin'
          : r.users.map(describeUser).join('\n'),
      );
    }),
  );

  const unlock = user
    .command('unlock')
    .description('lift a lockout after repeated wrong passwords, before it runs out')
    .argument('<username>');
  unlock.action(
    runAction(unlock, async (mode, username: string) => {
      const result = await withCli(({ services, actor }) => services.auth.unlock(actor, username));
      printResult(mode, { username, ...result }, (r) =>
        r.wasLocked ? `${r.username} unlocked.` : `${r.username} was not locked; failure count cleared.`,
      );
    }),
  );
};
