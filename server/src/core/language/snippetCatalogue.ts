import type { SpecKind } from '../types';

/**
 * A ready-made entry the user picks by its prefix (`ps-member`). The body is a snippet in the
 * editor's syntax; its first line starts the entry (`- id: ...`) and the others are indented
 * relative to that dash.
 */
export interface SpecSnippet {
  readonly prefix: string;
  readonly name: string;
  readonly description: string;
  /** The kind of file and the list under `spec` the entry belongs to; none for snippets that fit any spec file. */
  readonly place?: { readonly kind: SpecKind; readonly list: string };
  readonly body: readonly string[];
}

/** Every snippet, for members, teams, hires, peers, rituals, stakeholders, items, objectives, themes, target groups, needs and goals. */
export const SPEC_SNIPPETS: readonly SpecSnippet[] = [
  {
    prefix: 'ps-member',
    name: 'Team member',
    place: { kind: 'TeamCharter', list: 'members' },
    description: 'A member of the team charter with their manager, teams and coaching (spec.members).',
    body: [
      '- id: ${1:sam}',
      '  name: ${2:Sam Okafor}',
      '  role: ${3|pm,senior-pm,group-pm,director,apm,product-designer,ux-researcher,data-analyst,head-of-product|}',
      '  reportsTo: ${4:dana}',
      '  teams: [${5:payouts}]',
      '  startDate: ${6:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}',
      '  coaching:',
      '    oneOnOne: ${7|weekly,biweekly,monthly|}',
      '    lastAssessment: ${8:$CURRENT_YEAR-$CURRENT_MONTH-$CURRENT_DATE}',
      '    strengths: [${9:Customer interviews}]',
      '    growthAreas: [${10:Stakeholder management}]$0',
    ],
  },
  {
    prefix: 'ps-team',
    name: 'Product team',
    place: { kind: 'TeamCharter', list: 'productTeams' },
    description: 'A product team with its PM, designer, analyst and engineers (spec.productTeams).',
    body: [
      '- id: ${1:payouts}',
      '  name: ${2:Payouts}',
      '  mission: ${3:Get merchants their money as fast as possible.}',
      '  pm: ${4:sam}',
      '  designer: ${5:lea}',
      '  analyst: ${6:omar}',
      '  techLead: ${7:Chris Doyle}',
      '  engineers: ${8:5}$0',
    ],
  },
  {
    prefix: 'ps-hire',
    name: 'Hire',
    place: { kind: 'TeamCharter', list: 'hiring' },
    description: 'A planned or open position in the hiring plan (spec.hiring).',
    body: [
      '- role: ${1|pm,senior-pm,group-pm,director,apm,product-designer,ux-researcher,data-analyst|}',
      '  level: ${2:senior}',
      '  team: ${3:payouts}',
      '  reportsTo: ${4:dana}',
      '  targetQuarter: ${5:$CURRENT_YEAR-Q4}',
      '  reason: ${6:Why the team needs this person.}',
      '  status: ${7|planned,open,interviewing,filled|}$0',
    ],
  },
  {
    prefix: 'ps-peer',
    name: 'Peer',
    place: { kind: 'TeamCharter', list: 'peers' },
    description: 'A peer of the Head of Product with the one-on-one cadence (spec.peers).',
    body: ['- role: ${1:CTO}', '  name: ${2:Priya Raman}', '  cadence: ${3|weekly,biweekly,monthly|}$0'],
  },
  {
    prefix: 'ps-ritual',
    name: 'Ritual',
    place: { kind: 'TeamCharter', list: 'rituals' },
    description: 'A recurring ritual of the team (spec.rituals).',
    body: [
      '- name: ${1:Discovery review}',
      '  kind: ${2|discovery,delivery,alignment,learning,coaching,celebration|}',
      '  cadence: ${3|weekly,biweekly,monthly|}',
      '  participants: [${4:pms, designers, tech leads}]$0',
    ],
  },
  {
    prefix: 'ps-stakeholder',
    name: 'Stakeholder',
    place: { kind: 'TeamCharter', list: 'stakeholders' },
    description: 'A stakeholder outside the product team (spec.stakeholders of a charter).',
    body: ['- name: ${1:Alex Morgan}', '  role: ${2:CFO}', '  interest: ${3:What they need from the product team}', '  cadence: ${4|monthly,biweekly,weekly,quarterly|}$0'],
  },
  {
    prefix: 'ps-item',
    name: 'Roadmap item',
    place: { kind: 'Roadmap', list: 'items' },
    description: 'A roadmap item with owner, stage, outcome and discovery (spec.items).',
    body: [
      '- id: ${1:instant-payouts}',
      '  title: ${2:Instant payouts to debit cards}',
      '  horizon: ${3|now,next,later|}',
      '  theme: ${4:cash-flow}',
      '  owner: ${5:sam}',
      '  stage: ${6|opportunity,discovery,validated,delivery,released|}',
      '  outcome:',
      '    metric: ${7:Share of merchants using instant payouts weekly}',
      '    baseline: ${8:0}',
      '    target: ${9:20}',
      '  confidence: ${10|medium,high,low|}',
      '  discovery:',
      '    customerInterviews: ${11:5}',
      '    solutionsConsidered: ${12:3}',
      '    assumptionTests:',
      '      - assumption: ${13:Merchants will pay a fee for instant payouts}',
      '        risk: ${14|value,usability,feasibility,viability|}',
      '        status: ${15|planned,running,passed,failed|}$0',
    ],
  },
  {
    prefix: 'ps-objective',
    name: 'Objective',
    place: { kind: 'Roadmap', list: 'objectives' },
    description: 'An objective with a key result, traced to a vision goal (spec.objectives).',
    body: [
      '- id: ${1:faster-cash}',
      '  objective: ${2:Merchants get their money when they need it}',
      '  visionGoal: ${3:retain-merchants}',
      '  period: ${4:$CURRENT_YEAR-Q4}',
      '  type: ${5|committed,aspirational|}',
      '  keyResults:',
      '    - id: ${6:same-day-payout-share}',
      '      metric: ${7:Share of payouts settled the same day}',
      '      baseline: ${8:12}',
      '      target: ${9:50}',
      '      unit: "${10:%}"',
      '      owner: ${11:sam}$0',
    ],
  },
  {
    prefix: 'ps-theme',
    name: 'Theme',
    place: { kind: 'Roadmap', list: 'themes' },
    description: 'A roadmap theme: a customer problem traced to vision needs (spec.themes).',
    body: [
      '- id: ${1:cash-flow}',
      '  name: ${2:Cash when it is needed}',
      '  problem: ${3:Merchants wait days for their money.}',
      '  needs: [${4:same-day-cash}]',
      '  targetGroup: ${5:small-online-merchants}$0',
    ],
  },
  {
    prefix: 'ps-target-group',
    name: 'Target group',
    place: { kind: 'Vision', list: 'targetGroups' },
    description: 'A specific group of customers the vision serves (spec.targetGroups).',
    body: ['- id: ${1:market-sellers}', '  name: ${2:Market and pop-up sellers}', '  description: ${3:Who they are and what sets them apart.}', '  primary: ${4|false,true|}$0'],
  },
  {
    prefix: 'ps-need',
    name: 'Need',
    place: { kind: 'Vision', list: 'needs' },
    description: 'A customer need with evidence from discovery (spec.needs of a vision).',
    body: [
      '- id: ${1:same-day-cash}',
      '  targetGroup: ${2:small-online-merchants}',
      "  statement: ${3:I need today's sales available today so I can pay my suppliers.}",
      '  evidence:',
      '    - ${4:14 of 20 interviews named waiting for payouts as their top worry}$0',
    ],
  },
  {
    prefix: 'ps-goal',
    name: 'Goal',
    place: { kind: 'Vision', list: 'goals' },
    description: 'A business goal of the vision with its metric and target (spec.goals).',
    body: ['- id: ${1:grow-active-merchants}', '  statement: ${2:More merchants take payments every week.}', '  metric: ${3:Weekly active merchants}', '  target: ${4:50000}$0'],
  },
  {
    prefix: 'ps-disable',
    name: 'Disable a hint',
    description: 'Turns a hint off for the next line.',
    body: ['# product-specs-disable-next-line ${1:rule-id}$0'],
  },
];
