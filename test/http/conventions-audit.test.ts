/**
 * The audit trail (API.md, "Audit events") over HTTP, on the package and offer routes: exactly one
 * event per change with its actor, before and after, the filters and paging of the list, and no
 * event for a refused request.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuditEventResource } from '../../shared/audit/schemas.ts';
import type { Page } from '../../shared/db/pagination.ts';
import { localToken, signToken } from '../../shared/local/jwt.ts';
import type { OfferResource } from '../../shared/offers/schemas.ts';
import type { PackageResource } from '../../shared/packages/schemas.ts';
import { newOrg, useApi, viewerToken, walkPages } from '../support/api.ts';
import { commonRefusals, conventionsClient, expectProblem, type Refusal } from '../support/conventions.ts';
import { ISO_MS, MISSING_OFF, MISSING_PKG, pkgBody } from '../support/fixtures.ts';

const EVT_ID = /^evt_[0-9A-HJKMNP-TV-Z]{26}$/;

const api = useApi();
const { createPackage, createOffer, auditList, actions, seed } = conventionsClient(api);
describe('audit events', () => {
  const actorToken = (org: string) =>
    localToken({ org, role: 'admin', sub: 'user-42', email: 'ann@example.com' });
  const actor = { sub: 'user-42', email: 'ann@example.com' };

  const expectEventShape = (event: AuditEventResource) => {
    expect(event.id).toMatch(EVT_ID);
    expect(event.at).toMatch(ISO_MS);
    expect(event).not.toHaveProperty('version');
  };

  /**
   * Asserts that the newest three events are the delete, update and create of `created` by `actor`,
   * whose images are exactly the public resource, and that every event has an event's shape.
   */
  const expectTrail = (
    events: AuditEventResource[],
    entityType: string,
    created: { id: string },
    updated: unknown,
  ) => {
    const about = { actor, entityType, entityId: created.id };
    const [del, upd, cre] = events;
    expect(cre).toMatchObject({ ...about, action: `${entityType}.created`, before: null, after: created });
    expect(upd).toMatchObject({ ...about, action: `${entityType}.updated`, before: created, after: updated });
    expect(del).toMatchObject({ ...about, action: `${entityType}.deleted`, before: updated, after: null });
    for (const event of events) expectEventShape(event);
    // The images are exactly the public resource: nothing internal added, nothing missing.
    expect([cre?.before, cre?.after, upd?.before, upd?.after, del?.before, del?.after]).toEqual([
      null,
      created,
      created,
      updated,
      updated,
      null,
    ]);
  };

  it('records exactly one event per package create, update and delete, newest first', async () => {
    const org = newOrg();
    const token = actorToken(org);
    const created = await api.request<PackageResource>('POST', `/orgs/${org}/packages`, {
      token,
      body: pkgBody(),
    });
    expect(created.status).toBe(201);
    expect(await auditList(org)).toHaveLength(1);
    const updated = await api.request<PackageResource>('PATCH', `/orgs/${org}/packages/${created.body.id}`, {
      token,
      body: { name: 'Renamed', description: 'Now described' },
    });
    expect(updated.status).toBe(200);
    expect(await auditList(org)).toHaveLength(2);
    const deleted = await api.request('DELETE', `/orgs/${org}/packages/${created.body.id}`, { token });
    expect(deleted.status).toBe(204);

    const events = await auditList(org);
    expect(events).toHaveLength(3);
    expectTrail(events, 'package', created.body, updated.body);
    const [del, , cre] = events;
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(3);
    expect([...ids].sort().reverse()).toEqual(ids);
    expect(Date.parse(del?.at ?? '')).toBeGreaterThanOrEqual(Date.parse(cre?.at ?? ''));
  });

  it('records exactly one event per offer create, update and delete, and none for the package it points at', async () => {
    const org = newOrg();
    const token = actorToken(org);
    const a = await createPackage(org, token);
    const b = await createPackage(org, token);
    const created = await api.request<OfferResource>('POST', `/orgs/${org}/offers`, {
      token,
      body: { status: 'active', code: 'OFF1', name: 'Offer', packageId: a.id },
    });
    expect(created.status).toBe(201);
    const updated = await api.request<OfferResource>('PATCH', `/orgs/${org}/offers/${created.body.id}`, {
      token,
      body: { packageId: b.id, status: 'inactive' },
    });
    expect(updated.status).toBe(200);
    expect((await api.request('DELETE', `/orgs/${org}/offers/${created.body.id}`, { token })).status).toBe(
      204,
    );

    const events = await auditList(org);
    expect(events.map((e) => e.action)).toEqual([
      'offer.deleted',
      'offer.updated',
      'offer.created',
      'package.created',
      'package.created',
    ]);
    expectTrail(events, 'offer', created.body, updated.body);
  });

  it('records the actor email as null when the token has none', async () => {
    const org = newOrg();
    const token = signToken({ sub: 'svc-7', 'cognito:groups': ['admin'], 'custom:orgs': org });
    await createPackage(org, token);
    const [event] = await auditList(org);
    expect(event?.actor).toEqual({ sub: 'svc-7', email: null });
  });

  it('records each actor separately', async () => {
    const org = newOrg();
    await createPackage(org, localToken({ org, role: 'admin', sub: 'alice', email: 'alice@x.io' }));
    await createPackage(org, localToken({ org, role: 'admin', sub: 'bob', email: 'bob@x.io' }));
    expect((await auditList(org)).map((e) => e.actor)).toEqual([
      { sub: 'bob', email: 'bob@x.io' },
      { sub: 'alice', email: 'alice@x.io' },
    ]);
  });

  describe('filters', () => {
    const org = newOrg('audit-filters');
    let p1: PackageResource;
    let p2: PackageResource;
    let o1: OfferResource;

    beforeAll(async () => {
      p1 = await createPackage(org);
      p2 = await createPackage(org);
      o1 = await createOffer(org, p1.id);
      expect(
        (await api.request('PATCH', `/orgs/${org}/packages/${p1.id}`, { body: { tier: 5 } })).status,
      ).toBe(200);
      expect(
        (await api.request('PATCH', `/orgs/${org}/offers/${o1.id}`, { body: { name: 'N' } })).status,
      ).toBe(200);
      expect((await api.request('DELETE', `/orgs/${org}/packages/${p2.id}`)).status).toBe(204);
    });

    it('lists every event newest first', async () => {
      expect(await actions(org)).toEqual([
        'package.deleted',
        'offer.updated',
        'package.updated',
        'offer.created',
        'package.created',
        'package.created',
      ]);
    });

    it('filters by entityType', async () => {
      const packages = await auditList(org, 'entityType=package');
      expect(packages.map((e) => e.action)).toEqual([
        'package.deleted',
        'package.updated',
        'package.created',
        'package.created',
      ]);
      expect(packages.every((e) => e.entityType === 'package')).toBe(true);
      expect(await actions(org, 'entityType=offer')).toEqual(['offer.updated', 'offer.created']);
      expect(await auditList(org, 'entityType=plan')).toEqual([]);
    });

    it('filters by entityId', async () => {
      const events = await auditList(org, `entityId=${p1.id}`);
      expect(events.map((e) => e.action)).toEqual(['package.updated', 'package.created']);
      expect(events.every((e) => e.entityId === p1.id)).toBe(true);
      expect(await actions(org, `entityId=${p2.id}`)).toEqual(['package.deleted', 'package.created']);
      expect(await actions(org, `entityId=${o1.id}`)).toEqual(['offer.updated', 'offer.created']);
      expect(await auditList(org, `entityId=${MISSING_PKG}`)).toEqual([]);
    });

    it('filters by entityType and entityId together', async () => {
      expect(await actions(org, `entityType=package&entityId=${p1.id}`)).toEqual([
        'package.updated',
        'package.created',
      ]);
      expect(await actions(org, `entityType=offer&entityId=${o1.id}`)).toEqual([
        'offer.updated',
        'offer.created',
      ]);
      expect(await auditList(org, `entityType=offer&entityId=${p1.id}`)).toEqual([]);
    });

    it('pages through the events without losing or repeating any', async () => {
      const all = (await auditList(org)).map((e) => e.id);
      const { items } = await walkPages(
        (query) => api.request<Page<AuditEventResource>>('GET', `/orgs/${org}/audit-events?${query}`),
        2,
        20,
      );
      expect(items.map((e) => e.id)).toEqual(all);
    });

    it('refuses a bad limit with 400 validation_failed', async () => {
      for (const limit of ['0', '101', 'abc']) {
        expectProblem(
          await api.request('GET', `/orgs/${org}/audit-events?limit=${limit}`),
          400,
          'validation_failed',
        );
      }
    });

    it('lets a viewer read them', async () => {
      const res = await api.request<Page<AuditEventResource>>('GET', `/orgs/${org}/audit-events`, {
        token: viewerToken(org),
      });
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(6);
    });
  });

  it('records nothing for a refused request', async () => {
    const { org, pkg, offer } = await seed();
    const other = await createPackage(org);
    const refused: Refusal[] = [
      ...commonRefusals(api, { org, pkg }, other),
      [
        () => api.request('POST', `/orgs/${org}/packages`, { body: pkgBody({ tier: 1001 }) }),
        400,
        'validation_failed',
      ],
      [
        () => api.request('POST', `/orgs/${org}/packages`, { body: pkgBody({ version: 1 }) }),
        400,
        'validation_failed',
      ],
      [
        () => api.request('PATCH', `/orgs/${org}/packages/${pkg.id}`, { body: { name: '' } }),
        400,
        'validation_failed',
      ],
      [
        () => api.request('PATCH', `/orgs/${org}/offers/${offer.id}`, { body: { bogus: 1 } }),
        400,
        'validation_failed',
      ],
      [
        () =>
          api.request('POST', `/orgs/${org}/packages`, { body: pkgBody({ code: pkg.code.toUpperCase() }) }),
        409,
        'code_taken',
      ],
      [
        () =>
          api.request('POST', `/orgs/${org}/offers`, {
            body: { status: 'active', code: offer.code.toLowerCase(), name: 'x', packageId: pkg.id },
          }),
        409,
        'code_taken',
      ],
      [
        () =>
          api.request('PATCH', `/orgs/${org}/packages/${pkg.id}`, {
            body: { name: 'x' },
            headers: { 'if-match': '"2"' },
          }),
        412,
        'version_mismatch',
      ],
      [
        () => api.request('DELETE', `/orgs/${org}/offers/${offer.id}`, { headers: { 'if-match': '"3"' } }),
        412,
        'version_mismatch',
      ],
      [
        () => api.request('PATCH', `/orgs/${org}/offers/${offer.id}`, { body: { packageId: MISSING_PKG } }),
        422,
        'reference_not_found',
      ],
      [
        () => api.request('PATCH', `/orgs/${org}/packages/${MISSING_PKG}`, { body: { name: 'x' } }),
        404,
        'not_found',
      ],
      [() => api.request('DELETE', `/orgs/${org}/offers/${MISSING_OFF}`), 404, 'not_found'],
      [
        () => api.request('POST', `/orgs/${org}/packages`, { body: pkgBody(), token: viewerToken(org) }),
        403,
        'forbidden',
      ],
      [
        () => api.request('POST', `/orgs/${org}/packages`, { body: pkgBody(), token: null }),
        401,
        'unauthorized',
      ],
    ];
    for (const [send, status, code] of refused) expectProblem(await send(), status, code);
    expect(await actions(org)).toEqual(['package.created', 'offer.created', 'package.created']);
    expect((await api.request('GET', `/orgs/${org}/packages/${pkg.id}`)).body).toEqual(pkg);
    expect((await api.request('GET', `/orgs/${org}/offers/${offer.id}`)).body).toEqual(offer);
  });
});
