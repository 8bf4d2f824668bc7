/** The text of a new team charter: `member` and `team` give ids free in the workspace for the people and team it adds. */
export function charterTemplate(id: string, head: string, member: (id: string) => string, team: (id: string) => string, today: string): string {
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
