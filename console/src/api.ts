/** The console's only way out: the public admin API, as API.md describes it. */

export interface FieldError {
  path: string;
  message: string;
}

/** An RFC 9457 problem+json answer (or a network failure, as status 0). */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: FieldError[],
  ) {
    super(detail ?? title);
  }
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Every resource has these (audit events have no version). */
export interface Resource {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CallOptions {
  body?: unknown;
  query?: Record<string, string | undefined>;
  /** Sent as `If-Match: "<version>"`: the write fails with 412 version_mismatch if someone changed it since. */
  ifMatch?: number;
  /** Sent as `Idempotency-Key`: a retry of the same action with the same key is applied once. */
  idempotencyKey?: string;
}

export class Api {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
    readonly org: string,
    private readonly onUnauthorized: () => void,
  ) {}

  async call<T>(method: string, path: string, options: CallOptions = {}): Promise<T> {
    const headers: Record<string, string> = { authorization: `Bearer ${this.token}` };
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined && value !== '') query.set(name, value);
    }
    const url = `${this.baseUrl}/orgs/${encodeURIComponent(this.org)}${path}${query.size ? `?${query}` : ''}`;
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers,
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      });
    } catch (error) {
      throw new ApiProblem(0, 'network_error', 'The API could not be reached', String(error), []);
    }
    if (res.status === 204) return undefined as T;
    const text = await res.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    if (!res.ok) {
      if (res.status === 401) this.onUnauthorized();
      const p = (json ?? {}) as Partial<{
        code: string;
        title: string;
        detail: string;
        errors: FieldError[];
      }>;
      throw new ApiProblem(
        res.status,
        p.code ?? `http_${res.status}`,
        p.title ?? res.statusText,
        p.detail,
        Array.isArray(p.errors) ? p.errors : [],
      );
    }
    return json as T;
  }

  list<T>(path: string, query: Record<string, string | undefined> = {}): Promise<Page<T>> {
    return this.call<Page<T>>('GET', path, { query });
  }

  /** Every page of a small collection (pickers), up to `max` items. */
  async listAll<T>(path: string, query: Record<string, string | undefined> = {}, max = 500): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.list<T>(path, { ...query, limit: '100', cursor });
      items.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor && items.length < max);
    return items;
  }
}

/** The idempotency key of one user action: the same action retried (same id) reuses it until it succeeds. */
const actionKeys = new Map<string, string>();

export const idempotencyKeyFor = (actionId: string): string => {
  let key = actionKeys.get(actionId);
  if (!key) {
    key = crypto.randomUUID();
    actionKeys.set(actionId, key);
  }
  return key;
};

/** The action succeeded (or can never succeed as sent): its next run is a new action with a new key. */
export const actionDone = (actionId: string): void => {
  actionKeys.delete(actionId);
};

/**
 * Runs one write of a user action with its idempotency key. A failure that may not have reached the
 * database's outcome (network, 5xx, 409 idempotency_in_progress) keeps the key, so clicking again is a
 * retry of the same request; any other answer ends the action.
 */
export const runAction = async <T>(actionId: string, write: (idempotencyKey: string) => Promise<T>) => {
  try {
    const result = await write(idempotencyKeyFor(actionId));
    actionDone(actionId);
    return result;
  } catch (error) {
    const retryable =
      error instanceof ApiProblem &&
      (error.status === 0 || error.status >= 500 || error.code === 'idempotency_in_progress');
    if (!retryable) actionDone(actionId);
    throw error;
  }
};
