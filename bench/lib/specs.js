'use strict';
// Builders for realistic vision, team charter and roadmap files, in the shape of examples/acme.
const W = require('./words');

const pad = (n, width) => String(n).padStart(width, '0');
const date = (r, year, fromMonth, toMonth) => `${year}-${pad(r.int(fromMonth, toMonth), 2)}-${pad(r.int(1, 28), 2)}`;

/** A vision with target groups, needs (with evidence) and goals. Returns the text and the ids it defines. */
function vision({ prefix, product, owner, needs: needCount, goals: goalCount, evidence = 2, seed }) {
  const r = W.random(`vision:${seed}`);
  const groups = ['small-online-merchants', 'market-sellers', 'independent-professionals'].map((g) => `${prefix}-${g}`);
  const needs = Array.from({ length: needCount }, (_, i) => `${prefix}-need-${pad(i + 1, 2)}`);
  const goals = Array.from({ length: goalCount }, (_, i) => `${prefix}-goal-${pad(i + 1, 2)}`);
  const out = [
    'apiVersion: productspecs/v1',
    'kind: Vision',
    'metadata:',
    `  id: ${prefix}-vision`,
    `  product: ${product}`,
    `  owner: ${owner}`,
    '  status: approved',
    '  lastReviewed: 2026-10-01',
    'spec:',
    '  statement: >-',
    '    Every small business gets paid instantly, understands every cent of its money,',
    '    and spends its time on customers instead of chasing payments.',
    '  horizon:',
    '    years: 5',
    '  ownership: product-team',
    '',
    '  visuals:',
    `    - title: "Storyboard: a day in the life of a ${product} merchant in 2031"`,
    `      link: https://design.example.com/${prefix}/storyboard`,
    '  narrative: >-',
    '    Maya runs a small shop online and sells at the Saturday market. Today she waits three',
    '    days for her sales to arrive. In 2031 the money is in her account before she has',
    '    packed up her stall and every fee is spelled out in plain words.',
    '',
    '  targetGroups:',
  ];
  groups.forEach((id, i) => {
    out.push(`    - id: ${id}`, `      name: ${['Small online merchants', 'Market sellers', 'Independent professionals'][i]}`);
    out.push('      description: >-', '        Independent businesses with 1 to 20 staff where the owner runs finance.');
    out.push(`      primary: ${i === 0}`);
  });
  out.push('', '  needs:');
  for (const id of needs) {
    out.push(`    - id: ${id}`, `      targetGroup: ${r.pick(groups)}`);
    out.push(`      statement: I need ${r.pick(W.NOUNS)} that work ${r.pick(W.AUDIENCES)} so I can run my business.`);
    out.push('      evidence:');
    for (let e = 0; e < evidence; e++) out.push(`        - ${r.int(5, 80)}% ${r.pick(W.EVIDENCE)}`);
  }
  out.push('', '  goals:');
  for (const id of goals) {
    out.push(`    - id: ${id}`, `      statement: Grow ${r.pick(W.NOUNS)} ${r.pick(W.AUDIENCES)}.`);
    out.push(`      metric: ${r.pick(W.METRICS)}`, `      target: ${r.int(10, 250) * 1000}`);
  }
  out.push(
    '',
    '  positioning:',
    '    for: Small online merchants and market sellers',
    '    need: who need their money fast and their costs clear',
    `    category: ${product} is a payments account`,
    '    benefit: that pays out sales the same day and explains every fee in plain language',
    '    unlike: bank merchant accounts and marketplace payment providers',
    '    differentiation: settles in minutes and charges one flat fee',
    '',
    '  principles:',
    '    - "Money first: never hold a merchant\'s funds longer than needed."',
    '    - "Plain words: if a fee cannot be explained in one sentence it is not ready."',
    '    - "Small merchants first: we build for the owner who does everything."',
    '',
    '  reviewCadence: quarterly',
    '',
    '  evangelism:',
    '    cadence: monthly',
    '    audiences:',
    '      - Engineering all-hands',
    '      - Sales and customer success',
    '      - Leadership team',
    '    channels:',
    '      - Monthly product review with the storyboard',
    '      - New-joiner onboarding session',
  );
  return { text: out.join('\n') + '\n', id: `${prefix}-vision`, groups, needs, goals };
}

