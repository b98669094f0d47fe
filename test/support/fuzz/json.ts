/** JSON values with raw tokens (so a body can carry `-0`, `NaN`, `1e400`, duplicate keys…). */

/** Text spliced into the JSON as is. */
export class RawJson {
  constructor(readonly text: string) {}
}

export type Json = null | boolean | number | string | RawJson | Json[] | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

/** A null-prototype object, so `__proto__` and `constructor` are plain keys. */
export const obj = (entries: Iterable<readonly [string, Json]> = []): JsonObject => {
  const o = Object.create(null) as JsonObject;
  for (const [k, v] of entries) o[k] = v;
  return o;
};

const isObject = (v: Json): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof RawJson);

/** JSON text of a value; strings go through `JSON.stringify` (lone surrogates become `\ud800` escapes). */
export const toJson = (value: Json): string => {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}:${toJson(v)}`)
      .join(',')}}`;
  }
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value);
};

const clone = (value: Json): Json => {
  if (Array.isArray(value)) return value.map(clone);
  if (isObject(value)) return obj(Object.entries(value).map(([k, v]) => [k, clone(v)] as const));
  return value;
};

export type PathStep = string | number;

/** `body` with the value at `path` replaced (containers created as needed), or removed if `value` is undefined. */
export const setAt = (body: Json, path: readonly PathStep[], value: Json | undefined): Json => {
  const [head, ...rest] = path;
  if (head === undefined) return value === undefined ? body : value;
  if (typeof head === 'number') {
    const arr = Array.isArray(body) ? body.map(clone) : [];
    const next = setAt(arr[head] ?? (typeof rest[0] === 'number' ? [] : obj()), rest, value);
    if (value === undefined && rest.length === 0) arr.splice(head, 1);
    else arr[Math.min(head, arr.length)] = next;
    return arr;
  }
  const o = isObject(body) ? (clone(body) as JsonObject) : obj();
  if (value === undefined && rest.length === 0) {
    delete o[head];
    return o;
  }
  o[head] = setAt(o[head] ?? (typeof rest[0] === 'number' ? [] : obj()), rest, value);
  return o;
};
