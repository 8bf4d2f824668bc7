// What the editor gives a webview's scripts (media/*.js): a channel to the extension.
declare function acquireVsCodeApi(): { postMessage(message: unknown): void };
