import { describe, expect, it } from 'vitest';
import type { OperationContext } from '../../shared/context.ts';
import { db } from '../../shared/db/service.ts';
import { DomainError } from '../../shared/errors.ts';
import { createOffer, deleteOffer, updateOffer } from '../../shared/offers/operations.ts';
import { createPackage, deletePackage, updatePackage } from '../../shared/packages/resource.ts';
import { newOrg } from '../support/api.ts';

const ctxFor = (orgId: string, extra: Partial<OperationContext> = {}): OperationContext => ({
  orgId,
  actor: { sub: 'tester', email: 'tester@example.com' },
  now: new Date(),
  ...extra,
});

const refCount = async (orgId: string, id: string) =>
  (await db.package.get({ organizationId: orgId, id }).go({ consistent: true })).data?.refCount;

const guardOwner = async (orgId: string, kind: 'package-code' | 'offer-code', value: string) =>
  (await db.guard.get({ organizationId: orgId, kind, value }).go({ consistent: true })).data?.ownerId;

const events = async (orgId: string) =>
  (await db.auditEvent.query.primary({ organizationId: orgId }).go()).data;

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return error instanceof DomainError ? error.code : String(error);
  }
};

describe('package and offer operations', () => {
  it('writes the package, its lower-cased code guard and its audit event together', async () => {
    const org = newOrg();
    const created = await createPackage(ctxFor(org), {
      status: 'active',
      code: 'Gold',
      name: 'Gold',
      tier: 2,
    });
    expect(await guardOwner(org, 'package-code', 'gold')).toBe(created.id);
    const [event] = await events(org);
    expect(event).toMatchObject({ action: 'package.created', entityId: created.id, actorSub: 'tester' });
    expect(JSON.parse(event?.after ?? 'null')).toEqual(created);
  });

  it('writes no audit event and no guard when the transaction is refused', async () => {
    const org = newOrg();
    await createPackage(ctxFor(org), { status: 'active', code: 'A', name: 'A', tier: 0 });
    expect(
      await codeOf(createPackage(ctxFor(org), { status: 'active', code: 'a', name: 'B', tier: 0 })),
    ).toBe('code_taken');
    expect(await events(org)).toHaveLength(1);
    expect((await db.package.query.primary({ organizationId: org }).go()).data).toHaveLength(1);
  });

  it('moves the code guard on a code change and releases it on delete', async () => {
    const org = newOrg();
    const p = await createPackage(ctxFor(org), { status: 'active', code: 'OLD', name: 'P', tier: 0 });
    await updatePackage(ctxFor(org), p.id, { code: 'NEW' });
    expect(await guardOwner(org, 'package-code', 'old')).toBeUndefined();
    expect(await guardOwner(org, 'package-code', 'new')).toBe(p.id);
    await deletePackage(ctxFor(org), p.id);
    expect(await guardOwner(org, 'package-code', 'new')).toBeUndefined();
  });

  it('counts offer references on the package exactly, through create, move and delete', async () => {
    const org = newOrg();
    const a = await createPackage(ctxFor(org), { status: 'active', code: 'A', name: 'A', tier: 0 });
    const b = await createPackage(ctxFor(org), { status: 'active', code: 'B', name: 'B', tier: 0 });
    const o1 = await createOffer(ctxFor(org), { status: 'active', code: 'O1', name: 'O1', packageId: a.id });
    await createOffer(ctxFor(org), { status: 'active', code: 'O2', name: 'O2', packageId: a.id });
    expect(await refCount(org, a.id)).toBe(2);
    await updateOffer(ctxFor(org), o1.id, { packageId: b.id });
    expect(await refCount(org, a.id)).toBe(1);
    expect(await refCount(org, b.id)).toBe(1);
    await deleteOffer(ctxFor(org), o1.id);
    expect(await refCount(org, b.id)).toBe(0);
    expect(await codeOf(deletePackage(ctxFor(org), a.id))).toBe('package_in_use');
    expect(await codeOf(deletePackage(ctxFor(org), b.id))).toBe('ok');
  });

  it('never returns internal attributes', async () => {
    const org = newOrg();
    const p = await createPackage(ctxFor(org), { status: 'active', code: 'I', name: 'I', tier: 0 });
    expect(Object.keys(p).sort()).toEqual(
      [
        'code',
        'createdAt',
        'description',
        'id',
        'name',
        'organizationId',
        'status',
        'tier',
        'updatedAt',
        'version',
      ].sort(),
    );
  });

  it('refuses a write whose If-Match is stale before touching anything', async () => {
    const org = newOrg();
    const p = await createPackage(ctxFor(org), { status: 'active', code: 'V', name: 'V', tier: 0 });
    await updatePackage(ctxFor(org), p.id, { name: 'V2' });
    expect(await codeOf(updatePackage(ctxFor(org, { expectedVersion: 1 }), p.id, { name: 'V3' }))).toBe(
      'version_mismatch',
    );
    expect(await codeOf(deletePackage(ctxFor(org, { expectedVersion: 1 }), p.id))).toBe('version_mismatch');
    expect(await codeOf(updatePackage(ctxFor(org, { expectedVersion: 2 }), p.id, { name: 'V3' }))).toBe('ok');
  });

  it('does not bump the version or record an event for a PATCH that changes nothing', async () => {
    const org = newOrg();
    const p = await createPackage(ctxFor(org), { status: 'active', code: 'S', name: 'Same', tier: 0 });
    const same = await updatePackage(ctxFor(org), p.id, { name: 'Same', description: null });
    expect(same.version).toBe(1);
    expect(await events(org)).toHaveLength(1);
  });
});
