/** The contract's creates and reads. */
import { describe, expect, it } from 'vitest';
import { auditEvents, expectInvalidField, expectProblem, newOrg, viewerToken } from '../api.ts';
import { ISO_MS } from '../fixtures.ts';
import { type ContractKit, missingId, otherCase, READ_ONLY, type Stored, spellings } from './kit.ts';

/** POST: creates, refusals, idempotent replays, unique values. */
export const createContract = <T extends Stored, C>(kit: ContractKit<T, C>) => {
  const {
    collection,
    options,
    api,
    singular,
    entityType,
    idPrefix,
    a,
    client,
    unique,
    ID,
    fresh,
    create,
    expectOnly,
    textOf,
    viewer,
  } = kit;
  describe(`POST /orgs/{orgId}/${collection}`, () => {
    it(`creates ${a}: 201 with exactly its public fields, Location and ETag "1", readable by GET and recorded as ${entityType}.created`, async () => {
      const { org, ctx } = await fresh();
      const body = options.body(ctx);
      const before = Date.now();
      const res = await client.post(org, body);
      expect(res.status, res.text).toBe(201);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      const item = res.body;
      expect(item).toStrictEqual({
        id: expect.stringMatching(ID),
        organizationId: org,
        ...options.fields(body),
        version: 1,
        createdAt: expect.stringMatching(ISO_MS),
        updatedAt: expect.stringMatching(ISO_MS),
      });
      expect(item.updatedAt).toBe(item.createdAt);
      expect(Date.parse(item.createdAt)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(item.createdAt)).toBeLessThanOrEqual(Date.now() + 1000);
      expect(res.headers.get('location')).toBe(`/orgs/${org}/${collection}/${item.id}`);
      expect(res.headers.get('etag')).toBe('"1"');
      const got = await client.get(org, item.id);
      expect(got.status, got.text).toBe(200);
      expect(got.body).toStrictEqual(item);
      expect(got.headers.get('etag')).toBe('"1"');
      expect((await auditEvents(api, org))[0]).toMatchObject({
        entityType,
        entityId: item.id,
        action: `${entityType}.created`,
        before: null,
        after: item,
      });
    });

    it(`replays a create sent again with the same Idempotency-Key, creating one ${singular}`, async () => {
      const { org, ctx } = await fresh();
      const body = options.body(ctx);
      const first = await client.post(org, body, { 'idempotency-key': 'k-1' });
      expect(first.status, first.text).toBe(201);
      const again = await client.post(org, body, { 'idempotency-key': 'k-1' });
      expect(again.status, again.text).toBe(201);
      expect(again.body).toStrictEqual(first.body);
      expect((await client.list(org)).body.items.map((i) => i.id)).toEqual([first.body.id]);
    });

    it(`refuses an empty object with 400 validation_failed naming every required field (${options.required.join(', ')}), writing nothing`, async () => {
      const { org, events } = await fresh();
      const problem = expectProblem(await client.post(org, {}), 400, 'validation_failed');
      expect((problem.errors ?? []).map((e) => e.path)).toEqual(
        expect.arrayContaining([...options.required]),
      );
      for (const e of problem.errors ?? []) expect(e.message).toEqual(expect.any(String));
      await expectOnly(org, [], events);
    });

    it('refuses an unknown field with 400 validation_failed naming it, writing nothing', async () => {
      const { org, ctx, events } = await fresh();
      expectInvalidField(await client.post(org, { ...options.body(ctx), color: 'red' }), 'color');
      await expectOnly(org, [], events);
    });

    it.each(READ_ONLY(idPrefix))(
      'refuses the read-only field $field on create with 400 validation_failed, writing nothing',
      async ({ field, value }) => {
        const { org, ctx, events } = await fresh();
        expectInvalidField(await client.post(org, { ...options.body(ctx), [field]: value }), field);
        await expectOnly(org, [], events);
      },
    );

    it(`refuses a viewer's create with 403 forbidden, writing nothing`, async () => {
      const { org, ctx, events } = await fresh();
      expectProblem(await viewer('POST', org, '', options.body(ctx)), 403, 'forbidden');
      await expectOnly(org, [], events);
    });

    for (const { field, code } of unique) {
      it(`refuses a ${field} already used in the org, in any case, with 409 ${code} on ${field}, writing nothing`, async () => {
        const { org, ctx, events } = await fresh();
        const first = await create(org, ctx);
        const taken = textOf(first, field);
        const after = await auditEvents(api, org);
        expect(after).toHaveLength(events.length + 1);
        for (const spelling of spellings(taken)) {
          const problem = expectProblem(
            await client.post(org, { ...options.body(ctx), [field]: spelling }),
            409,
            code,
          );
          expect(problem.errors).toEqual([{ path: field, message: expect.any(String) }]);
        }
        await expectOnly(org, [first], after);
      });

      it(`lets exactly one of 20 concurrent creates of one ${field} (in any case) win`, async () => {
        const { org, ctx, events } = await fresh();
        const value = textOf(options.body(ctx), field);
        const variants = spellings(value);
        const results = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            client.post(org, { ...options.body(ctx), [field]: variants[i % variants.length] }),
          ),
        );
        expect(results.filter((r) => r.status === 201)).toHaveLength(1);
        const refused = results.filter((r) => r.status !== 201);
        expect(refused).toHaveLength(19);
        for (const r of refused) expectProblem(r, 409, code);
        expect((await client.list(org)).body.items).toHaveLength(1);
        expect(await auditEvents(api, org)).toHaveLength(events.length + 1);
      });
    }

    if (unique.length > 0) {
      const fields = unique.map((u) => u.field).join(' and ');
      it(`lets another org use the same ${fields}`, async () => {
        const first = await fresh();
        const item = await create(first.org, first.ctx);
        const second = await fresh();
        const same = Object.fromEntries(unique.map((u) => [u.field, otherCase(textOf(item, u.field))]));
        const other = await create(second.org, second.ctx, same);
        expect(other.organizationId).toBe(second.org);
        expect(other).toMatchObject(same);
      });
    }
  });
};

