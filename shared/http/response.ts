import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { ApiError, type FieldError, isTransient, unavailable } from '../errors.ts';

export type HttpResponse = APIGatewayProxyStructuredResultV2 & {
  statusCode: number;
  headers: Record<string, string>;
};

export const json = (
  statusCode: number,
  body: unknown,
  headers: Record<string, string> = {},
): HttpResponse => ({
  statusCode,
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

export const noContent = (headers: Record<string, string> = {}): HttpResponse => ({
  statusCode: 204,
  headers,
  body: '',
});

/** RFC 9457 problem details with the contract's stable `code`. */
export const problem = (error: ApiError): HttpResponse => {
  const body: {
    type: string;
    status: number;
    code: string;
    title: string;
    detail?: string;
    errors?: FieldError[];
  } = { type: 'about:blank', status: error.status, code: error.code, title: error.title };
  if (error.detail) body.detail = error.detail;
  if (error.errors) body.errors = error.errors;
  return {
    statusCode: error.status,
    headers: { 'content-type': 'application/problem+json', ...error.headers },
    body: JSON.stringify(body),
  };
};

/** The one place an error becomes an HTTP answer. A 500 says nothing about its cause. */
export const toProblem = (error: unknown, requestId?: string): HttpResponse => {
  if (error instanceof ApiError) return problem(error);
  if (isTransient(error)) {
    return problem(unavailable());
  }
  console.error(
    JSON.stringify({
      level: 'ERROR',
      message: 'Unhandled error',
      requestId,
      error:
        error instanceof Error
          ? { name: error.name, message: error.message, stack: error.stack }
          : String(error),
    }),
  );
  return problem(new ApiError('internal_error', 'An unexpected error occurred'));
};
