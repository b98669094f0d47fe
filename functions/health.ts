import * as z from 'zod';
import { handle } from '../shared/http/handler.ts';

/** `GET /health`: no token, no database. */
export const handler = handle(
  { params: z.strictObject({}), response: z.object({ status: z.literal('ok') }) },
  async () => ({ status: 'ok' as const }),
);
