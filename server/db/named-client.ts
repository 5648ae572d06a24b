import { createHash } from 'node:crypto';
import pg from 'pg';

/** Named statements a connection keeps at most; the rest run unnamed (parsed and planned each time). */
const MAX_NAMED = 500;

/**
 * A pg client that names each parameterised statement by a hash of its text, so PostgreSQL parses and plans it once
 * per connection instead of on every execution (the server's parse and plan were half its work per API read).
 * Kitt's statements are fixed texts with parameters, so the set of names stays small.
 */
export class NamedStatementClient extends pg.Client {
  private named = new Set<string>();

  override query(config: unknown, ...rest: unknown[]): never {
    const c = config as { text?: unknown; name?: unknown; values?: unknown[] } | null;
    if (
      c &&
      typeof c === 'object' &&
      typeof c.text === 'string' &&
      c.name === undefined &&
      Array.isArray(c.values) &&
      c.values.length > 0
    ) {
      const name = `k${createHash('sha1').update(c.text).digest('base64url').slice(0, 22)}`;
      if (this.named.has(name) || this.named.size < MAX_NAMED) {
        this.named.add(name);
        config = { ...c, name };
      }
    }
    return (super.query as (...args: unknown[]) => never)(config, ...rest);
  }
}
