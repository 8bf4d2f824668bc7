import { headsOfProduct } from '../model/organisation';
import { charterFile, child, field, list, visionFile } from '../model/specModel';
import { text } from '../rules/util';
import type { SpecKind } from '../types';
import type { WorkspaceIndex } from '../workspaceIndex';

/** A new spec file to create: a suggested file name and its text. */
export interface SpecTemplate {
  readonly fileName: string;
  readonly text: string;
}

/**
 * A starting spec of a kind that checks with no errors in the given workspace: its ids do not clash
 * with existing ones, and its references (owner, vision, goals, needs) name what the workspace
 * defines, or what the other templates define when the workspace has nothing yet.
 */
export function specTemplate(kind: SpecKind, index: WorkspaceIndex, today: string): SpecTemplate {
  const free = (entity: Parameters<WorkspaceIndex['lookup']>[0], id: string): string => {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? id : `${id}-${n}`;
      if (!index.lookup(entity, candidate)) return candidate;
    }
  };
  const owner = headOfProduct(index);
  if (kind === 'Vision') return { fileName: 'product.vision.yaml', text: vision(free('vision', 'product-vision'), owner ?? 'alex', today) };
  if (kind === 'Roadmap') {
    const visionDoc = index.documents('Vision')[0];
    const visionId = text(field(child(visionFile(visionDoc), 'metadata'), 'id'));
    const visionSpec = child(visionFile(visionDoc), 'spec');
    const first = (key: 'goals' | 'needs' | 'targetGroups'): string | undefined => text(field(list(visionSpec, key)[0]?.[0], 'id'));
    return {
      fileName: 'product.roadmap.yaml',
      text: roadmap({
        id: free('roadmap', 'product-roadmap'),
        owner: owner ?? 'alex',
        vision: visionId ?? 'product-vision',
        goal: (visionId && first('goals')) || 'grow-retention',
        need: (visionId && first('needs')) || 'know-what-changed',
        targetGroup: (visionId && first('targetGroups')) || 'small-teams',
        today,
      }),
    };
  }
  const head = owner && index.documents('TeamCharter').length > 0 ? free('member', 'alex') : 'alex';
  return {
    fileName: 'team.charter.yaml',
    text: charter(
      free('charter', 'product-team'),
      head,
      (id) => free('member', id),
      (id) => free('team', id),
      today,
    ),
  };
}

/** The Head of Product a charter names, or the first member of the first charter. */
function headOfProduct(index: WorkspaceIndex): string | undefined {
  const doc = index.documents('TeamCharter')[0];
  return headsOfProduct(index)[0] ?? text(field(list(child(charterFile(doc), 'spec'), 'members')[0]?.[0], 'id'));
}

function vision(id: string, owner: string, today: string): string {
  return `apiVersion: productspecs/v1
kind: Vision
metadata:
  id: ${id}
  product: Your product
  owner: ${owner}
  status: draft
  lastReviewed: ${today}
spec:
  # Why the product exists and the change it brings to customers: short, and not tied to a solution.
  statement: Small teams always know what changed in their work and why, without asking around.
  horizon:
    years: 5
  # Who creates the vision: product-team, ceo, revenue-team or business-unit.
  ownership: product-team
  narrative: >-
    Tell the story of one customer on a normal day once the vision is real: what they do,
    what no longer gets in their way, and how they feel about it.
  targetGroups:
    - id: small-teams
      name: Small teams
      description: Teams of 3 to 15 people who share work across tools.
      primary: true
  needs:
    - id: know-what-changed
      targetGroup: small-teams
      statement: I need to see what changed since I last looked, so I can pick up where others left off.
      evidence:
        - What customer interviews, support tickets or data showed; replace with your own findings.
  goals:
    - id: grow-retention
      statement: More teams keep using the product after their first month.
      metric: Share of new teams still active after 30 days
      target: 60%
  reviewCadence: quarterly
  evangelism:
    cadence: monthly
    audiences: [engineering, sales, support]
    channels: [all-hands, written updates]
`;
}

interface RoadmapIds {
  readonly id: string;
  readonly owner: string;
  readonly vision: string;
  readonly goal: string;
  readonly need: string;
  readonly targetGroup: string;
  readonly today: string;
}

