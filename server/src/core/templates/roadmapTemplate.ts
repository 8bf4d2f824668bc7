/** The ids a new roadmap names, and today's date. */
export interface RoadmapIds {
  readonly id: string;
  readonly owner: string;
  readonly vision: string;
  readonly goal: string;
  readonly need: string;
  readonly targetGroup: string;
  readonly today: string;
}

/** The text of a new roadmap with the ids it names and the date it was last reviewed filled in. */
export function roadmapTemplate(ids: RoadmapIds): string {
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

/** The calendar quarter of a date: 2026-11-25 is 2026-Q4. */
function quarterOf(date: string): string {
  const month = Number(date.slice(5, 7)) || 1;
  return `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}
