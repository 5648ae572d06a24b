import { createHash } from 'node:crypto';
import pg from 'pg';

/** Named statements a connection keeps at most; the rest run unnamed (parsed and planned each time). */
const MAX_NAMED = 500;

const names = new Map<string, string>();

function nameOf(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `k${createHash('sha1').update(text).digest('base64url').slice(0, 22)}`;
    if (names.size < MAX_NAMED) names.set(text, name);
  }
  return name;
}

/**
 * A pg client that names each parameterised statement by a hash of its text, so PostgreSQL parses and plans it once
 * per connection instead of on every execution (the server's parse and plan were half its work per API read).
 * Kitt's statements are fixed texts with parameters, so the set of names stays small.
 */
export class NamedStatementClient extends pg.Client {
  private named = new Set<string>();

  override query(config: unknown, ...rest: unknown[]): never {
    const c = config as { text?: unknown; name?: unknown; values?: unknown[] } | null;
    // Drizzle passes the values beside the config; pg's own pool.query passes them inside it.
    const values = Array.isArray(rest[0]) ? rest[0] : c?.values;
    if (c && typeof c === 'object' && typeof c.text === 'string' && c.name === undefined && Array.isArray(values) && values.length > 0) {
      const name = nameOf(c.text);
      if (this.named.has(name) || this.named.size < MAX_NAMED) {
        this.named.add(name);
        config = { ...c, name };
      }
    }
    return (super.query as (...args: unknown[]) => never)(config, ...rest);
  }
}
