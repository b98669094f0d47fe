/** The contract's updates, deletes and audit events. */
import { describe, expect, it } from 'vitest';
import { auditEvents, expectInvalidField, expectProblem } from '../api.ts';
import { ISO_MS, sleep } from '../fixtures.ts';
import { alternating, type ContractKit, otherCase, READ_ONLY, type Stored, spellings } from './kit.ts';

/** PATCH: partial changes, versions, If-Match, concurrency, unique values. */
export const updateContract = <T extends Stored, C>(kit: ContractKit<T, C>) => {
  const {
    collection,
    options,
    resource,
    api,
    singular,
    entityType,
    idPrefix,
    client,
    unique,
    fresh,
    create,
    expectOnly,
    textOf,
    viewer,
  } = kit;
  describe(`PATCH /orgs/{orgId}/${collection}/{${resource.idParam}}`, () => {
    it(`changes only the fields sent, bumps version and updatedAt, answers and stores it with ETag "2", recorded as ${entityType}.updated`, async () => {
      const { org, ctx } = await fresh();
      const item = await create(org, ctx);
      const change = options.change(1);
      await sleep(5);
      const res = await client.patch(org, item.id, change);
      expect(res.status, res.text).toBe(200);
      expect(res.body).toStrictEqual({
        ...item,
        ...change,
        version: 2,
        updatedAt: expect.stringMatching(ISO_MS),
      });
      expect(Date.parse(res.body.updatedAt)).toBeGreaterThan(Date.parse(item.updatedAt));
      expect(res.body.createdAt).toBe(item.createdAt);
      expect(res.headers.get('etag')).toBe('"2"');
      const got = await client.get(org, item.id);
      expect(got.body).toStrictEqual(res.body);
      expect(got.headers.get('etag')).toBe('"2"');
      expect((await auditEvents(api, org))[0]).toMatchObject({
        entityType,
        entityId: item.id,
        action: `${entityType}.updated`,
        before: item,
        after: res.body,
      });
    });

    it('bumps the version and the ETag by one on every change', async () => {
      const { org, ctx } = await fresh();
      const item = await create(org, ctx);
      for (let v = 2; v <= 4; v++) {
        const res = await client.patch(org, item.id, options.change(v));
        expect(res.status, res.text).toBe(200);
        expect(res.body.version).toBe(v);
        expect(res.headers.get('etag')).toBe(`"${v}"`);
      }
    });

    it('applies a change whose If-Match names the current version', async () => {
      const { org, ctx } = await fresh();
      const item = await create(org, ctx);
      const res = await client.patch(org, item.id, options.change(1), { 'if-match': '"1"' });
      expect(res.status, res.text).toBe(200);
      expect(res.body).toMatchObject({ ...options.change(1), version: 2 });
      expect(res.headers.get('etag')).toBe('"2"');
      const again = await client.patch(org, item.id, options.change(2), {
        'if-match': res.headers.get('etag') ?? '',
      });
      expect(again.status, again.text).toBe(200);
      expect(again.body.version).toBe(3);
    });

    it('refuses a stale If-Match with 412 version_mismatch, changing nothing; the current ETag then applies', async () => {
      const { org, ctx, events } = await fresh();
      const item = await create(org, ctx);
      const moved = await client.patch(org, item.id, options.change(1));
      expect(moved.status, moved.text).toBe(200);
      expect(moved.body.version).toBe(2);
      expectProblem(
        await client.patch(org, item.id, options.change(2), { 'if-match': '"1"' }),
        412,
        'version_mismatch',
      );
      const got = await client.get(org, item.id);
      expect(got.body).toStrictEqual(moved.body);
      expect(got.headers.get('etag')).toBe('"2"');
      expect(await auditEvents(api, org)).toHaveLength(events.length + 2);
      const ok = await client.patch(org, item.id, options.change(2), { 'if-match': '"2"' });
      expect(ok.status, ok.text).toBe(200);
      expect(ok.body).toMatchObject({ ...options.change(2), version: 3 });
    });

    it('never loses an update: 10 concurrent PATCHes without If-Match all land', async () => {
      const { org, ctx } = await fresh();
      const item = await create(org, ctx);
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => client.patch(org, item.id, options.change(i + 1))),
      );
      for (const r of results) expect(r.status, r.text).toBe(200);
      expect((await client.get(org, item.id)).body.version).toBe(11);
      expect(await auditEvents(api, org, `entityType=${entityType}`)).toHaveLength(11);
    });

    it.each([...READ_ONLY(idPrefix), { field: 'color', value: 'red' }])(
      'refuses the read-only or unknown field $field on update with 400 validation_failed, changing nothing',
      async ({ field, value }) => {
        const { org, ctx } = await fresh();
        const item = await create(org, ctx);
        const events = await auditEvents(api, org);
        expectInvalidField(await client.patch(org, item.id, { ...options.change(1), [field]: value }), field);
        expect((await client.get(org, item.id)).body).toStrictEqual(item);
        expect(await auditEvents(api, org)).toStrictEqual(events);
      },
    );

    it(`refuses a viewer's update and delete with 403 forbidden, changing nothing`, async () => {
      const { org, ctx } = await fresh();
      const item = await create(org, ctx);
      const events = await auditEvents(api, org);
      expectProblem(await viewer('PATCH', org, `/${item.id}`, options.change(1)), 403, 'forbidden');
      expectProblem(await viewer('DELETE', org, `/${item.id}`), 403, 'forbidden');
      await expectOnly(org, [item], events);
    });

    for (const { field, code } of unique) {
      it(`frees the old ${field} and guards the new one when the ${field} changes`, async () => {
        const { org, ctx } = await fresh();
        const item = await create(org, ctx);
        const old = textOf(item, field);
        const next = textOf(options.body(ctx), field);
        const res = await client.patch(org, item.id, { [field]: next });
        expect(res.status, res.text).toBe(200);
        expect(res.body).toMatchObject({ [field]: next, version: 2 });
        const taker = await create(org, ctx, { [field]: otherCase(old) });
        expect(taker[field as keyof T]).toBe(otherCase(old));
        for (const spelling of spellings(next)) {
          expectProblem(await client.post(org, { ...options.body(ctx), [field]: spelling }), 409, code);
        }
      });

      it(`changes only the case of its ${field}, keeping it guarded until it is deleted`, async () => {
        const { org, ctx } = await fresh();
        const item = await create(org, ctx);
        const upper = textOf(item, field).toUpperCase();
        const res = await client.patch(org, item.id, { [field]: upper });
        expect(res.status, res.text).toBe(200);
        expect(res.body).toMatchObject({ [field]: upper, version: 2 });
        expect((await client.get(org, item.id)).body[field as keyof T]).toBe(upper);
        const lower = upper.toLowerCase();
        expectProblem(await client.post(org, { ...options.body(ctx), [field]: lower }), 409, code);
        const del = await client.remove(org, item.id);
        expect(del.status, del.text).toBe(204);
        const again = await create(org, ctx, { [field]: alternating(lower) });
        expect(again[field as keyof T]).toBe(alternating(lower));
      });

      it(`refuses another ${singular}'s ${field}, in any case, with 409 ${code}, changing nothing and keeping its own`, async () => {
        const { org, ctx } = await fresh();
        const holder = await create(org, ctx);
        const item = await create(org, ctx);
        const taken = textOf(holder, field);
        for (const spelling of spellings(taken)) {
          const res = await client.patch(org, item.id, { ...options.change(1), [field]: spelling });
          expectProblem(res, 409, code);
        }
        expect((await client.get(org, item.id)).body).toStrictEqual(item);
        const own = otherCase(textOf(item, field));
        expectProblem(await client.post(org, { ...options.body(ctx), [field]: own }), 409, code);
      });

      it(`keeps its own ${field} when patched with the same value`, async () => {
        const { org, ctx } = await fresh();
        const item = await create(org, ctx);
        const value = textOf(item, field);
        const res = await client.patch(org, item.id, { ...options.change(1), [field]: value });
        expect(res.status, res.text).toBe(200);
        expect(res.body).toMatchObject({ ...options.change(1), [field]: value });
        expectProblem(await client.post(org, { ...options.body(ctx), [field]: otherCase(value) }), 409, code);
      });
    }
  });
};

