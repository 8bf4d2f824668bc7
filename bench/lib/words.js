'use strict';
// Word lists for generated specs. No commas, colons, brackets or '#': the values are written as plain
// YAML scalars, also inside flow collections.

/** A small, fast, seeded random number generator (mulberry32), so every run generates the same files. */
function random(seed) {
  let a = 2166136261;
  for (const ch of String(seed)) a = Math.imul(a ^ ch.charCodeAt(0), 16777619);
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const FIRST_NAMES = [
  'Sam', 'Mia', 'Leo', 'Nora', 'Theo', 'Lea', 'Kai', 'Finn', 'Ines', 'Omar', 'Yuki', 'Ravi', 'Dana', 'Ada', 'Ben',
  'Cleo', 'Dev', 'Eli', 'Fay', 'Gus', 'Hana', 'Ivo', 'Jia', 'Kofi', 'Lars', 'Maya', 'Nils', 'Olu', 'Pia', 'Quinn',
  'Rosa', 'Sven', 'Tara', 'Uma', 'Vik', 'Wen', 'Xena', 'Yara', 'Zoe', 'Arlo',
];
const LAST_NAMES = [
  'Okafor', 'Schneider', 'Martins', 'Lindqvist', 'Nakamura', 'Dubois', 'Brandt', 'Carvalho', 'Haddad', 'Tanaka',
  'Menon', 'Whitfield', 'Rossi', 'Bello', 'Kim', 'Doyle', 'Petrova', 'Becker', 'Raman', 'Lee', 'Novak', 'Silva',
];
const TEAM_NOUNS = [
  'payouts', 'checkout', 'onboarding', 'insights', 'billing', 'risk', 'disputes', 'invoicing', 'terminals', 'identity',
  'pricing', 'ledger', 'growth', 'partners', 'mobile', 'tax', 'loyalty', 'treasury', 'support', 'marketplace',
  'subscriptions', 'reporting', 'compliance', 'platform-api',
];
const ADJECTIVES = [
  'Instant', 'Smart', 'Guided', 'Self-serve', 'Automated', 'Simpler', 'Real-time', 'Bulk', 'Mobile', 'Scheduled',
  'Shared', 'Offline', 'Predictive', 'Unified', 'Transparent', 'Faster', 'Safer', 'Multi-currency',
];
const NOUNS = [
  'payouts', 'refunds', 'invoices', 'fee breakdowns', 'sign-up', 'checkout', 'reconciliation', 'sales reports',
  'dispute handling', 'identity checks', 'payment links', 'card reader pairing', 'tax exports', 'subscriptions',
  'currency conversion', 'team accounts', 'payment alerts', 'receipts', 'chargeback evidence', 'loyalty rewards',
];
const AUDIENCES = [
  'for new merchants', 'for market sellers', 'for freelancers', 'for returning buyers', 'on mobile', 'across shops',
  'for growing teams', 'for accountants', 'at the point of sale', 'in every currency',
];
const SUBJECTS = ['Merchants', 'Market sellers', 'Freelancers', 'Buyers', 'Accountants', 'New merchants', 'Support agents'];
const BELIEFS = [
  'will pay a small fee to get this within minutes', 'understand the new flow without help',
  'trust a saved card held across shops', 'complete the flow on a phone in under ten minutes',
  'prefer this to the spreadsheet they use today', 'accept the change without raising a ticket',
  'find the option without a tutorial', 'come back weekly once they have tried it',
];
const METRICS = [
  'Share of active merchants using it weekly', 'Support contacts per 1000 active merchants',
  'Median hours from sign-up to first payment', 'Checkout conversion at the payment step',
  'Share of card payments that fail', 'Share of payouts settled the same day', 'Monthly active merchants',
  'Share of merchants exporting to CSV monthly', 'Merchant net promoter score',
];
const PROBLEMS = [
  'Merchants wait days for their money and cannot plan their cash.',
  'Merchants cannot predict or explain what they are charged.',
  'Buyers who want to pay drop out at the payment step.',
  'New sellers wait days to take their first payment.',
  'Merchants rebuild their sales picture in spreadsheets every week.',
  'Freelancers chase clients for late invoices.',
  'Disputes take weeks and merchants lose them without knowing why.',
];
const STAKEHOLDERS = ['CFO', 'CTO', 'Head of Risk and Compliance', 'VP Marketing', 'Head of Customer Support', 'Head of Sales', 'Legal counsel'];
const EVIDENCE = [
  'of merchant interviews in 2026-Q2 named this as a top worry',
  'of support tickets last quarter were about this',
  'of churned merchants interviewed cited it',
  'of usability test participants failed at this step',
  'of survey respondents ranked it among their three biggest problems',
];

module.exports = {
  random,
  FIRST_NAMES,
  LAST_NAMES,
  TEAM_NOUNS,
  ADJECTIVES,
  NOUNS,
  AUDIENCES,
  SUBJECTS,
  BELIEFS,
  METRICS,
  PROBLEMS,
  STAKEHOLDERS,
  EVIDENCE,
};
