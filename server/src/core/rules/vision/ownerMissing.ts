import { defineRule } from '../rule';
import { child, field, visionFile } from '../../model/specModel';
import { capitalized, visionName, visionExample } from './shared';

export const ownerMissing = defineRule({
  meta: {
    id: 'vision/owner-missing',
    area: 'vision',
    severity: 'error',
    description: 'A vision names its owner in `metadata.owner`.',
    rationale:
      'A vision nobody owns drifts: nobody keeps it current, tells its story or settles the arguments it should settle. Naming the owner, usually the Head of Product, makes one person accountable for creating the vision, reviewing it and evangelising it across the company.',
    options: {},
    kinds: ['Vision'],
    examples: {
      fires: {
        file: 'acme.vision.yaml',
        text: visionExample({ metadata: '  id: acme-vision\n  lastReviewed: 2026-10-01\n' }),
      },
      passes: { file: 'acme.vision.yaml', text: visionExample() },
    },
  },
  check({ doc, value }) {
    const file = visionFile(doc);
    const owner = field(child(file, 'metadata'), 'owner');
    // A value of the wrong type is there, just malformed: the schema reports it.
    if (owner !== undefined && owner !== null && !(typeof owner === 'string' && owner.trim() === '')) return [];
    const metadata = field(file, 'metadata');
    const hasMetadata = child(file, 'metadata') !== undefined;
    // A file or a metadata that is not a mapping is the schema's to report.
    if (Array.isArray(value) || (metadata !== undefined && !hasMetadata)) return [];
    return [
      {
        path: hasMetadata && owner !== undefined ? ['metadata', 'owner'] : ['metadata'],
        target: 'key',
        message: `${capitalized(visionName(doc))} has no owner: set metadata.owner to the member accountable for it, usually the Head of Product.`,
      },
    ];
  },
});
