import type { Connection } from 'vscode-languageserver';

/**
 * The connection as language features see it: every handler they register (`onHover`,
 * `onCompletion`, `onRequest`...) is wrapped so that a handler that throws writes a log line;
 * the protocol library then answers the request with an error, and the server goes on.
 */
export function guardedConnection(connection: Connection, logError: (message: string) => void): Connection {
  const wrap =
    (name: string, handler: (...args: unknown[]) => unknown) =>
    (...args: unknown[]): unknown => {
      const fail = (error: unknown): never => {
        logError(`Product Specs: ${name} failed: ${(error as Error)?.stack ?? String(error)}`);
        throw error;
      };
      try {
        const result = handler(...args);
        return result instanceof Promise ? result.catch(fail) : result;
      } catch (error) {
        return fail(error);
      }
    };
  return new Proxy(connection, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      if (typeof property === 'string' && /^on[A-Z]/.test(property)) {
        return (...args: unknown[]) => {
          // onRequest(method, handler) names the request first; onHover(handler) does not.
          const at = args.findIndex((arg) => typeof arg === 'function');
          const name = typeof args[0] === 'string' ? args[0] : property;
          if (at >= 0) args[at] = wrap(name, args[at] as (...args: unknown[]) => unknown);
          return (value as (...args: unknown[]) => unknown).apply(target, args);
        };
      }
      return (value as (...args: unknown[]) => unknown).bind(target);
    },
  });
}
