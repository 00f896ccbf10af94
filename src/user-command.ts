import { Command, InvalidArgumentError } from 'commander';
import { commandLineActor } from './services/audit.service';
import { type Services } from './services';

/**
 * `portal user …`: accounts, roles, jurisdictions and API tokens, from the command line — how the first accounts
 * are made. Every change is audited with `--as NAME` (default: the operating-system user) as the actor.
 */
export function userCommand(
  withServices: <T>(work: (services: Services) => Promise<T>) => Promise<T>,
  positiveInt: (name: string) => (value: string) => number,
): Command {
  const user = new Command('user').description('accounts: create, grant, revoke, API tokens (see README "Accounts, roles and submissions")');
  const collect = (value: string, previous: string[] = []) => [...previous, value];

  user
    .command('create')
    .description('create an account')
    .requiredOption('--email <email>', 'sign-in email')
    .requiredOption('--password <password>', `password (at least 12 characters)`)
    .requiredOption('--role <role>', 'RESEARCHER, CONTRIBUTOR, AUTHORITY, SECRETARIAT or ADMIN')
    .option('--jurisdiction <code>', 'a jurisdiction a contributor writes for (repeatable)', collect, [])
    .option('--authority <id>', 'the directory record an authority account speaks for')
    .option('--name <name>', 'display name')
    .option('--as <name>', 'who runs the command, for the audit log (default: the OS user)')
    .action((opts: { email: string; password: string; role: string; jurisdiction: string[]; authority?: string; name?: string; as?: string }) =>
      withServices(async ({ users }) => {
        const account = await users.create(
          { email: opts.email, password: opts.password, role: opts.role, jurisdictions: opts.jurisdiction, authorityId: opts.authority, displayName: opts.name },
          commandLineActor(opts.as),
        );
        console.log(JSON.stringify(account));
      }),
    );

  user
    .command('grant')
    .description("change an account's role or authority, or add jurisdictions to a contributor")
    .requiredOption('--email <email>', 'the account')
    .option('--role <role>', 'new role')
    .option('--jurisdiction <code>', 'a jurisdiction to add (repeatable)', collect, [])
    .option('--authority <id>', 'the directory record an authority account speaks for')
    .option('--as <name>', 'who runs the command, for the audit log')
    .action((opts: { email: string; role?: string; jurisdiction: string[]; authority?: string; as?: string }) =>
      withServices(async ({ users }) => {
        const account = await users.grant(opts.email, { role: opts.role, jurisdictions: opts.jurisdiction, authorityId: opts.authority }, commandLineActor(opts.as));
        console.log(JSON.stringify(account));
      }),
    );

  user
    .command('revoke')
    .description('remove jurisdictions from a contributor, disable an account (--access), or revoke an API token (--token)')
    .option('--email <email>', 'the account')
    .option('--jurisdiction <code>', 'a jurisdiction to remove (repeatable)', collect, [])
    .option('--access', 'disable the account: no sign-in, sessions ended, API tokens revoked')
    .option('--token <id>', 'revoke this API token')
    .option('--as <name>', 'who runs the command, for the audit log')
    .action((opts: { email?: string; jurisdiction: string[]; access?: boolean; token?: string; as?: string }) =>
      withServices(async ({ users }) => {
        const actor = commandLineActor(opts.as);
        if (opts.token) {
          const token = await users.revokeApiToken(opts.token, actor, null);
          console.log(JSON.stringify({ id: token.id, name: token.name, revokedAt: token.revokedAt }));
          return;
        }
        if (!opts.email) throw new InvalidArgumentError('give --email (with --jurisdiction or --access) or --token');
        if (opts.access) console.log(JSON.stringify(await users.disable(opts.email, actor)));
        else if (opts.jurisdiction.length) console.log(JSON.stringify(await users.revokeJurisdictions(opts.email, opts.jurisdiction, actor)));
        else throw new InvalidArgumentError('say what to revoke: --jurisdiction CODE, --access or --token ID');
      }),
    );

  user
    .command('enable')
    .description('enable a disabled account again')
    .requiredOption('--email <email>', 'the account')
    .option('--as <name>', 'who runs the command, for the audit log')
    .action((opts: { email: string; as?: string }) =>
      withServices(async ({ users }) => console.log(JSON.stringify(await users.enable(opts.email, commandLineActor(opts.as))))),
    );

  user
    .command('password')
    .description("set an account's password (its sessions end)")
    .requiredOption('--email <email>', 'the account')
    .requiredOption('--password <password>', 'the new password')
    .option('--as <name>', 'who runs the command, for the audit log')
    .action((opts: { email: string; password: string; as?: string }) =>
      withServices(async ({ users }) => {
        await users.setPassword(await users.idOf(opts.email), opts.password, commandLineActor(opts.as));
        console.log(JSON.stringify({ email: opts.email.trim().toLowerCase(), passwordChanged: true }));
      }),
    );

  user
    .command('token')
    .description('create an API token for an account; the token is printed once')
    .requiredOption('--email <email>', 'the account')
    .requiredOption('--name <name>', 'what the token is for')
    .option('--expires-days <n>', 'days until it expires (default: until revoked)', positiveInt('--expires-days'))
    .option('--as <name>', 'who runs the command, for the audit log')
    .action((opts: { email: string; name: string; expiresDays?: number; as?: string }) =>
      withServices(async ({ users }) => {
        const { token, apiToken } = await users.createApiToken(
          await users.idOf(opts.email),
          { name: opts.name, expiresInDays: opts.expiresDays },
          commandLineActor(opts.as),
        );
        console.log(JSON.stringify({ id: apiToken.id, name: apiToken.name, expiresAt: apiToken.expiresAt, token }));
      }),
    );

  user
    .command('list')
    .description('list the accounts')
    .action(() => withServices(async ({ users }) => console.log(JSON.stringify(await users.list(), null, 2))));

  return user;
}