/**
 * A team charter with `teams` product teams: a Head of Product, one group PM per four teams, a PM and a
 * designer per team, a director with analysts and a researcher. Spans of control stay at eight or fewer.
 */
function charter({ prefix, teams: teamCount, seed }) {
  const r = W.random(`charter:${seed}`);
  const members = [];
  let nameIndex = 0;
  const person = (role, reportsTo, teams, extra = {}) => {
    const i = nameIndex++;
    const first = W.FIRST_NAMES[i % W.FIRST_NAMES.length];
    const suffix = i >= W.FIRST_NAMES.length ? String(Math.floor(i / W.FIRST_NAMES.length) + 1) : '';
    const id = `${prefix}-${first.toLowerCase()}${suffix}`;
    members.push({ id, name: `${first} ${W.LAST_NAMES[i % W.LAST_NAMES.length]}`, role, reportsTo, teams, ...extra });
    return id;
  };
  /** @type {Array<{ id: string, noun: string, pm?: string, designer?: string, analyst?: string }>} */
  const teams = Array.from({ length: teamCount }, (_, t) => ({
    id: `${prefix}-${W.TEAM_NOUNS[t % W.TEAM_NOUNS.length]}${t >= W.TEAM_NOUNS.length ? `-${t}` : ''}`,
    noun: W.TEAM_NOUNS[t % W.TEAM_NOUNS.length],
  }));
  const head = person('head-of-product', undefined, []);
  const director = person('director', head, []);
  const groupCount = Math.ceil(teamCount / 4);
  for (let g = 0; g < groupCount; g++) {
    const groupTeams = teams.slice(g * 4, g * 4 + 4);
    const groupPm = person(
      'group-pm',
      head,
      groupTeams.map((t) => t.id),
    );
    const analyst = person(
      'data-analyst',
      director,
      groupTeams.map((t) => t.id),
    );
    for (const team of groupTeams) {
      team.pm = person(r.chance(0.5) ? 'senior-pm' : 'pm', groupPm, [team.id], { mentor: groupPm });
      team.designer = person('product-designer', groupPm, [team.id]);
      team.analyst = analyst;
    }
  }
  person(
    'ux-researcher',
    director,
    teams.slice(0, 2).map((t) => t.id),
  );

  const out = [
    'apiVersion: productspecs/v1',
    'kind: TeamCharter',
    'metadata:',
    `  id: ${prefix}-charter`,
    `  owner: ${head}`,
    '  status: approved',
    '  lastReviewed: 2026-10-15',
    'spec:',
    '  purpose: >-',
    '    Discover and deliver products that small businesses love to use and that grow',
    '    the business, in true collaboration with engineering, design and marketing.',
    '  mission: >-',
    '    Make our product the first choice of small merchants in Europe by 2031.',
    `  headOfProduct: ${head}`,
    '  reportsTo:',
    '    role: CEO',
    '    name: Jordan Lee',
    '',
    '  peers:',
    '    - role: CTO',
    '      name: Priya Raman',
    '      cadence: weekly',
    '      lastOneOnOne: 2026-11-19',
    '    - role: VP Marketing',
    '      name: Tom Becker',
    '      cadence: biweekly',
    '      lastOneOnOne: 2026-11-12',
    '',
    '  members:',
  ];
  for (const m of members) {
    out.push(`    - id: ${m.id}`, `      name: ${m.name}`, `      role: ${m.role}`);
    if (m.reportsTo) out.push(`      reportsTo: ${m.reportsTo}`);
    if (m.teams.length) out.push(`      teams: [${m.teams.join(', ')}]`);
    out.push(`      startDate: ${date(r, r.int(2019, 2024), 1, 12)}`);
    out.push('      coaching:', `        oneOnOne: ${r.chance(0.6) ? 'weekly' : 'biweekly'}`);
    out.push(`        lastAssessment: ${date(r, 2026, 9, 11)}`);
    if (m.mentor) out.push(`        mentor: ${m.mentor}`);
    out.push(`        strengths: [${r.pick(['Customer interviewing', 'Experiment design', 'Data fluency', 'Coaching'])}]`);
    out.push(`        growthAreas: [${r.pick(['Stakeholder management', 'Prioritisation', 'Storytelling', 'Delegation'])}]`);
  }
  out.push('', '  productTeams:');
  for (const t of teams) {
    out.push(`    - id: ${t.id}`, `      name: ${t.noun.charAt(0).toUpperCase()}${t.noun.slice(1).replace(/-/g, ' ')}`);
    out.push(`      mission: Help merchants with ${t.noun.replace(/-/g, ' ')} so they can focus on their customers.`);
    out.push(`      pm: ${t.pm}`, `      designer: ${t.designer}`, `      analyst: ${t.analyst}`);
    out.push(`      techLead: ${r.pick(W.FIRST_NAMES)} ${r.pick(W.LAST_NAMES)}`, `      engineers: ${r.int(3, 8)}`);
  }
  out.push(
    '',
    '  hiring:',
    '    - role: product-designer',
    '      level: senior',
    `      team: ${teams[0].id}`,
    `      reportsTo: ${members.find((m) => m.role === 'group-pm').id}`,
    '      targetQuarter: 2027-Q1',
    '      reason: Discovery borrows design time from other teams.',
    '      status: interviewing',
    '',
    '  onboarding:',
    '    rampWeeks: 10',
    '    buddy: true',
    '    trainingPlan: https://wiki.example.com/product/onboarding',
    '',
    '  training:',
    '    - topic: Continuous discovery habits',
    '      audience: PMs and designers',
    '      cadence: quarterly',
    '',
    '  rituals:',
    '    - name: Discovery review',
    '      kind: discovery',
    '      cadence: weekly',
    '      participants: [pms, designers, tech leads]',
    '    - name: Experiment and retrospective review',
    '      kind: learning',
    '      cadence: biweekly',
    '      participants: [pms, designers, analysts]',
    '    - name: Wins and thank-yous',
    '      kind: celebration',
    '      cadence: monthly',
    '      participants: [whole product and engineering organisation]',
    '',
    '  workingAgreements:',
    '    - Designers and engineers join discovery from the first customer conversation.',
    '    - Teams get problems to solve, not features to build.',
    '',
    '  stakeholders:',
    '    - name: Alex Morgan',
    '      role: CFO',
    '      interest: Payout risk and cost of funds',
    '      cadence: monthly',
  );
  return { text: out.join('\n') + '\n', id: `${prefix}-charter`, head, members: members.map((m) => m.id), teams };
}

