import { describe, it, vi } from 'vitest';
import { createPackage } from '../support/catalog.ts';
import { offerBody, pkgBody, rand } from '../support/fixtures.ts';
import { eventAbout, useFaultMatrix } from './harness.ts';

// The fault matrix (harness.ts) over package and offer writes. Every case empties and Scans the
// whole table: it must be this file's alone.
const table = await vi.hoisted(async () =>
  (await import('../support/own-table.ts')).useOwnTable('faults-catalog'),
);
const { run } = useFaultMatrix('catalog', table.shared);

describe('a package or offer write that meets a database fault absorbs it, or answers 503/500 having written nothing', () => {
  it('package create', () =>
    run({
      name: 'package create',
      setup: async () => ({ body: pkgBody() }),
      call: (org, f) => ({ method: 'POST', path: `/orgs/${org}/packages`, body: f.body }),
      status: 201,
      change: {
        change: ['+package', '+guard:package-code', '+auditEvent:package.created', '+idempotency:completed'],
      },
      verify: eventAbout('package'),
    }));

  it('package update (code and name: the code guard moves)', () =>
    run({
      name: 'package update',
      setup: async (api, org) => createPackage(api, org),
      call: (org, pkg) => ({
        method: 'PATCH',
        path: `/orgs/${org}/packages/${pkg.id}`,
        body: { name: 'Renamed', code: `R${rand()}` },
      }),
      status: 200,
      change: {
        change: [
          '~package[code,name,updatedAt,version]',
          '-guard:package-code',
          '+guard:package-code',
          '+auditEvent:package.updated',
        ],
      },
      verify: eventAbout('package'),
    }));

  it('package delete', () =>
    run({
      name: 'package delete',
      setup: async (api, org) => createPackage(api, org),
      call: (org, pkg) => ({ method: 'DELETE', path: `/orgs/${org}/packages/${pkg.id}` }),
      status: 204,
      change: { change: ['-package', '-guard:package-code', '+auditEvent:package.deleted'] },
      verify: eventAbout('package'),
    }));

  it('offer create (counts a reference on its package)', () =>
    run({
      name: 'offer create',
      setup: async (api, org) => createPackage(api, org),
      call: (org, pkg) => ({ method: 'POST', path: `/orgs/${org}/offers`, body: offerBody(pkg.id) }),
      status: 201,
      change: {
        change: [
          '+offer',
          '~package[refCount]',
          '+guard:offer-code',
          '+auditEvent:offer.created',
          '+idempotency:completed',
        ],
      },
      verify: eventAbout('offer'),
    }));
});
