import { codeActions } from './codeActions';
import { codeLens } from './codeLens';
import { completion } from './completion';
import { customRequests } from './customRequests';
import { definition } from './definition';
import { folding } from './folding';
import { hover } from './hover';
import { rename } from './rename';
import { symbols } from './symbols';
import type { Feature } from './feature';

/** Every language feature of the server, registered explicitly. */
export const FEATURES: readonly Feature[] = [customRequests, completion, hover, definition, rename, symbols, folding, codeActions, codeLens];
