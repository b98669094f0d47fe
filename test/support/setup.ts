// Fail loudly if the global setup did not hand its DynamoDB Local to this worker.
if (!process.env.DYNAMODB_ENDPOINT || !process.env.TABLE_NAME) {
  throw new Error('DynamoDB Local was not started by test/support/global-setup.ts');
}
