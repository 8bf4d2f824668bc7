import { customRequests } from './customRequests';
import type { Feature } from './feature';

/** Every language feature of the server, registered explicitly. */
export const FEATURES: readonly Feature[] = [customRequests];