function roadmap(ids: RoadmapIds): string {
  return `apiVersion: productspecs/v1
kind: Roadmap
metadata:
  id: ${ids.id}
  product: Your product
  vision: ${ids.vision}
  owner: ${ids.owner}
  status: draft
  lastReviewed: ${ids.today}
spec:
  format: now-next-later
  disclaimer: This roadmap shows what we work on and explore, not a delivery promise.
  objectives:
    - id: first-objective
      objective: Describe the change you want to see this period
      visionGoal: ${ids.goal}
      period: ${quarterOf(ids.today)}
      type: committed
      keyResults:
        - id: first-key-result
          metric: The customer behaviour that shows the objective is met
          baseline: 0
          target: 40
          unit: "%"
          owner: ${ids.owner}
  themes:
    - id: first-theme
      name: The customer problem this theme solves
      problem: Describe the problem in the customer's words.
      needs: [${ids.need}]
      targetGroup: ${ids.targetGroup}
  items:
    - id: first-now-item
      title: What the team works on now
      horizon: now
      theme: first-theme
      objective: first-objective
      owner: ${ids.owner}
      stage: discovery
      outcome:
        metric: The customer behaviour this item should change
        baseline: 0
        target: 40
      confidence: medium
      discovery:
        customerInterviews: 5
        solutionsConsidered: 3
        assumptionTests:
          - assumption: The riskiest assumption behind this item
            risk: value
            status: planned
    - id: first-next-item
      title: What comes next
      horizon: next
      theme: first-theme
      owner: ${ids.owner}
      stage: opportunity
    - id: first-later-item
      title: What we want to explore later
      horizon: later
      theme: first-theme
      owner: ${ids.owner}
      stage: opportunity
`;
}

function charter(id: string, head: string, member: (id: string) => string, team: (id: string) => string, today: string): string {
  const pm = member('sam');
  const designer = member('kim');
  const teamId = team('core');
  return `apiVersion: productspecs/v1
kind: TeamCharter
metadata:
  id: ${id}
  owner: ${head}
  status: draft
  lastReviewed: ${today}
spec:
  purpose: Discover and deliver products our customers love and that work for the business.
  mission: Describe what the product team wants to achieve in the next few years.
  headOfProduct: ${head}
  reportsTo:
    role: CEO
    name: Name of your CEO
  peers:
    - role: CTO
      name: Name of your CTO
      cadence: weekly
    - role: VP Marketing
      name: Name of your marketing lead
      cadence: biweekly
  members:
    - id: ${head}
      name: Your name
      role: head-of-product
      startDate: ${today}
      coaching:
        oneOnOne: weekly
        lastAssessment: ${today}
        strengths: [What you are good at]
        growthAreas: [What you want to get better at]
    - id: ${pm}
      name: Name of a product manager
      role: senior-pm
      reportsTo: ${head}
      teams: [${teamId}]
      startDate: ${today}
      coaching:
        oneOnOne: weekly
        lastAssessment: ${today}
        mentor: ${head}
        strengths: [Customer interviews]
        growthAreas: [Stakeholder management]
    - id: ${designer}
      name: Name of a product designer
      role: product-designer
      reportsTo: ${head}
      teams: [${teamId}]
      startDate: ${today}
      coaching:
        oneOnOne: weekly
        lastAssessment: ${today}
        strengths: [Prototyping]
        growthAreas: [Usability testing at scale]
  productTeams:
    - id: ${teamId}
      name: Core team
      mission: What this product team is responsible for.
      pm: ${pm}
      designer: ${designer}
      techLead: Name of the tech lead
      engineers: 5
  training:
    - topic: Continuous discovery habits
      audience: PMs and designers
      cadence: quarterly
  rituals:
    - name: Discovery review
      kind: discovery
      cadence: weekly
      participants: [pms, designers, tech leads]
    - name: Retrospective
      kind: learning
      cadence: biweekly
      participants: [product team]
    - name: Wins of the month
      kind: celebration
      cadence: monthly
      participants: [product and engineering]
  workingAgreements:
    - Designers and engineers join discovery from the first customer conversation.
  stakeholders:
    - name: Name of a stakeholder
      role: Head of Sales
      interest: What they need from the product team
      cadence: monthly
`;
}

/** The calendar quarter of a date: 2026-11-25 is 2026-Q4. */
function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7)) || 1;
  return `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}
