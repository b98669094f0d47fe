/**
 * The console's forms against the contract's rules, in Chromium: every plan field, products and their
 * prices, field errors next to their inputs, a stale version offering to reload, and cursor paging.
 */
import { describe, expect, it } from 'vitest';
import { choose, errorUnder, eventually, navigate, rowOf, useConsole, visible } from './support.ts';

const consoleUnderTest = useConsole();

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

describe('billing platform: a plan with every field', () => {
  it('creates a product and its price, then a plan with cycles, trial, price, quota, features, limits, an item, package, group and company, and edits it', async () => {
    const { page, api } = await consoleUnderTest.open();
    const company = await api.must('POST', '/companies', { name: 'Acme Ltd' });
    const pkg = await api.must('POST', '/packages', {
      status: 'active',
      code: 'PRO',
      name: 'Pro Plan',
      tier: 1,
    });
    const group = await api.must('POST', '/plan-groups', { name: 'Teams' });

    // Products: a product of the company, and a monthly price on its detail view.
    await page.goto(`${consoleUnderTest.url}/console/products`);
    await visible(page.getByRole('heading', { level: 2, name: 'Products' }));
    await page.getByRole('button', { name: 'New product' }).click();
    const productDialog = await visible(page.getByRole('dialog', { name: 'New product' }));
    await productDialog.getByLabel('Name').fill('Seats');
    await choose(productDialog, page, 'Company', 'Acme Ltd');
    await productDialog.getByRole('button', { name: 'Save' }).click();
    await rowOf(page, 'Products', 'Seats').getByRole('link', { name: 'Seats' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Product Seats' }));
    await page.getByRole('button', { name: 'New price' }).click();
    const priceDialog = await visible(page.getByRole('dialog', { name: 'New price' }));
    await priceDialog.getByLabel('Amount (minor units)').fill('1500');
    await choose(priceDialog, page, 'Cycle (empty: one-time)', 'monthly');
    await priceDialog.getByLabel('Nickname').fill('Seat monthly');
    await priceDialog.getByRole('button', { name: 'Save' }).click();
    await visible(page.getByRole('table', { name: 'Prices' }).getByText('Seat monthly'));
    const [product] = (await api.call<Page<{ id: string }>>('GET', '/products')).body.items;
    const [price] = (await api.call<Page<{ id: string }>>('GET', `/products/${product?.id}/prices`)).body
      .items;
    expect(product).toMatchObject({ name: 'Seats', companyId: company.id });
    expect(price).toMatchObject({
      amount: 1500,
      currency: 'USD',
      cycle: 'monthly',
      nickname: 'Seat monthly',
      active: true,
    });
    await visible(page.getByRole('cell', { name: 'product.created', exact: true }));

    // New plan with every field.
    await navigate(page, 'Plans');
    await page.getByRole('link', { name: 'Create Plan' }).click();
    await page.getByLabel('Plan Name').fill('Team Pro');
    await page.getByLabel('Slug').fill('team-pro');
    await page.getByLabel('Description').fill('For teams');
    await choose(page, page, 'Type', 'promotional');
    await choose(page, page, 'Visibility', 'private');
    // A multi-select: its pills cover the input, so the click goes to the field itself.
    await page.getByRole('combobox', { name: 'Available cycles' }).click({ force: true });
    await page.getByRole('option', { name: 'annual', exact: true }).click();
    await page.keyboard.press('Escape');
    await page.getByLabel('Trial days').fill('14');
    await page.getByLabel('Price', { exact: true }).fill('49.50');
    await page.getByLabel('Included Quota').fill('5000');
    const features = page.getByRole('combobox', { name: 'Features' });
    await features.fill('Priority support');
    await features.press('Enter');
    await page.getByRole('button', { name: 'Add limit' }).click();
    await page.getByLabel('Limit', { exact: true }).fill('users');
    await page.getByLabel('Value', { exact: true }).fill('10');
    await page.getByRole('button', { name: 'Add item' }).click();
    const item = page.getByLabel('Item 1');
    await choose(item, page, 'Product', 'Seats');
    await choose(item, page, 'Price', '$15.00 monthly (Seat monthly)');
    await item.getByLabel('Quantity').fill('5');
    await choose(page, page, 'Package', 'PRO — Pro Plan');
    await choose(page, page, 'Group', 'Teams');
    await choose(page, page, 'Company', 'Acme Ltd');
    await page.getByRole('button', { name: 'Submit' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Team Pro' }));
    await visible(page.getByRole('cell', { name: 'Seats × 5', exact: true }));

    const [plan] = (await api.call<Page<{ id: string }>>('GET', '/plans')).body.items;
    expect(plan).toMatchObject({
      name: 'Team Pro',
      slug: 'team-pro',
      description: 'For teams',
      type: 'promotional',
      visibility: 'private',
      status: 'draft',
      defaultCycle: 'monthly',
      availableCycles: ['monthly', 'annual'],
      trialDays: 14,
      price: { amount: 4950, currency: 'USD' },
      includedQuota: 5000,
      features: ['Priority support'],
      limits: { users: 10 },
      items: [{ productId: product?.id, priceId: price?.id, quantity: 5, included: true }],
      packageId: pkg.id,
      groupId: group.id,
      companyId: company.id,
    });

    // Edit: only the changed field is sent, under If-Match.
    await page.getByRole('link', { name: 'Edit' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Edit plan Team Pro' }));
    await page.getByLabel('Trial days').fill('30');
    await page.getByRole('button', { name: 'Submit' }).click();
    await visible(page.getByRole('cell', { name: '30 days', exact: true }));
    expect((await api.call('GET', `/plans/${plan?.id}`)).body).toMatchObject({ trialDays: 30, version: 2 });
    await visible(page.getByRole('cell', { name: 'plan.updated', exact: true }));
  });
});

describe('errors and concurrency', () => {
  it('shows field errors next to the field they name, and nothing is written', async () => {
    const { page, api } = await consoleUnderTest.open();
    await api.must('POST', '/packages', { status: 'active', code: 'FREE', name: 'Free Plan', tier: 0 });
    await page.goto(`${consoleUnderTest.url}/console/packages`);
    await page.getByRole('button', { name: 'New package' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'New package' }));
    await dialog.getByLabel('Code').fill('free');
    await dialog.getByLabel('Name').fill('Another free plan');
    await dialog.getByLabel('Tier').fill('0');
    await dialog.getByRole('button', { name: 'Save' }).click();
    // code_taken names `code`: the message sits under the Code input (its accessible description).
    const code = dialog.getByRole('textbox', { name: 'Code' });
    await eventually(() => errorUnder(code)).toBe('already in use');

    // A validation failure: the tier is out of range.
    await code.fill('PLUS');
    await dialog.getByLabel('Tier').fill('5000');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await eventually(() => errorUnder(dialog.getByRole('textbox', { name: 'Tier' }))).toMatch(/1000/);
    await eventually(() => errorUnder(code)).toBeNull();
    expect((await api.call<Page<unknown>>('GET', '/packages')).body.items).toHaveLength(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // A plan without a slug: the error sits under Slug.
    await navigate(page, 'Plans');
    await page.getByRole('link', { name: 'Create Plan' }).click();
    await page.getByLabel('Price', { exact: true }).fill('9');
    await page.getByRole('button', { name: 'Submit' }).click();
    await eventually(() => errorUnder(page.getByRole('textbox', { name: 'Slug' }))).toMatch(/.+/);
    await eventually(() => errorUnder(page.getByRole('textbox', { name: 'Plan Name' }))).toMatch(/.+/);
    expect((await api.call<Page<unknown>>('GET', '/plans')).body.items).toHaveLength(0);
  });

  it('offers to reload when someone else changed the item (412 version_mismatch), then saves', async () => {
    const { page, api } = await consoleUnderTest.open();
    const pkg = await api.must('POST', '/packages', {
      status: 'active',
      code: 'TEAM',
      name: 'Team',
      tier: 1,
    });
    await page.goto(`${consoleUnderTest.url}/console/packages`);
    await rowOf(page, 'Packages', 'TEAM').getByRole('button', { name: 'Edit' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Edit package' }));
    // Someone else renames it meanwhile.
    await api.must('PATCH', `/packages/${pkg.id}`, { name: 'Team (renamed elsewhere)' });
    await dialog.getByLabel('Tier').fill('2');
    await dialog.getByRole('button', { name: 'Save' }).click();
    const stale = await visible(dialog.locator('[role="alert"][data-code="version_mismatch"]'));
    expect((await api.call('GET', `/packages/${pkg.id}`)).body).toMatchObject({ tier: 1, version: 2 });
    await stale.getByRole('button', { name: 'Reload' }).click();
    await eventually(() => dialog.getByLabel('Name').inputValue()).toBe('Team (renamed elsewhere)');
    await dialog.getByLabel('Tier').fill('2');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await visible(rowOf(page, 'Packages', 'TEAM').getByRole('cell', { name: '2', exact: true }));
    expect((await api.call('GET', `/packages/${pkg.id}`)).body).toMatchObject({
      name: 'Team (renamed elsewhere)',
      tier: 2,
      version: 3,
    });
  });

  it('pages through a list with the API cursor', async () => {
    const { page, api } = await consoleUnderTest.open();
    await Promise.all(
      Array.from({ length: 27 }, (_, i) =>
        api.must('POST', '/plan-groups', { name: `Group ${String(i + 1).padStart(2, '0')}` }),
      ),
    );
    await page.goto(`${consoleUnderTest.url}/console/plan-groups`);
    const rows = page.getByRole('table', { name: 'Plan groups' }).locator('tbody tr');
    await eventually(() => rows.count()).toBe(25);
    await page.getByRole('button', { name: 'Load more' }).click();
    await eventually(() => rows.count()).toBe(27);
    await page.getByRole('button', { name: 'Load more' }).waitFor({ state: 'detached' });
    const names = await rows.locator('td:first-child').allTextContents();
    expect(new Set(names).size).toBe(27);
  });
});
