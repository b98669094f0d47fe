/** The contract's lists. */
import { beforeAll, describe, expect, it } from 'vitest';
import { expectInvalidField, expectProblem, newOrg } from '../api.ts';
import type { ContractKit, Stored } from './kit.ts';

/** GET the collection: order, paging, limits, cursors. */
export const listContract = <T extends Stored, C>(kit: ContractKit<T, C>) => {
  const { collection, api, singular, plural, client, otherCollection, fresh, create } = kit;
  describe(`GET /orgs/{orgId}/${collection}`, () => {
    it(`returns { items: [], nextCursor: null } for an org without ${plural}`, async () => {
      const res = await client.list(newOrg(collection));
      expect(res.status, res.text).toBe(200);
      expect(res.body).toStrictEqual({ items: [], nextCursor: null });
    });

    it(`lists the org's ${plural} newest first as { items, nextCursor: null }, and none of another org's`, async () => {
      const { org, ctx } = await fresh();
      const made: T[] = [];
      for (let i = 0; i < 3; i++) made.push(await create(org, ctx));
      const elsewhere = await fresh();
      await create(elsewhere.org, elsewhere.ctx);
      const res = await client.list(org);
      expect(res.status, res.text).toBe(200);
      expect(res.body).toStrictEqual({ items: [...made].reverse(), nextCursor: null });
    });

    it(`pages through every ${singular} exactly once, newest first, following nextCursor until null`, async () => {
      const { org, ctx } = await fresh();
      const ids: string[] = [];
      for (let i = 0; i < 7; i++) ids.push((await create(org, ctx)).id);
      const { ids: listed, pages } = await client.listAll(org, 'limit=3');
      expect(listed).toEqual([...ids].reverse());
      expect(new Set(listed).size).toBe(7);
      expect(pages).toBeGreaterThanOrEqual(3);
    });

    it('accepts limit 1 and 100', async () => {
      const { org, ctx } = await fresh();
      const first = await create(org, ctx);
      const second = await create(org, ctx);
      const one = await client.list(org, 'limit=1');
      expect(one.status, one.text).toBe(200);
      expect(one.body.items.map((i) => i.id)).toEqual([second.id]);
      expect(one.body.nextCursor).toEqual(expect.any(String));
      const hundred = await client.list(org, 'limit=100');
      expect(hundred.status, hundred.text).toBe(200);
      expect(hundred.body.items.map((i) => i.id)).toEqual([second.id, first.id]);
      expect(hundred.body.nextCursor).toBeNull();
    });

    it('defaults limit to 25', async () => {
      const { org, ctx } = await fresh();
      for (let i = 0; i < 26; i++) await create(org, ctx);
      const first = await client.list(org);
      expect(first.status, first.text).toBe(200);
      expect(first.body.items).toHaveLength(25);
      expect(first.body.nextCursor).toEqual(expect.any(String));
      expect((await client.listAll(org, 'limit=25')).ids).toHaveLength(26);
    });

    it.each(['0', '101', 'abc', '-1', '1.5'])(
      'refuses limit=%s with 400 validation_failed naming limit',
      async (limit) => {
        expectInvalidField(await client.list(newOrg(collection), `limit=${limit}`), 'limit');
      },
    );

    it('refuses an unknown query parameter with 400 validation_failed naming it', async () => {
      expectInvalidField(await client.list(newOrg(collection), 'color=red'), 'color');
    });

    describe('cursors', () => {
      let org = '';
      let cursor = '';
      let otherOrgCursor = '';
      let otherListCursor = '';

      beforeAll(async () => {
        const here = await fresh();
        org = here.org;
        for (let i = 0; i < 4; i++) await create(org, here.ctx);
        const elsewhere = await fresh();
        for (let i = 0; i < 2; i++) await create(elsewhere.org, elsewhere.ctx);
        for (let i = 0; i < 2; i++) {
          const res = await api.request('POST', `/orgs/${org}/${otherCollection}`, {
            body: { name: 'Other' },
          });
          expect(res.status, res.text).toBe(201);
        }
        const first = await client.list(org, 'limit=1');
        expect(first.body.nextCursor).toEqual(expect.any(String));
        cursor = first.body.nextCursor ?? '';
        const otherFirst = await client.list(elsewhere.org, 'limit=1');
        expect(otherFirst.body.nextCursor).toEqual(expect.any(String));
        otherOrgCursor = otherFirst.body.nextCursor ?? '';
        const otherList = await api.request<{ nextCursor: string | null }>(
          'GET',
          `/orgs/${org}/${otherCollection}?limit=1`,
        );
        expect(otherList.body.nextCursor).toEqual(expect.any(String));
        otherListCursor = otherList.body.nextCursor ?? '';
      });

      const withCursor = (c: string, limit = 1) =>
        client.list(org, `limit=${limit}&cursor=${encodeURIComponent(c)}`);

      it('accepts the untampered cursor', async () => {
        const res = await withCursor(cursor);
        expect(res.status, res.text).toBe(200);
        expect(res.body.items).toHaveLength(1);
      });

      it('accepts a cursor with another limit than the page that issued it', async () => {
        const res = await withCursor(cursor, 2);
        expect(res.status, res.text).toBe(200);
        expect(res.body.items).toHaveLength(2);
      });

      it('refuses a cursor with one character flipped with 400 invalid_cursor', async () => {
        for (const at of [0, Math.floor(cursor.length / 2), cursor.length - 1]) {
          const index = cursor[at] === '.' ? at + 1 : at;
          const original = cursor[index] ?? '';
          const flipped = original === 'A' ? 'B' : 'A';
          const tampered = `${cursor.slice(0, index)}${flipped}${cursor.slice(index + 1)}`;
          expect(tampered).not.toBe(cursor);
          expectProblem(await withCursor(tampered), 400, 'invalid_cursor');
        }
      });

      it('refuses a truncated cursor with 400 invalid_cursor', async () => {
        for (const cut of [cursor.slice(0, -3), cursor.slice(3), cursor.slice(0, cursor.length / 2)]) {
          expectProblem(await withCursor(cut), 400, 'invalid_cursor');
        }
      });

      it('refuses garbage and a cursor with characters added, with or without a limit, with 400 invalid_cursor', async () => {
        for (const garbage of [
          'abc',
          'nope',
          'garbage',
          'not.a.cursor',
          '%%%',
          'eyJ9.eyJ9',
          `${cursor}.extra`,
          `${cursor}x`,
        ]) {
          expectProblem(await withCursor(garbage), 400, 'invalid_cursor');
          expectProblem(
            await client.list(org, `cursor=${encodeURIComponent(garbage)}`),
            400,
            'invalid_cursor',
          );
        }
      });

      it('refuses an oversized garbage cursor with 400 invalid_cursor too', async () => {
        expectProblem(await withCursor('A'.repeat(3000)), 400, 'invalid_cursor');
      });

      it("refuses another org's cursor with 400 invalid_cursor", async () => {
        expectProblem(await withCursor(otherOrgCursor), 400, 'invalid_cursor');
      });

      it(`refuses a cursor of the ${otherCollection} list with 400 invalid_cursor`, async () => {
        expectProblem(await withCursor(otherListCursor), 400, 'invalid_cursor');
      });
    });
  });
};
