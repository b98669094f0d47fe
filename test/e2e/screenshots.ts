/**
 * `npm run screenshots`: the console's main screens as PNGs in docs/ (shown in the README), taken in
 * headless Chromium from a throw-away in-memory DynamoDB Local filled with a small example catalog.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_CONSOLE_ORG, localAdminToken, localConsoleConfig } from '../../shared/local/console.ts';
import { ensureTable, freePort, startDynamoLocal } from '../../shared/local/dynamo.ts';

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const ORG = LOCAL_CONSOLE_ORG;

const dynamo = await startDynamoLocal({ port: await freePort() });
try {
  process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
  process.env.TABLE_NAME = 'console-screenshots';
  process.env.AWS_REGION ||= 'us-east-1';
  await ensureTable(dynamo.endpoint, process.env.TABLE_NAME);
  // The handlers read the environment when they load: import them only now.
  const { launchChromium, startConsoleServer } = await import('./browser.ts');
  const server = await startConsoleServer(localConsoleConfig);
  const token = localAdminToken();
  const { browser, close } = await launchChromium();
  try {
    const ids = await seed(server.url, token);
    const page = await browser.newPage({ viewport: { width: 1440, height: 860 } });
    mkdirSync(DOCS, { recursive: true });
    const shot = async (path: string, name: string, ready: string) => {
      await page.goto(`${server.url}/console/${path}`);
      await page.getByText(ready, { exact: true }).first().waitFor();
      await page.screenshot({ path: join(DOCS, `console-${name}.png`), animations: 'disabled' });
      console.log(`docs/console-${name}.png`);
    };
    await shot('plans', 'plans', 'Pro Monthly');
    await shot(`plans/${ids.pro}`, 'plan-detail', 'plan.published');
    await shot(`plans/${ids.pro}/edit`, 'plan-edit', 'Edit plan Pro Monthly');
    await shot('subscriptions', 'subscriptions', 'alice');
    await page.getByRole('button', { name: 'Manual Bind' }).click();
    const bind = page.getByRole('dialog', { name: 'Manual Bind' });
    await bind.getByLabel('Username or email').fill('carol@example.com');
    await bind.getByRole('combobox', { name: 'Plan' }).click();
    await page.getByRole('option', { name: 'Starter ($9.00)' }).click();
    await page.screenshot({ path: join(DOCS, 'console-manual-bind.png'), animations: 'disabled' });
    console.log('docs/console-manual-bind.png');
    await shot('packages', 'packages', 'PREM');
    await shot('offers', 'offers', 'SUB_PRO2025');
    await shot(`products/${ids.seats}`, 'product-prices', 'Seat monthly');
    await shot(`subscribers/${ids.alice}`, 'subscriber-entitlements', 'Pro Monthly');
    await shot('catalog', 'catalog', 'Public catalog');
    await shot('catalog/pro-monthly', 'catalog-plan', 'For growing teams');
    await page.goto(`${server.url}/console/subscriptions`);
    await page.getByText('alice', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Bulk bind' }).click();
    const bulk = page.getByRole('dialog', { name: 'Bulk bind' });
    await bulk.getByLabel('Usernames or emails').fill('alice\nbob@example.com\ncarol');
    await bulk.getByRole('combobox', { name: 'Plan' }).click();
    await page.getByRole('option', { name: 'Starter ($9.00)' }).click();
    await page.screenshot({ path: join(DOCS, 'console-bulk-bind.png'), animations: 'disabled' });
    console.log('docs/console-bulk-bind.png');
  } finally {
    await close();
    await server.close();
  }
} finally {
  dynamo.stop();
}

/** The example catalog: the source documents' own examples. */
async function seed(baseUrl: string, token: string) {
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${baseUrl}/orgs/${ORG}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const json = (await res.json()) as { id: string };
    if (!res.ok) throw new Error(`${method} ${path}: ${JSON.stringify(json)}`);
    return json;
  };
  const packages: Record<string, string> = {};
  for (const [code, name, tier, status, description] of [
    ['FREE', 'Free Plan', 0, 'active', 'Basic courses and features'],
    ['PRO', 'Pro Plan', 1, 'active', 'Premium courses + community access'],
    ['PREM', 'Premium', 2, 'inactive', 'All features including private mentoring'],
  ] as const) {
    packages[code] = (await call('POST', '/packages', { code, name, tier, status, description })).id;
  }
  for (const [code, name, pkg, status] of [
    ['SUB_FREE01', 'Free Trial', 'FREE', 'active'],
    ['SUB_PRO2025', 'Pro Plan 2025', 'PRO', 'active'],
    ['SUB_PREM01', 'Premium 2025', 'PREM', 'inactive'],
  ] as const) {
    await call('POST', '/offers', { code, name, packageId: packages[pkg], status });
  }
  const company = (await call('POST', '/companies', { name: 'Acme Ltd', legalName: 'Acme Limited' })).id;
  const group = (await call('POST', '/plan-groups', { name: 'Teams' })).id;
  const seats = (await call('POST', '/products', { name: 'Seats', companyId: company })).id;
  await call('POST', '/products', { name: 'Seat analytics', parentId: seats });
  const price = (
    await call('POST', `/products/${seats}/prices`, {
      amount: 1500,
      currency: 'USD',
      cycle: 'monthly',
      nickname: 'Seat monthly',
    })
  ).id;
  await call('POST', '/plans', {
    name: 'Starter',
    slug: 'starter',
    price: { amount: 900, currency: 'USD' },
    includedQuota: 10000,
    publish: true,
  });
  const pro = (
    await call('POST', '/plans', {
      name: 'Pro Monthly',
      slug: 'pro-monthly',
      description: 'For growing teams',
      price: { amount: 2900, currency: 'USD' },
      availableCycles: ['monthly', 'annual'],
      trialDays: 14,
      includedQuota: 100000,
      features: ['Priority support', 'API access'],
      limits: { users: 10, apiRequestsPerDay: 50000 },
      items: [{ productId: seats, priceId: price, quantity: 5 }],
      packageId: packages.PRO,
      groupId: group,
      companyId: company,
    })
  ).id;
  await call('POST', `/plans/${pro}/publish`);
  await call('POST', '/plans', {
    name: 'Enterprise',
    slug: 'enterprise',
    type: 'custom',
    visibility: 'private',
    price: null,
  });
  const legacy = (
    await call('POST', '/plans', {
      name: 'Legacy',
      slug: 'legacy',
      price: { amount: 1900, currency: 'USD' },
      publish: true,
    })
  ).id;
  await call('POST', `/plans/${legacy}/archive`);
  const subscribers: string[] = [];
  for (const [username, email] of [
    ['alice', 'alice@example.com'],
    ['bob', 'bob@example.com'],
  ] as const) {
    subscribers.push((await call('POST', '/subscribers', { username, email })).id);
  }
  await call('POST', '/subscriptions', { user: 'alice@example.com', planId: pro, trial: true });
  await call('POST', '/subscriptions', { user: 'bob', planId: pro, billingCycle: 'annual' });
  return { pro, seats, alice: subscribers[0] as string };
}
