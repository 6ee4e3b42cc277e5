#!/usr/bin/env -S npx tsx
import { cac } from 'cac';
import { register as registerCandidates } from './commands/candidates';
import { register as registerScan } from './commands/scan';
import { register as registerTerms } from './commands/terms';
import { protectStdinArgument } from './files';

const cli = cac('tifa');

// Each subcommand lives in cli/commands/<name>.ts and registers itself on `cli`.

registerCandidates(cli);
registerScan(cli);
registerTerms(cli);
cli.help();
cli.parse(protectStdinArgument(process.argv));
// cac ignores a command it does not know, and no command at all: say so rather than exit silently.
if (!cli.matchedCommand && !cli.options.help) {
  if (cli.args.length > 0) {
    process.stderr.write(`tifa: unknown command ${cli.args[0]}\n`);
    process.exitCode = 2;
  }
  cli.outputHelp();
}