/** Which field each of the ten schema errors breaks, in the order they appear in a roadmap. */
const ERRORS = [
  'stage', // "done" is no stage
  'horizon', // "soon" is no horizon
  'confidence', // "sure" is no confidence
  'misspelled', // unknown key "confidance"
  'raci', // "X" is no RACI role
  'risk', // "cost" is no product risk
  'testStatus', // "done" is no assumption-test status
  'unknownKey', // unknown key "notes"
  'dateType', // "soft" is no date type
  'outcomeKey', // unknown key "unit" in an outcome
];

/**
 * A now-next-later roadmap with `items` items traced to a vision and a charter. `errors` of the ten
 * schema errors are spread evenly through the items; everything else is valid against the schema.
 */
function roadmap({ prefix, id, product, vision: v, charter: c, items: count, objectives: objectiveCount, themes: themeCount, periods, errors = 0, seed, lines: targetLines }) {
  const r = W.random(`roadmap:${seed}`);
  const objectives = Array.from({ length: objectiveCount }, (_, i) => ({
    id: `${prefix}-objective-${pad(i + 1, 2)}`,
    goal: v.goals[i % v.goals.length],
    period: periods[i % periods.length],
  }));
  const themes = Array.from({ length: themeCount }, (_, i) => ({
    id: `${prefix}-theme-${pad(i + 1, 2)}`,
    needs: [v.needs[i % v.needs.length], ...(r.chance(0.5) ? [v.needs[(i + 3) % v.needs.length]] : [])].filter((n, k, all) => all.indexOf(n) === k),
  }));
  // Every need and goal is traced by some theme or objective.
  v.needs.forEach((need, i) => {
    const theme = themes[i % themes.length];
    if (!theme.needs.includes(need)) theme.needs.push(need);
  });
  const out = [
    'apiVersion: productspecs/v1',
    'kind: Roadmap',
    'metadata:',
    `  id: ${id}`,
    `  product: ${product}`,
    `  vision: ${v.id}`,
    `  owner: ${c.head}`,
    '  status: approved',
    '  lastReviewed: 2026-11-02',
    'spec:',
    '  format: now-next-later',
    '  disclaimer: >-',
    '    This roadmap shows what we are working on and what we are exploring, not a',
    '    delivery promise. Items in next and later change as we learn from merchants.',
    '',
    '  objectives:',
  ];
  for (const o of objectives) {
    out.push(`    - id: ${o.id}`, `      objective: Merchants get ${r.pick(W.NOUNS)} ${r.pick(W.AUDIENCES)}`);
    out.push(`      visionGoal: ${o.goal}`, `      period: ${o.period}`, `      type: ${r.chance(0.7) ? 'committed' : 'aspirational'}`);
    out.push('      keyResults:');
    for (let k = 1; k <= 2; k++) {
      const baseline = r.int(5, 60);
      out.push(`        - id: ${o.id}-kr-${k}`, `          metric: ${r.pick(W.METRICS)}`, `          baseline: ${baseline}`);
      out.push(`          target: ${baseline + r.int(5, 30)}`, '          unit: "%"', `          owner: ${r.pick(c.teams).pm}`);
    }
  }
  out.push('', '  themes:');
  for (const t of themes) {
    out.push(`    - id: ${t.id}`, `      name: ${r.pick(W.ADJECTIVES)} ${r.pick(W.NOUNS)}`, `      problem: ${r.pick(W.PROBLEMS)}`);
    out.push(`      needs: [${t.needs.join(', ')}]`, `      targetGroup: ${v.groups[0]}`);
  }
  out.push('', '  items:');

  const errorAt = new Map();
  for (let k = 0; k < errors; k++) errorAt.set(Math.floor(((k + 0.5) * count) / errors), ERRORS[k]);
  // At most three now items per team; the rest is shaped in next or delivered later.
  const nowCount = Math.min(3 * c.teams.length, Math.ceil(count * 0.12));
  const nextCount = Math.round((count - nowCount) * 0.45);
  const itemIds = [];
  // Items are rich (every optional field likely) or lean, whichever keeps the file on course for `targetLines`.
  const headerLines = out.length;
  const perItem = (targetLines - headerLines) / count;
  for (let i = 0; i < count; i++) {
    const error = errorAt.get(i);
    const compact = out.length - headerLines >= i * perItem;
    const horizon = i < nowCount ? 'now' : i < nowCount + nextCount ? 'next' : 'later';
    const team = horizon === 'now' ? c.teams[i % c.teams.length] : r.pick(c.teams);
    const itemId = `${prefix}-item-${pad(i + 1, 4)}`;
    const stage =
      horizon === 'now'
        ? r.chance(0.6)
          ? 'delivery'
          : 'discovery'
        : horizon === 'next'
          ? r.pick(['discovery', 'validated', 'opportunity'])
          : r.pick(['opportunity', 'discovery']);
    const lines = [`    - id: ${itemId}`, `      title: ${r.pick(W.ADJECTIVES)} ${r.pick(W.NOUNS)} ${r.pick(W.AUDIENCES)}`];
    lines.push(`      horizon: ${error === 'horizon' ? 'soon' : horizon}`);
    lines.push(`      theme: ${r.pick(themes).id}`);
    if (r.chance(compact ? 0.5 : 0.9)) lines.push(`      objective: ${r.pick(objectives).id}`);
    lines.push(`      owner: ${team.pm}`, `      team: ${team.id}`, `      stage: ${error === 'stage' ? 'done' : stage}`);
    if (horizon === 'now' || error === 'outcomeKey' || (!compact && r.chance(0.5))) {
      const baseline = r.int(0, 50);
      const extra = error === 'outcomeKey' ? ', unit: "%"' : '';
      if (r.chance(0.5)) lines.push(`      outcome: { metric: ${r.pick(W.METRICS)}, baseline: ${baseline}, target: ${baseline + r.int(5, 40)}${extra} }`);
      else {
        lines.push('      outcome:', `        metric: ${r.pick(W.METRICS)}`, `        baseline: ${baseline}`, `        target: ${baseline + r.int(5, 40)}`);
        if (extra) lines.push('        unit: "%"');
      }
    }
    const confidence = stage === 'delivery' ? r.pick(['high', 'medium']) : r.pick(['high', 'medium', 'low']);
    if (error === 'confidence') lines.push('      confidence: sure');
    else if (error === 'misspelled') lines.push(`      confidance: ${confidence}`);
    else if (r.chance(compact ? 0.8 : 1)) lines.push(`      confidence: ${confidence}`);
    const needsTest = (horizon === 'now' && stage !== 'delivery') || error === 'risk' || error === 'testStatus';
    const discovery = needsTest ? 'block' : !compact && r.chance(0.7) ? 'block' : r.chance(compact ? 0.4 : 0.6) ? 'flow' : 'none';
    const risk = error === 'risk' ? 'cost' : r.pick(['value', 'usability', 'feasibility', 'viability']);
    const status = error === 'testStatus' ? 'done' : r.pick(['planned', 'running', 'passed']);
    const assumption = `${r.pick(W.SUBJECTS)} ${r.pick(W.BELIEFS)}`;
    if (discovery === 'block') {
      lines.push('      discovery:', `        customerInterviews: ${r.int(3, 20)}`, `        solutionsConsidered: ${r.int(3, 5)}`, '        assumptionTests:');
      lines.push(`          - assumption: ${assumption}`, `            risk: ${risk}`, `            status: ${status}`);
    } else if (discovery === 'flow') {
      lines.push(
        `      discovery: { customerInterviews: ${r.int(3, 20)}, solutionsConsidered: ${r.int(3, 5)}, assumptionTests: [{ assumption: ${assumption}, risk: ${risk}, status: ${status} }] }`,
      );
    }
    if (error === 'raci' || r.chance(compact ? 0.1 : 0.7)) {
      const other = error === 'raci' ? 'X' : 'C';
      lines.push('      stakeholders:', `        - { who: ${team.pm}, raci: A }`, `        - { who: ${r.pick(W.STAKEHOLDERS)}, raci: ${other} }`);
    }
    if (i > 0 && r.chance(compact ? 0.2 : 0.4)) {
      const deps = [itemIds[r.int(Math.max(0, i - 20), i - 1)]];
      lines.push(`      dependsOn: [${deps.join(', ')}]`);
    }
    if (error === 'dateType' || r.chance(compact ? 0.05 : 0.4)) {
      const type = error === 'dateType' ? 'soft' : horizon === 'now' ? 'estimate' : 'hard';
      lines.push(`      date: { value: ${date(r, 2027, 1, 12)}, type: ${type} }`);
    }
    if (error === 'unknownKey') lines.push('      notes: Agreed with the sales team in the last quarterly review');
    itemIds.push(itemId);
    out.push(...lines);
  }
  return { text: out.join('\n') + '\n', id };
}

module.exports = { vision, charter, roadmap, ERRORS };
