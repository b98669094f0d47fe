import { Logger } from '@aws-lambda-powertools/logger';

/**
 * The one logger of every function (Powertools: structured JSON lines with the Lambda context).
 * `POWERTOOLS_LOG_LEVEL` sets its level (INFO in AWS: one line per request; `npm start` and the
 * tests default to WARN, so only failures are printed).
 */
export const logger = new Logger({
  serviceName: process.env.POWERTOOLS_SERVICE_NAME ?? 'subscription-admin',
  logLevel: (process.env.POWERTOOLS_LOG_LEVEL ??
    (process.env.AWS_LAMBDA_FUNCTION_NAME ? 'INFO' : 'WARN')) as 'INFO',
});
