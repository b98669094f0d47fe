import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { DomainError, type FieldError } from '../errors.ts';

/** The contract's body limit. */
export const MAX_BODY_BYTES = 256 * 1024;

const header = (event: APIGatewayProxyEventV2, name: string): string | undefined => {
  const headers = event.headers ?? {};
  return headers[name] ?? Object.entries(headers).find(([k]) => k.toLowerCase() === name)?.[1];
};

/** `application/json` or any `application/…+json`, letter case ignored (RFC 9110: media types are case-insensitive). */
const JSON_TYPE = /^application\/(?:[a-z0-9!#$&^_.+-]+\+)?json$/i;
const PARAMETER = /^([a-z0-9!#$&^_.+-]+)\s*=\s*(?:"([^"]*)"|([^\s";]*))$/i;
const UTF8 = /^utf-?8$/i;

/**
 * THE rule for a JSON request's Content-Type, used for every body (the JSON parser then sees only the
 * canonical spelling, see checkBody): the media type `application/json` (or `…+json`) in any letter case, with optional
 * whitespace around it and its parameters, `name=value` parameters (a value may be quoted), an empty
 * parameter list (`application/json;`), and a `charset` parameter only if it is UTF-8.
 * Returns why a header is refused, or null when it is fine.
 */
export const jsonContentTypeProblem = (contentType: string | undefined): string | null => {
  if (contentType === undefined) return 'Send the body as Content-Type: application/json';
  const [type = '', ...parameters] = contentType.split(';');
  if (!JSON_TYPE.test(type.trim())) return 'Send the body as Content-Type: application/json';
  for (const raw of parameters) {
    const parameter = raw.trim();
    if (parameter === '') continue;
    const match = PARAMETER.exec(parameter);
    if (!match) return `The Content-Type parameter '${parameter}' is not name=value`;
    const value = match[2] ?? match[3] ?? '';
    if (match[1]?.toLowerCase() === 'charset' && !UTF8.test(value)) {
      return `The body must be UTF-8; charset=${value} is not supported`;
    }
  }
  return null;
};

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Checks a body before middy's JSON parser sees it, so the contract's codes come out: 413 over
 * 256 KiB, 415 without a JSON content type or with a charset other than UTF-8, 400 `invalid_json`
 * when one is required and missing, or when its bytes are not UTF-8 (rather than storing U+FFFD).
 * A base64-encoded body (API Gateway's form for binary payloads) is decoded here, strictly, so the
 * parser always gets text. An absent body on a route whose body is optional (lifecycle POSTs) becomes `{}`.
 */
export const checkBody = (event: APIGatewayProxyEventV2, optional: boolean): void => {
  const raw = event.body ?? '';
  let text = raw;
  let utf8Valid = true;
  if (event.isBase64Encoded) {
    const bytes = Buffer.from(raw, 'base64');
    if (bytes.length > MAX_BODY_BYTES) throw tooLarge(bytes.length);
    try {
      text = utf8.decode(bytes);
    } catch {
      utf8Valid = false;
    }
  } else {
    const size = Buffer.byteLength(raw);
    if (size > MAX_BODY_BYTES) throw tooLarge(size);
  }
  if (utf8Valid && text.trim() === '') {
    if (!optional) throw new DomainError('invalid_json', 'A JSON object body is required');
    event.body = '{}';
    event.isBase64Encoded = false;
    event.headers = { ...event.headers, 'content-type': 'application/json' };
    return;
  }
  const contentType = header(event, 'content-type');
  const refused = jsonContentTypeProblem(contentType);
  if (refused) throw new DomainError('unsupported_media_type', refused);
  if (!utf8Valid) throw new DomainError('invalid_json', 'The body is not valid UTF-8');
  event.body = text;
  event.isBase64Encoded = false;
  // The rule above judged the header; middy's parser gets the canonical spelling, which its own
  // case- and space-sensitive check always accepts, so the two can never disagree.
  event.headers = { ...event.headers, 'content-type': 'application/json' };
};

const tooLarge = (size: number) =>
  new DomainError('payload_too_large', `The body is ${size} bytes; the limit is ${MAX_BODY_BYTES}`);

/** A parsed body must be a JSON object (not an array, string, number or null). */
export const assertObject = (body: unknown): Record<string, unknown> => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new DomainError('invalid_json', 'The body must be a JSON object');
  }
  return body as Record<string, unknown>;
};

/**
 * What a parsed body may not hold whatever its schema says, as field errors:
 * - strings (and keys) that are not well-formed Unicode (lone surrogates): DynamoDB would store them
 *   altered, so they are refused like any other invalid value;
 * - a `__proto__` key anywhere: JSON.parse keeps it as an own key, but zod (and any object copy) drops it
 *   silently, so `limits: {"__proto__": 1}` would "succeed" as `{}` and a PATCH would wipe every limit.
 *   (`constructor`, `prototype` and the like survive as ordinary keys, so they need nothing.)
 * Iterative, so a body nested thousands of levels deep is a 400 like any other, not a stack overflow;
 * a path is only spelled out (from parent links) for what is actually found.
 */
export const unsafeValues = (value: unknown): FieldError[] => {
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
  const found: FieldError[] = [];
  const stack: Node[] = [{ value, key: null, parent: null }];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const current = node.value;
    if (typeof current === 'string') {
      if (!current.isWellFormed()) found.push({ path: pathOf(node), message: ILL_FORMED });
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--)
        stack.push({ value: current[i], key: String(i), parent: node });
    } else if (current && typeof current === 'object') {
      for (const [key, child] of Object.entries(current).reverse()) {
        const childNode = { value: child, key, parent: node };
        if (!key.isWellFormed()) found.push({ path: pathOf(childNode), message: ILL_FORMED });
        else if (key === '__proto__')
          found.push({ path: pathOf(childNode), message: 'is not an allowed name' });
        else stack.push(childNode);
      }
    }
  }
  return found;
};

const ILL_FORMED = 'is not well-formed Unicode';
