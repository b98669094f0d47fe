/**
 * The grant flows of the console (issue 15), continued from grants.test.ts: Bulk bind, the "Preview" (dry
 * run) before bulk actions, a plan's state at a date — what the page shows, and what the API holds.
 */
import { describe, expect, it } from 'vitest';
import { type AuditEvent, DAY, type Page, type Plan, type Subscription } from './resources.ts';
import { choose, rowOf, seedBulkPlans, useConsole, visible } from './support.ts';

const consoleUnderTest = useConsole();

describe('Subscriptions: Bulk bind', () => {
  it('previews a pasted list (nothing written), then binds it: per-user results with the skip codes, and the API holds the new subscriptions', async () => {
    const { page, api } = await consoleUnderTest.open();
    const plan = await api.must<Plan>('POST', '/plans', {
      name: 'Team',
      slug: 'team',
      publish: true,
      defaultCycle: 'weekly',
      price: { amount: 1500, currency: 'EUR' },
    });
    for (const name of ['alice', 'bob', 'carol'])
      await api.must('POST', '/subscribers', { username: name, email: `${name}@example.com` });
    const carol = await api.must<Subscription>('POST', '/subscriptions', { user: 'carol', planId: plan.id });

    await page.goto(`${consoleUnderTest.url}/console/subscriptions`);
    await visible(page.getByRole('heading', { level: 2, name: 'Subscriptions' }));
    await page.getByRole('button', { name: 'Bulk bind' }).click();
    const dialog = await visible(page.getByRole('dialog', { name: 'Bulk bind' }));
    await dialog.getByLabel('Usernames or emails').fill('alice\n\nbob@example.com\ncarol\nnobody\n');
    await choose(dialog, page, 'Plan', 'Team (€15.00)');
    await dialog.getByRole('textbox', { name: 'Cycles', exact: true }).fill('2');

    // Preview: the dry run's verdict per user, in the order pasted; nothing is written.
    await dialog.getByRole('button', { name: 'Preview' }).click();
    await visible(dialog.getByText('Preview (nothing written): 2 would succeed, 2 would be skipped.'));
    const preview = dialog.getByRole('table', { name: 'Preview' });
    const outcomes = async (table: typeof preview) =>
      (await table.getByRole('row').allInnerTexts())
        .slice(1)
        .map((r) => r.replace(/\s+/g, ' ').trim().toLowerCase());
    expect(await outcomes(preview)).toEqual([
      'alice would succeed',
      'bob@example.com would succeed',
      'carol would be skipped already_subscribed',
      'nobody would be skipped reference_not_found',
    ]);
    expect((await api.call<Page<Subscription>>('GET', '/subscriptions')).body.items.map((s) => s.id)).toEqual(
      [carol.id],
    );

    // Bind: the same list for real.
    await dialog.getByRole('button', { name: 'Bind' }).click();
    await visible(dialog.getByText('Bound 2 of 4 users. Skipped 2.'));
    const results = dialog.getByRole('table', { name: 'Results' });
    expect(await outcomes(results)).toEqual([
      'alice succeeded',
      'bob@example.com succeeded',
      'carol skipped already_subscribed',
      'nobody skipped reference_not_found',
    ]);
    const all = (await api.call<Page<Subscription>>('GET', `/subscriptions?planId=${plan.id}`)).body.items;
    expect(all).toHaveLength(3);
    for (const s of all.filter((x) => x.id !== carol.id)) {
      expect(s.status).toBe('active');
      expect(Date.parse(s.endsAt) - Date.parse(s.startedAt)).toBe(14 * DAY);
    }
    expect((await api.call<Subscription>('GET', `/subscriptions/${carol.id}`)).body.version).toBe(1);
    expect((await api.call<Plan>('GET', `/plans/${plan.id}`)).body.liveSubscriptionCount).toBe(3);

    // A result links to its subscription; the list behind the dialog shows the new ones.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await visible(rowOf(page, 'Subscriptions', 'bob'));
    await visible(rowOf(page, 'Subscriptions', 'alice'));
  });
});