/** DELETE, and the audit trail of a create, update and delete. */
export const deleteContract = <T extends Stored, C>(kit: ContractKit<T, C>) => {
  const { collection, options, resource, api, singular, entityType, client, unique, fresh, create, textOf } =
    kit;
  describe(`DELETE /orgs/{orgId}/${collection}/{${resource.idParam}}`, () => {
    it(`answers 204 with no body; the ${singular} is gone from GET and the list, recorded as ${entityType}.deleted; a second DELETE answers 404`, async () => {
      const { org, ctx } = await fresh();
      const item = await create(org, ctx);
      const res = await client.remove(org, item.id);
      expect(res.status, res.text).toBe(204);
      expect(res.text).toBe('');
      expectProblem(await client.get(org, item.id), 404, 'not_found');
      expect((await client.list(org)).body.items).toEqual([]);
      expect((await auditEvents(api, org))[0]).toMatchObject({
        entityType,
        entityId: item.id,
        action: `${entityType}.deleted`,
        before: item,
        after: null,
      });
      expectProblem(await client.remove(org, item.id), 404, 'not_found');
    });

    it(`refuses a stale If-Match with 412 version_mismatch, keeping the ${singular}; the current ETag deletes it`, async () => {
      const { org, ctx } = await fresh();
      const item = await create(org, ctx);
      const moved = await client.patch(org, item.id, options.change(1));
      expect(moved.status, moved.text).toBe(200);
      expectProblem(await client.remove(org, item.id, { 'if-match': '"1"' }), 412, 'version_mismatch');
      expect((await client.get(org, item.id)).body).toStrictEqual(moved.body);
      const ok = await client.remove(org, item.id, { 'if-match': '"2"' });
      expect(ok.status, ok.text).toBe(204);
    });

    if (unique.length > 0) {
      const fields = unique.map((u) => u.field).join(' and ');
      it(`frees its ${fields} on delete: a new ${singular} can take them in any case`, async () => {
        const { org, ctx } = await fresh();
        const item = await create(org, ctx);
        expect((await client.remove(org, item.id)).status).toBe(204);
        const same = Object.fromEntries(unique.map((u) => [u.field, otherCase(textOf(item, u.field))]));
        const again = await create(org, ctx, same);
        expect(again.id).not.toBe(item.id);
        expect(again).toMatchObject(same);
      });
    }
  });

  describe('audit events', () => {
    it(`records ${entityType}.created, .updated and .deleted with the actor and before/after images of the public fields`, async () => {
      const { org, ctx } = await fresh();
      const item = await create(org, ctx);
      const updated = (await client.patch(org, item.id, options.change(1))).body;
      expect((await client.remove(org, item.id)).status).toBe(204);
      const events = await auditEvents(api, org, `entityId=${item.id}`);
      expect(events.map((e) => e.action)).toEqual([
        `${entityType}.deleted`,
        `${entityType}.updated`,
        `${entityType}.created`,
      ]);
      const [deleted, update, created] = events;
      for (const e of events) {
        expect(e).toMatchObject({
          organizationId: org,
          entityType,
          entityId: item.id,
          actor: { sub: 'local-admin', email: expect.any(String) },
          at: expect.stringMatching(ISO_MS),
        });
      }
      expect(created).toMatchObject({ before: null, after: item });
      expect(update).toMatchObject({ before: item, after: updated });
      expect(deleted).toMatchObject({ before: updated, after: null });
      // The images carry only public fields.
      expect(Object.keys(created?.after ?? {}).sort()).toEqual(Object.keys(item).sort());
      expect(Object.keys(update?.after ?? {}).sort()).toEqual(Object.keys(item).sort());
      expect(await auditEvents(api, org, `entityType=${entityType}`)).toHaveLength(3);
    });
  });
};
