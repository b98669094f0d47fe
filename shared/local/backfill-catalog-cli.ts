/**
 * `npm run backfill-catalog`: gives plans stored before the public catalog's index (gsi7) existed
 * their catalog keys (shared/catalog/backfill.ts), once, after deploying or upgrading. Same
 * environment as `npm run expire` (DYNAMODB_ENDPOINT or the embedded DynamoDB Local, TABLE_NAME);
 * in AWS, unset DYNAMODB_ENDPOINT and name the deployed table. Prints one JSON line.
 */
process.env.DYNAMODB_ENDPOINT ??= `http://127.0.0.1:${process.env.DYNAMODB_PORT || 8000}`;
process.env.TABLE_NAME ||= 'subscription-admin';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const { backfillCatalogKeys } = await import('../catalog/backfill.ts');
try {
  console.log(JSON.stringify(await backfillCatalogKeys()));
} catch (error) {
  console.error(`Could not backfill the catalog keys of table ${process.env.TABLE_NAME}: ${String(error)}`);
  process.exit(1);
}
