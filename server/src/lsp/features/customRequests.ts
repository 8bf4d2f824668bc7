import { buildReport } from '../../core/report/report';
import { reportInput, type ReportInput } from '../../core/report/input';
import { roadmapTree } from '../../core/report/roadmapTree';
import { teamTree } from '../../core/report/teamTree';
import { ReportRequest, RoadmapRequest, TeamRequest } from '../protocol';
import type { Feature, ServerContext } from './feature';

/** The models behind the extension's trees and report: `productSpecs/team`, `productSpecs/report`, `productSpecs/roadmap`. */
export const customRequests: Feature = {
  capabilities: {},
  register(context) {
    context.connection.onRequest(TeamRequest, () => teamTree(currentInput(context)));
    context.connection.onRequest(RoadmapRequest, () => roadmapTree(currentInput(context)));
    context.connection.onRequest(ReportRequest, () => buildReport(currentInput(context)));
  },
};

/** The workspace as the editor shows it: open documents with pending edits are checked first. */
function currentInput(context: ServerContext): ReportInput {
  for (const document of context.documents.all()) context.document(document.uri);
  return reportInput(context.workspace);
}
