import { missingRitualRule } from './shared';

export const noCelebration = missingRitualRule({
  id: 'culture/no-celebration',
  kind: 'celebration',
  description: 'The charter has a ritual of kind celebration.',
  rationale:
    'A motivated team that supports each other recognises its wins and thanks the people behind them, including engineers, designers and stakeholders. Without a regular moment for it, only problems get attention. Consider a light celebration ritual, such as monthly wins and thank-yous, open to the wider organisation.',
  ritual: { name: 'Wins and thank-yous', cadence: 'monthly' },
  message: 'The charter has no celebration ritual: consider a regular moment to recognise wins and thank each other, so the team stays motivated.',
});
