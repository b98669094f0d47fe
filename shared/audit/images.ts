/**
 * How an audit event's `before` and `after` images are stored. Most are a few KB and stay JSON text,
 * readable in the table. A large one is stored gzipped in a binary attribute instead: a plan within
 * every contract limit (text made of control characters, each 1 character but 6 bytes as `\u0001` in
 * JSON; 50 items whose products have 26 children each) is about 200 KB of JSON per image, and an
 * update carries two, over DynamoDB's 400 KB item limit. Compressed, the worst such pair is under
 * 200 KB (see test/http/worst-case-plan.test.ts). The JSON is compressed as it is, so the API returns
 * exactly the image that was recorded, derived fields such as `childProductIds` included.
 */
import { gunzipSync, gzipSync } from 'node:zlib';

/** Images of up to this many bytes of JSON are stored as text; larger ones gzipped. */
export const TEXT_IMAGE_MAX_BYTES = 8 * 1024;

/** One image as stored: `text` (JSON) or `gz` (gzipped JSON), never both. */
export type StoredImage = { text: string } | { gz: Uint8Array };

export const storeImage = (image: object): StoredImage => {
  const text = JSON.stringify(image);
  return Buffer.byteLength(text) <= TEXT_IMAGE_MAX_BYTES ? { text } : { gz: gzipSync(text) };
};

/** The image back as the API returns it; null where none was recorded. */
export const loadImage = (
  text: string | undefined,
  gz: Uint8Array | undefined,
): Record<string, unknown> | null => {
  if (gz) return JSON.parse(gunzipSync(gz).toString('utf8')) as Record<string, unknown>;
  return text ? (JSON.parse(text) as Record<string, unknown>) : null;
};
