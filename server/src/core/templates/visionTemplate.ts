/** The text of a new vision: its id, its owner and the date it was last reviewed filled in. */
export function visionTemplate(id: string, owner: string, today: string): string {
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