/** GET one: found, 404s, other orgs, viewers. */
export const readContract = <T extends Stored, C>(kit: ContractKit<T, C>) => {
  const {
    collection,
    options,
    resource,
    api,
    singular,
    idPrefix,
    a,
    client,
    MISSING,
    foreignPrefix,
    fresh,
    create,
    expectOnly,
    viewer,
  } = kit;
  describe(`GET /orgs/{orgId}/${collection}/{${resource.idParam}}`, () => {
    it(`lets a viewer read ${a} and the list, with its ETag`, async () => {
      const { org, ctx } = await fresh();
      const item = await create(org, ctx);
      const res = await viewer('GET', org, `/${item.id}`);
      expect(res.status, res.text).toBe(200);
      expect(res.body).toStrictEqual(item);
      expect(res.headers.get('etag')).toBe('"1"');
      const list = await api.request('GET', `/orgs/${org}/${collection}`, { token: viewerToken(org) });
      expect(list.status, list.text).toBe(200);
      expect(list.body).toStrictEqual({ items: [item], nextCursor: null });
    });

    it(`answers 404 not_found to GET, PATCH and DELETE of an id no ${singular} has, writing nothing`, async () => {
      const { org, events } = await fresh();
      expectProblem(await client.get(org, MISSING), 404, 'not_found');
      expectProblem(await client.patch(org, MISSING, options.change(1)), 404, 'not_found');
      expectProblem(await client.remove(org, MISSING), 404, 'not_found');
      await expectOnly(org, [], events);
    });

    it.each([
      'not-an-id',
      'nope',
      `${idPrefix}_1`,
      `${idPrefix}_123`,
      `${idPrefix}_nope`,
      `${MISSING}X`,
      missingId(foreignPrefix),
      `${idPrefix}_01arz3ndektsv4rrffq69g5fav!`,
    ])('answers 404 not_found to GET, PATCH and DELETE of the malformed id %s', async (id) => {
      const org = newOrg(collection);
      const path = encodeURIComponent(id);
      expectProblem(await client.get(org, path), 404, 'not_found');
      expectProblem(await client.patch(org, path, options.change(1)), 404, 'not_found');
      expectProblem(await client.remove(org, path), 404, 'not_found');
    });

    it(`answers 404 not_found to GET, PATCH and DELETE of another org's ${singular}, leaving it unchanged`, async () => {
      const { org, ctx } = await fresh();
      const item = await create(org, ctx);
      const other = newOrg(collection);
      expectProblem(await client.get(other, item.id), 404, 'not_found');
      expectProblem(await client.patch(other, item.id, options.change(1)), 404, 'not_found');
      expectProblem(await client.remove(other, item.id), 404, 'not_found');
      expect((await client.get(org, item.id)).body).toStrictEqual(item);
    });
  });
};
