import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { DomainError } from '../errors.ts';

/** The contract's body limit. */
export const MAX_BODY_BYTES = 256 * 1024;

const JSON_MEDIA_TYPE = /^application\/(.+\+)?json\s*(;.*)?$/i;

const header = (event: APIGatewayProxyEventV2, name: string): string | undefined => {
  const headers = event.headers ?? {};
  return headers[name] ?? Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1];
};

/**
 * Checks a body before middy's JSON parser sees it, so the contract's codes come out: 413 over
 * 256 KiB, 415 without a JSON content type, 400 `invalid_json` when one is required and missing.
 * An absent body on a route whose body is optional (lifecycle POSTs) becomes `{}`.
 */
export const checkBody = (event: APIGatewayProxyEventV2, optional: boolean): void => {
  const raw = event.body ?? '';
  const bytes = event.isBase64Encoded ? Buffer.from(raw, 'base64').length : Buffer.byteLength(raw);
  if (bytes > MAX_BODY_BYTES) {
    throw new DomainError('payload_too_large', `The body is ${bytes} bytes; the limit is ${MAX_BODY_BYTES}`);
  }
  if (raw.trim() === '') {
    if (!optional) throw new DomainError('invalid_json', 'A JSON object body is required');
    event.body = '{}';
    event.isBase64Encoded = false;
    event.headers = { ...event.headers, 'content-type': 'application/json' };
    return;
  }
  const contentType = header(event, 'content-type');
  if (!contentType || !JSON_MEDIA_TYPE.test(contentType)) {
    throw new DomainError('unsupported_media_type', 'Send the body as Content-Type: application/json');
  }
  // middy's parser reads the lower-case header; normalise so it sees what we checked.
  event.headers = { ...event.headers, 'content-type': contentType };
};

/** A parsed body must be a JSON object (not an array, string, number or null). */
export const assertObject = (body: unknown): Record<string, unknown> => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new DomainError('invalid_json', 'The body must be a JSON object');
  }
  return body as Record<string, unknown>;
};

/**
 * Paths of strings (and keys) that are not well-formed Unicode (lone surrogates): DynamoDB would
 * store them altered, so they are refused like any other invalid value. Iterative, so a body nested
 * thousands of levels deep is a 400 like any other, not a stack overflow; a path is only spelled
 * out (from parent links) for what is actually found.
 */
export const illFormedStrings = (value: unknown): string[] => {
  interface Node {
    value: unknown;
    key: string | null;
    parent: Node | null;
  }
  const pathOf = (node: Node): string => {
    const parts: string[] = [];
    for (let n: Node | null = node; n && n.key !== null; n = n.parent) parts.push(n.key);
    return parts.reverse().join('.') || '(body)';
  };
  const found: string[] = [];
  const stack: Node[] = [{ value, key: null, parent: null }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const current = node.value;
    if (typeof current === 'string') {
      if (!current.isWellFormed()) found.push(pathOf(node));
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--)
        stack.push({ value: current[i], key: String(i), parent: node });
    } else if (current && typeof current === 'object') {
      for (const [key, child] of Object.entries(current).reverse()) {
        const childNode = { value: child, key, parent: node };
        if (!key.isWellFormed()) found.push(pathOf(childNode));
        else stack.push(childNode);
      }
    }
  }
  return found;
};
