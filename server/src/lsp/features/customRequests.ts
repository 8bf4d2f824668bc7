import { buildBoards } from '../../core/boards';
import { moveCardEdits } from '../../core/boards/moveCard';
import { buildReport } from '../../core/report/report';
import { reportInput, type ReportInput } from '../../core/report/input';
import { specTemplate } from '../../core/templates/specTemplate';
import { responsibilityTree, roadmapTree, teamTree } from '../../core/views';
import { BoardsRequest, MoveCardRequest, ReportRequest, ResponsibilitiesRequest, RoadmapRequest, TeamRequest, TemplateRequest, type MoveCardResult } from '../protocol';
import type { Feature, ServerContext } from './feature';
import { syncOpenDocuments, toWorkspaceEdit } from './shared';

/** The models behind the extension's trees, report, boards and new files: `productSpecs/team`, `responsibilities`, `roadmap`, `report`, `boards`, `moveCard` and `template`. */
export const customRequests: Feature = {
  capabilities: {},
  register(context) {
    context.connection.onRequest(TeamRequest, () => teamTree(currentInput(context)));
    context.connection.onRequest(ResponsibilitiesRequest, () => responsibilityTree(buildReport(currentInput(context))));
    context.connection.onRequest(RoadmapRequest, () => roadmapTree(currentInput(context)));
    context.connection.onRequest(ReportRequest, () => buildReport(currentInput(context)));
    context.connection.onRequest(BoardsRequest, () => buildBoards(currentInput(context)));
    context.connection.onRequest(MoveCardRequest, (params): MoveCardResult => {
      const doc = context.document(params.uri);
      if (!doc) return { error: 'The roadmap is no longer in the workspace.' };
      const result = moveCardEdits(doc, params, currentInput(context).today);
      return 'error' in result ? result : { edit: toWorkspaceEdit(context, new Map([[doc.uri, result.edits]])) };
    });
    context.connection.onRequest(TemplateRequest, (params) => {
      const input = currentInput(context);
      return specTemplate(params.kind, context.workspace.index, input.today);
    });
  },
};

/** The workspace as the editor shows it: open documents with pending edits are checked first. */
function currentInput(context: ServerContext): ReportInput {
  syncOpenDocuments(context);
  return reportInput(context.workspace);
}
