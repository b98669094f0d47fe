/**
 * The source documents' click-paths, in Chromium against the local server: what the page shows, and
 * what the API answers afterwards.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from './resources.ts';
import { choose, navigate, rowOf, seedBulkPlans, useConsole, visible } from './support.ts';

const consoleUnderTest = useConsole();

interface Plan {
  id: string;
  name: string;
  slug: string;
  status: string;
  version: number;
  groupId: string | null;
  [key: string]: unknown;
}

describe('Code Router: subscription plans and Manual Bind', () => {
  it('creates a plan, publishes it, binds a user by email, refuses to archive it until the subscription is cancelled, and duplicates it', async () => {
    const { page, api } = await consoleUnderTest.open();
    await page.goto(`${consoleUnderTest.url}/console/`);

    // A subscriber, through the Subscribers screen.
    await navigate(page, 'Subscribers');
    await page.getByRole('button', { name: 'New subscriber' }).click();
    const subscriberDialog = await visible(page.getByRole('dialog', { name: 'New subscriber' }));
    await subscriberDialog.getByLabel('Username').fill('alice');
    await subscriberDialog.getByLabel('Email').fill('alice@example.com');
    await subscriberDialog.getByRole('button', { name: 'Save' }).click();
    await visible(rowOf(page, 'Subscribers', 'alice'));

    // Create Plan → fill the dialog → Submit: an unpublished draft.
    await navigate(page, 'Plans');
    await page.getByRole('link', { name: 'Create Plan' }).click();
    await page.getByLabel('Plan Name').fill('Pro');
    await page.getByLabel('Price', { exact: true }).fill('29.00');
    await choose(page, page, 'Duration Type (default cycle)', 'monthly');
    await page.getByLabel('Included Quota').fill('100000');
    await page.getByRole('button', { name: 'Submit' }).click();
    await visible(page.getByRole('heading', { level: 2, name: 'Pro' }));
    await visible(page.getByText('plan.created'));
    const created = (await api.call<Page<Plan>>('GET', '/plans')).body.items;
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({
      name: 'Pro',
      slug: 'pro',
      status: 'draft',
      price: { amount: 2900, currency: 'USD' },
      defaultCycle: 'monthly',
      includedQuota: 100000,
    });
    const planId = created[0]?.id ?? '';

    // Publish from the list.
    await navigate(page, 'Plans');
    const row = rowOf(page, 'Plans', 'Pro');
    await row.getByRole('button', { name: 'Publish' }).click();
    await visible(row.getByText('active', { exact: true }));
    expect((await api.call<Plan>('GET', `/plans/${planId}`)).body.status).toBe('active');

    // Make private: hidden from listings, still active for its subscribers.
    await row.getByRole('button', { name: 'Make private' }).click();
    await visible(row.getByText('private', { exact: true }));
    expect((await api.call<Plan>('GET', `/plans/${planId}`)).body).toMatchObject({
      status: 'active',
      visibility: 'private',
    });
    await row.getByRole('button', { name: 'Make public' }).click();
    await visible(row.getByText('public', { exact: true }));
    expect((await api.call<Plan>('GET', `/plans/${planId}`)).body.visibility).toBe('public');

    // Manual Bind: the user by email, the plan, Confirm.
    await navigate(page, 'Subscriptions');
    await page.getByRole('button', { name: 'Manual Bind' }).click();
    const bind = await visible(page.getByRole('dialog', { name: 'Manual Bind' }));
    await bind.getByLabel('Username or email').fill('alice@example.com');
    await choose(bind, page, 'Plan', 'Pro ($29.00)');
    await bind.getByRole('button', { name: 'Confirm' }).click();
    await visible(page.getByRole('status').getByText(/Bound Pro \(active/));
    const subRow = page
      .getByRole('table', { name: 'Subscriptions' })
      .getByRole('row')
      .filter({ hasText: 'alice' });
    await visible(subRow.getByText('active', { exact: true }));
    const subs = (
      await api.call<Page<{ id: string; status: string; planId: string; subscriberId: string }>>(
        'GET',
        '/subscriptions',
      )
    ).body.items;
    expect(subs).toHaveLength(1);
    expect(subs[0]).toMatchObject({
      status: 'active',
      planId,
      billingCycle: 'monthly',
      quotaAllowance: 100000,
    });
    const alice = (await api.call<Page<{ id: string }>>('GET', '/subscribers?email=alice@example.com')).body
      .items[0];
    expect(subs[0]?.subscriberId).toBe(alice?.id);

    // Archive is refused while the subscription is live…
    await navigate(page, 'Plans');
    await rowOf(page, 'Plans', 'Pro').getByRole('button', { name: 'Archive' }).click();
    await visible(page.locator('[role="alert"][data-code="plan_in_use"]'));
    expect((await api.call<Plan>('GET', `/plans/${planId}`)).body.status).toBe('active');

    // …and allowed once it is cancelled.
    await navigate(page, 'Subscriptions');
    await subRow.getByRole('button', { name: 'Cancel' }).click();
    const cancel = await visible(page.getByRole('dialog', { name: 'Cancel subscription' }));
    await cancel.getByRole('button', { name: 'Cancel subscription' }).click();
    await visible(subRow.getByText('canceled', { exact: true }));
    expect((await api.call<{ status: string }>('GET', `/subscriptions/${subs[0]?.id}`)).body.status).toBe(
      'canceled',
    );

    await navigate(page, 'Plans');
    await rowOf(page, 'Plans', 'Pro').getByRole('button', { name: 'Archive' }).click();
    await visible(rowOf(page, 'Plans', 'Pro').getByText('archived', { exact: true }));
    expect((await api.call<Plan>('GET', `/plans/${planId}`)).body.status).toBe('archived');

    // Duplicate: a new draft "Pro (Copy)", slug pro-copy.
    await rowOf(page, 'Plans', 'Pro').getByRole('button', { name: 'Duplicate' }).click();
    await visible(page.getByRole('status').getByText('Duplicated Pro as Pro (Copy).'));
    await visible(rowOf(page, 'Plans', 'Pro (Copy)').getByText('draft', { exact: true }));
    const copy = (await api.call<Page<Plan>>('GET', '/plans?status=draft')).body.items;
    expect(copy.map((p) => [p.name, p.slug])).toEqual([['Pro (Copy)', 'pro-copy']]);
    expect(copy[0]).toMatchObject({ price: { amount: 2900, currency: 'USD' }, includedQuota: 100000 });

    // The plan's detail view carries its audit history.
    await rowOf(page, 'Plans', 'Pro').getByRole('link', { name: 'Pro', exact: true }).click();
    for (const action of ['plan.created', 'plan.published', 'plan.archived']) {
      await visible(page.getByRole('cell', { name: action, exact: true }));
    }
  });
});

describe('LMS: subscription packages and subscriptions (offers)', () => {
  it('creates a package and an offer, edits both, and deletes them after confirming', async () => {
    const { page, api } = await consoleUnderTest.open();
    await page.goto(`${consoleUnderTest.url}/console/packages`);
    await visible(page.getByRole('heading', { level: 2, name: 'Packages' }));

    await page.getByRole('button', { name: 'New package' }).click();
    const newPackage = await visible(page.getByRole('dialog', { name: 'New package' }));
    await newPackage.getByLabel('Code').fill('PRO');
    await newPackage.getByLabel('Name').fill('Pro Plan');
    await newPackage.getByLabel('Tier').fill('1');
    await newPackage.getByLabel('Description').fill('Access to premium courses and community features.');
    await newPackage.getByRole('button', { name: 'Save' }).click();
    const packageRow = rowOf(page, 'Packages', 'PRO');
    await visible(packageRow.getByText('Pro Plan', { exact: true }));
    const [pkg] = (await api.call<Page<{ id: string }>>('GET', '/packages')).body.items;
    expect(pkg).toMatchObject({ code: 'PRO', name: 'Pro Plan', tier: 1, status: 'active', version: 1 });

    await navigate(page, 'Offers');
    await page.getByRole('button', { name: 'New offer' }).click();
    const newOffer = await visible(page.getByRole('dialog', { name: 'New offer' }));
    await newOffer.getByLabel('Code').fill('SUB_PRO2025');
    await newOffer.getByLabel('Name').fill('Pro Plan 2025');
    await choose(newOffer, page, 'Package', 'PRO — Pro Plan');
    await newOffer.getByRole('button', { name: 'Save' }).click();
    const offerRow = rowOf(page, 'Offers', 'SUB_PRO2025');
    await visible(offerRow.getByText('PRO — Pro Plan'));
    const [offer] = (await api.call<Page<{ id: string }>>('GET', '/offers')).body.items;
    expect(offer).toMatchObject({
      code: 'SUB_PRO2025',
      name: 'Pro Plan 2025',
      packageId: pkg?.id,
      status: 'active',
    });

    // Edit: rename and deactivate.
    await offerRow.getByRole('button', { name: 'Edit' }).click();
    const editOffer = await visible(page.getByRole('dialog', { name: 'Edit offer' }));
    await editOffer.getByLabel('Name').fill('Pro Plan 2025 (Archived)');
    await choose(editOffer, page, 'Status', 'inactive');
    await editOffer.getByRole('button', { name: 'Save' }).click();
    await visible(offerRow.getByText('Pro Plan 2025 (Archived)'));
    await visible(offerRow.getByText('inactive', { exact: true }));
    expect((await api.call('GET', `/offers/${offer?.id}`)).body).toMatchObject({
      name: 'Pro Plan 2025 (Archived)',
      status: 'inactive',
      version: 2,
    });

    // The package cannot go while the offer points at it: the refusal is shown.
    await navigate(page, 'Packages');
    await packageRow.getByRole('button', { name: 'Delete' }).click();
    await (await visible(page.getByRole('dialog', { name: 'Delete package' })))
      .getByRole('button', { name: 'Delete' })
      .click();
    await visible(page.locator('[role="alert"][data-code="package_in_use"]'));
    expect((await api.call('GET', `/packages/${pkg?.id}`)).status).toBe(200);

    // Delete the offer, confirming in the dialog.
    await navigate(page, 'Offers');
    await offerRow.getByRole('button', { name: 'Delete' }).click();
    const confirmOffer = await visible(page.getByRole('dialog', { name: 'Delete offer' }));
    await visible(confirmOffer.getByText('SUB_PRO2025'));
    await confirmOffer.getByRole('button', { name: 'Delete' }).click();
    await offerRow.waitFor({ state: 'detached' });
    expect((await api.call('GET', `/offers/${offer?.id}`)).status).toBe(404);

    // Edit the package, then delete it.
    await navigate(page, 'Packages');
    await packageRow.getByRole('button', { name: 'Edit' }).click();
    const editPackage = await visible(page.getByRole('dialog', { name: 'Edit package' }));
    await editPackage.getByLabel('Name').fill('Pro Plus');
    await editPackage.getByRole('button', { name: 'Save' }).click();
    await visible(packageRow.getByText('Pro Plus', { exact: true }));
    expect((await api.call('GET', `/packages/${pkg?.id}`)).body).toMatchObject({
      name: 'Pro Plus',
      version: 2,
    });

    await packageRow.getByRole('button', { name: 'Delete' }).click();
    await (await visible(page.getByRole('dialog', { name: 'Delete package' })))
      .getByRole('button', { name: 'Delete' })
      .click();
    await packageRow.waitFor({ state: 'detached' });
    expect((await api.call('GET', `/packages/${pkg?.id}`)).status).toBe(404);
  });
});

describe('billing platform: bulk operations', () => {
  it('bulk-archives with a skip for a plan in use, moves plans to a group, and bulk-deletes drafts only', async () => {
    const { page, api } = await consoleUnderTest.open();
    const { basic, team, draft: trial } = await seedBulkPlans(api, 'Trial');

    await page.goto(`${consoleUnderTest.url}/console/plan-groups`);
    await visible(page.getByRole('heading', { level: 2, name: 'Plan groups' }));
    await page.getByRole('button', { name: 'New plan group' }).click();
    const groupDialog = await visible(page.getByRole('dialog', { name: 'New plan group' }));
    await groupDialog.getByLabel('Name').fill('Starter');
    await groupDialog.getByRole('button', { name: 'Save' }).click();
    await visible(rowOf(page, 'Plan groups', 'Starter'));

    // Bulk archive: Team is archived, Basic is skipped (plan_in_use) and stays selected.
    await navigate(page, 'Plans');
    await page.getByLabel('Select Basic').check();
    await page.getByLabel('Select Team').check();
    await page.getByRole('button', { name: 'Archive selected' }).click();
    await (await visible(page.getByRole('dialog', { name: 'Archive plans' })))
      .getByRole('button', { name: 'Confirm' })
      .click();
    await visible(page.getByRole('status').getByText('Archived 1 of 2 plans. Skipped: Basic (plan_in_use).'));
    await visible(rowOf(page, 'Plans', 'Team').getByText('archived', { exact: true }));
    expect((await api.call<Plan>('GET', `/plans/${team.id}`)).body.status).toBe('archived');
    expect((await api.call<Plan>('GET', `/plans/${basic.id}`)).body.status).toBe('active');

    // Move Team and Trial to the group.
    await page.getByLabel('Select Basic').uncheck();
    await page.getByLabel('Select Team').check();
    await page.getByLabel('Select Trial').check();
    await choose(page.getByLabel('Bulk actions'), page, 'Target group', 'Starter');
    await page.getByRole('button', { name: 'Move to group' }).click();
    await (await visible(page.getByRole('dialog', { name: 'Move plans' })))
      .getByRole('button', { name: 'Confirm' })
      .click();
    await visible(page.getByRole('status').getByText('Moved 2 of 2 plans.'));
    await visible(rowOf(page, 'Plans', 'Trial').getByText('Starter', { exact: true }));
    const [group] = (await api.call<Page<{ id: string }>>('GET', '/plan-groups')).body.items;
    const inGroup = (await api.call<Page<Plan>>('GET', `/plans?groupId=${group?.id}`)).body.items;
    expect(inGroup.map((p) => p.name).sort()).toEqual(['Team', 'Trial']);

    // Bulk delete after its preview: the draft goes, the archived plan is skipped.
    await page.getByLabel('Select Team').check();
    await page.getByLabel('Select Trial').check();
    await page.getByRole('button', { name: 'Delete selected' }).click();
    await (await visible(page.getByRole('dialog', { name: 'Delete plans' })))
      .getByRole('button', { name: 'Confirm' })
      .click();
    await visible(
      page.getByRole('status').getByText('Deleted 1 of 2 plans. Skipped: Team (invalid_transition).'),
    );
    await rowOf(page, 'Plans', 'Trial').waitFor({ state: 'detached' });
    expect((await api.call('GET', `/plans/${trial.id}`)).status).toBe(404);
    expect((await api.call<Plan>('GET', `/plans/${team.id}`)).body.status).toBe('archived');
  });
});
