#!/usr/bin/env -S npx tsx
import { cac } from 'cac';

const cli = cac('tifa');

// Each subcommand lives in cli/commands/<name>.ts and registers itself on `cli`.

cli.help();
cli.parse();