describe('Plans: Preview before bulk actions', () => {
  it('previews bulk archive, delete and move as dry runs (nothing written, Cancel keeps it so), then Confirm applies them', async () => {
    const { page, api } = await consoleUnderTest.open();
    const { basic, team, draft } = await seedBulkPlans(api, 'Draft');
    const group = await api.must('POST', '/plan-groups', { name: 'Starter' });
    const statuses = async () =>
      Object.fromEntries(
        (await api.call<Page<Plan & { groupId: string | null }>>('GET', '/plans')).body.items.map((p) => [
          p.name,
          `${p.status}:${p.groupId ?? '-'}`,
        ]),
      );
    const before = await statuses();
    const teamEvents = async () =>
      (await api.call<Page<AuditEvent>>('GET', `/audit-events?entityId=${team.id}`)).body.items.map(
        (e) => e.action,
      );
    const teamEventsBefore = await teamEvents();
    const outcomes = async (dialog: Awaited<ReturnType<typeof visible>>) =>
      (await dialog.getByRole('table', { name: 'Preview' }).getByRole('row').allInnerTexts())
        .slice(1)
        .map((r) => r.replace(/\s+/g, ' ').trim());

    await page.goto(`${consoleUnderTest.url}/console/plans`);
    await visible(page.getByRole('heading', { level: 2, name: 'Plans' }));

    // Archive: Team would be archived, Basic skipped (in use); Cancel writes nothing.
    await page.getByLabel('Select Basic').check();
    await page.getByLabel('Select Team').check();
    await page.getByRole('button', { name: 'Archive selected' }).click();
    let dialog = await visible(page.getByRole('dialog', { name: 'Archive plans' }));
    await visible(dialog.getByText(/1 would succeed, 1 would be skipped/));
    expect((await outcomes(dialog)).sort()).toEqual([
      'Basic would be skipped plan_in_use',
      'Team would succeed',
    ]);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await statuses()).toEqual(before);
    expect(await teamEvents()).toEqual(teamEventsBefore);

    // Confirm: the real request, as previewed.
    await page.getByRole('button', { name: 'Archive selected' }).click();
    dialog = await visible(page.getByRole('dialog', { name: 'Archive plans' }));
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await visible(page.getByRole('status').getByText('Archived 1 of 2 plans. Skipped: Basic (plan_in_use).'));
    expect((await api.call<Plan>('GET', `/plans/${team.id}`)).body.status).toBe('archived');
    expect((await api.call<Plan>('GET', `/plans/${basic.id}`)).body.status).toBe('active');

    // Delete: only the draft would go; the preview says so, Confirm deletes it.
    await page.getByLabel('Select Basic').uncheck();
    await page.getByLabel('Select Team').check();
    await page.getByLabel('Select Draft').check();
    await page.getByRole('button', { name: 'Delete selected' }).click();
    dialog = await visible(page.getByRole('dialog', { name: 'Delete plans' }));
    expect((await outcomes(dialog)).sort()).toEqual([
      'Draft would succeed',
      'Team would be skipped invalid_transition',
    ]);
    expect((await api.call('GET', `/plans/${draft.id}`)).status).toBe(200);
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await visible(
      page.getByRole('status').getByText('Deleted 1 of 2 plans. Skipped: Team (invalid_transition).'),
    );
    expect((await api.call('GET', `/plans/${draft.id}`)).status).toBe(404);

    // Move to a group that has just been deleted: the preview is the same refusal, nothing moves.
    await page.getByLabel('Select Basic').check();
    await choose(page.getByLabel('Bulk actions'), page, 'Target group', 'Starter');
    await api.must('DELETE', `/plan-groups/${group.id}`);
    await page.getByRole('button', { name: 'Move to group' }).click();
    await visible(page.locator('[role="alert"][data-code="reference_not_found"]'));
    expect(await page.getByRole('dialog', { name: 'Move plans' }).count()).toBe(0);
    const groups = (await api.call<Page<Plan & { groupId: string | null }>>('GET', '/plans')).body.items;
    expect(groups.every((p) => p.groupId === null)).toBe(true);
  });
});

describe('Plans: state at a date', () => {
  it('shows a plan as it was at a chosen second (money as money, changed fields marked), and nothing before it existed', async () => {
    const { page, api } = await consoleUnderTest.open();
    const plan = await api.must<Plan & { createdAt: string }>('POST', '/plans', {
      name: 'Pro',
      slug: 'pro',
      price: { amount: 2900, currency: 'USD' },
    });
    // The next whole second after the create: the instant to look at, before the changes below.
    const between = new Date(Math.ceil((Date.parse(plan.createdAt) + 1) / 1000) * 1000);
    while (Date.now() < between.getTime() + 300) await new Promise((r) => setTimeout(r, 50));
    await api.must('PATCH', `/plans/${plan.id}`, {
      name: 'Pro Plus',
      price: { amount: 3900, currency: 'USD' },
    });
    await api.must('POST', `/plans/${plan.id}/publish`);

    await page.goto(`${consoleUnderTest.url}/console/plans/${plan.id}`);
    await visible(page.getByRole('heading', { level: 2, name: 'Pro Plus' }));
    const asOf = page.getByLabel('As of', { exact: true });
    const seconds = (iso: string) =>
      page.evaluate((instant) => {
        const d = new Date(instant);
        const pad = (n: number) => String(n).padStart(2, '0');
        return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
      }, iso);

    // Between the create and the changes: version 1, draft, $29.00; name, price, status marked as changed.
    await asOf.fill(await seconds(between.toISOString()));
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await visible(page.getByRole('status').getByText(/^As of .*: version 1 \(event evt_/));
    const past = page.getByRole('table', { name: 'Past state' });
    const rowText = async (field: string) =>
      (
        await past
          .getByRole('row')
          .filter({ has: page.getByRole('rowheader', { name: field, exact: true }) })
          .innerText()
      )
        .replace(/\s+/g, ' ')
        .trim();
    expect(await rowText('name')).toBe('name Pro SINCE CHANGED');
    expect(await rowText('price')).toBe('price $29.00 SINCE CHANGED');
    expect(await rowText('status')).toBe('status draft SINCE CHANGED');
    expect(await rowText('slug')).toBe('slug pro');
    const answer = (
      await api.call<{ state: { version: number; name: string } | null; eventId: string }>(
        'GET',
        `/history/${plan.id}?at=${between.toISOString()}`,
      )
    ).body;
    expect(answer.state).toMatchObject({ version: 1, name: 'Pro' });
    await visible(page.getByRole('status').getByText(`(event ${answer.eventId})`, { exact: false }));

    // Now: the current version, nothing marked.
    await asOf.fill(await seconds(new Date(Date.now() + 1000).toISOString()));
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await visible(page.getByRole('status').getByText(/: version 3 /));
    expect(await rowText('name')).toBe('name Pro Plus');
    expect(await past.getByText('since changed').count()).toBe(0);

    // Before the create: it did not exist.
    await asOf.fill(await seconds(new Date(Date.parse(plan.createdAt) - 60_000).toISOString()));
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await visible(page.getByRole('status').getByText(/it did not exist/));
    expect(await past.count()).toBe(0);
  });
});
