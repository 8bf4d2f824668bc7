// What the editor gives the webviews' scripts (media/*.js): a channel to the extension. For the type check only.
declare function acquireVsCodeApi(): { postMessage(message: unknown): void };
