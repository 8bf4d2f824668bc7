import { buildReport } from '../../core/report/report';
import { reportInput, type ReportInput } from '../../core/report/input';
import { roadmapTree } from '../../core/report/roadmapTree';
import { specTemplate } from '../../core/report/specTemplates';
import { teamTree } from '../../core/report/teamTree';
import { ReportRequest, RoadmapRequest, TeamRequest, TemplateRequest } from '../protocol';
import type { Feature, ServerContext } from './feature';

/** The models behind the extension's trees, report and new files: `productSpecs/team`, `report`, `roadmap` and `template`. */
export const customRequests: Feature = {
  capabilities: {},
  register(context) {
    context.connection.onRequest(TeamRequest, () => teamTree(currentInput(context)));
    context.connection.onRequest(RoadmapRequest, () => roadmapTree(currentInput(context)));
    context.connection.onRequest(ReportRequest, () => buildReport(currentInput(context)));
    context.connection.onRequest(TemplateRequest, (params) => {
      const input = currentInput(context);
      return specTemplate(params.kind, context.workspace.index, input.today);
    });
  },
};

/** The workspace as the editor shows it: open documents with pending edits are checked first. */
function currentInput(context: ServerContext): ReportInput {
  for (const document of context.documents.all()) context.document(document.uri);
  return reportInput(context.workspace);
}
