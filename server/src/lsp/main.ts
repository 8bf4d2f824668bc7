#!/usr/bin/env node
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { runLargeFileWorkerIfAny } from './largeFileWorker';
import { startServer } from './server';

// Transport from the command line: --stdio, --node-ipc or --socket=N. Started as a worker, the same
// bundle reads large files for the server instead.
if (!runLargeFileWorkerIfAny()) startServer(createConnection(ProposedFeatures.all));
