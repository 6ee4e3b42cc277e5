#!/usr/bin/env -S npx tsx
import { cac } from 'cac';
import { register as registerCandidates } from './commands/candidates';
import { register as registerScan } from './commands/scan';
import { register as registerTerms } from './commands/terms';

const cli = cac('tifa');

// Each subcommand lives in cli/commands/<name>.ts and registers itself on `cli`.

registerCandidates(cli);
registerScan(cli);
registerTerms(cli);
cli.help();
cli.parse();
