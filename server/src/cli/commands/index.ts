import type { Command } from '../command';
import { board } from './board';
import { check } from './check';
import { report } from './report';
import { rules } from './rules';

/** Every command of the command line by its name, registered explicitly. */
export const COMMANDS: Readonly<Record<string, Command>> = { check, rules, report, board };
