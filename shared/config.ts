/**
 * Process configuration, read once per cold start. A missing required variable fails at
 * start-up with its name instead of surfacing later as `undefined`.
 */
const required = (name: string): string => {
  const value = process.env[name];
  if (value === undefined || value === '') {
    throw new Error(`Missing required environment variable ${name}`);
  }
  return value;
};

export const config = {
  /** The single DynamoDB table. */
  get tableName(): string {
    return required('TABLE_NAME');
  },
  /** Set locally (DynamoDB Local or another endpoint); unset in AWS. */
  get dynamodbEndpoint(): string | undefined {
    return process.env.DYNAMODB_ENDPOINT || undefined;
  },
  get region(): string {
    return process.env.AWS_REGION || process.env.AWS_DEFAULT_REGION || 'us-east-1';
  },
};
