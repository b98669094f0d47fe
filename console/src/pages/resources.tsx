import { Button, Group, Stack, Table, Text } from '@mantine/core';
import type { Schemas } from '../api.ts';
import { type CrudSpec, type FieldSpec, type ItemOf, refTo, useEditDialog } from '../crud.tsx';
import { useSession } from '../session.tsx';
import { DateTime, formatMoney, StatusBadge, TableHead, useList } from '../ui.tsx';
import { SubscriberEntitlements } from './entitlements.tsx';
import { RedeemButton } from './redeem.tsx';

const named = (item: { name: string }) => item.name;

/** Every billing cycle, in the document's order. */
export const CYCLES = [
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'semiannual',
  'annual',
  'custom',
] as const satisfies readonly Schemas['Plan']['defaultCycle'][];

const packageRef = refTo('/packages', (p) => `${p.code} — ${p.name}`);
const companyRef = refTo('/companies', named);
const planRef = refTo('/plans', (p) => `${p.name} (${p.slug})`);
const rootProductRef = refTo('/products', named, (p) => !p.parentId);

/** The status filter of packages and offers, and their status field (active when created). */
const ACTIVE_STATUS_FILTER: FieldSpec<'status'> = {
  name: 'status',
  label: 'Status',
  kind: 'select',
  options: ['active', 'inactive'],
};
const ACTIVE_STATUS: FieldSpec<'status'> = {
  ...ACTIVE_STATUS_FILTER,
  required: true,
  defaultValue: 'active',
};

type Offer = ItemOf<'offers'>;

/** `3 / 10`, or `3 (unlimited)`: an offer's redemptions against its limit. */
const redemptions = (o: Offer) =>
  o.maxRedemptions === null
    ? `${o.redemptionCount} (unlimited)`
    : `${o.redemptionCount} / ${o.maxRedemptions}`;

const validity = (o: Offer) =>
  !o.validFrom && !o.validUntil ? (
    'always'
  ) : (
    <>
      {o.validFrom ? <DateTime iso={o.validFrom} /> : '…'} →{' '}
      {o.validUntil ? <DateTime iso={o.validUntil} /> : '…'}
    </>
  );

/** LMS "subscription packages": Code, Name, Tier, Status, Description, Edit / Delete. */
export const PACKAGES: CrudSpec<'packages'> = {
  title: 'Packages',
  collection: 'packages',
  singular: 'package',
  newLabel: 'New package',
  display: (p) => p.code,
  deleteWarning: 'Deletion is permanent. If unsure, set the package to inactive instead.',
  fields: [
    ACTIVE_STATUS,
    { name: 'code', label: 'Code', kind: 'text', required: true, description: 'e.g. FREE, PRO, PREM' },
    { name: 'name', label: 'Name', kind: 'text', required: true },
    {
      name: 'tier',
      label: 'Tier',
      kind: 'int',
      required: true,
      description: '0 = free, 1 = pro, 2 = premium',
    },
    { name: 'description', label: 'Description', kind: 'textarea', nullable: true },
  ],
  columns: [
    { header: 'Code', cell: (p) => p.code },
    { header: 'Name', cell: (p) => p.name },
    { header: 'Tier', cell: (p) => p.tier },
    { header: 'Status', cell: (p) => <StatusBadge status={p.status} /> },
    { header: 'Description', cell: (p) => p.description ?? '' },
  ],
  filters: [ACTIVE_STATUS_FILTER],
};

/**
 * LMS "subscriptions" learners activate: Code, Name, Package, Status, what a redemption grants (plan,
 * cycle), its limits (count, window), Edit / Delete, and "Redeem" (a code for a learner).
 */
export const OFFERS: CrudSpec<'offers'> = {
  title: 'Offers',
  collection: 'offers',
  singular: 'offer',
  newLabel: 'New offer',
  display: (o) => o.code,
  deleteWarning: 'Deletion is permanent. If unsure, set the offer to inactive instead.',
  fields: [
    ACTIVE_STATUS,
    { name: 'code', label: 'Code', kind: 'text', required: true, description: 'e.g. SUB_PRO2025' },
    { name: 'name', label: 'Name', kind: 'text', required: true },
    { name: 'packageId', label: 'Package', kind: 'ref', required: true, ref: packageRef },
    {
      name: 'planId',
      label: 'Plan',
      kind: 'ref',
      ref: planRef,
      nullable: true,
      description: 'What a redemption subscribes to (a plan of the same package); none: not redeemable',
    },
    {
      name: 'billingCycle',
      label: 'Billing cycle',
      kind: 'select',
      options: CYCLES,
      nullable: true,
      description: 'Empty: the plan’s default cycle',
    },
    {
      name: 'maxRedemptions',
      label: 'Max redemptions',
      kind: 'int',
      nullable: true,
      description: 'Empty: unlimited',
    },
    { name: 'validFrom', label: 'Valid from', kind: 'datetime', nullable: true },
    { name: 'validUntil', label: 'Valid until', kind: 'datetime', nullable: true },
  ],
  readOnly: [{ label: 'Redemptions', value: redemptions }],
  columns: [
    { header: 'Code', cell: (o) => o.code },
    { header: 'Name', cell: (o) => o.name },
    { header: 'Package', cell: (o, names) => names.get(o.packageId) ?? o.packageId },
    { header: 'Plan', cell: (o, names) => (o.planId ? (names.get(o.planId) ?? o.planId) : '—') },
    { header: 'Redemptions', cell: redemptions },
    { header: 'Valid', cell: validity },
    { header: 'Status', cell: (o) => <StatusBadge status={o.status} /> },
  ],
  pageActions: (reload) => <RedeemButton onRedeemed={reload} />,
  filters: [ACTIVE_STATUS_FILTER, { name: 'packageId', label: 'Package', kind: 'ref', ref: packageRef }],
};

export const PLAN_GROUPS: CrudSpec<'plan-groups'> = {
  title: 'Plan groups',
  collection: 'plan-groups',
  singular: 'plan group',
  newLabel: 'New plan group',
  display: named,
  deleteWarning: 'A group can only be deleted once no plan is in it.',
  fields: [
    { name: 'name', label: 'Name', kind: 'text', required: true },
    { name: 'description', label: 'Description', kind: 'textarea', nullable: true },
  ],
  columns: [
    { header: 'Name', cell: named },
    { header: 'Description', cell: (g) => g.description ?? '' },
  ],
};

export const COMPANIES: CrudSpec<'companies'> = {
  title: 'Companies',
  collection: 'companies',
  singular: 'company',
  newLabel: 'New company',
  display: named,
  fields: [
    { name: 'name', label: 'Name', kind: 'text', required: true },
    { name: 'legalName', label: 'Legal name', kind: 'text', nullable: true },
    { name: 'taxId', label: 'Tax id', kind: 'text', nullable: true },
  ],
  columns: [
    { header: 'Name', cell: named },
    { header: 'Legal name', cell: (c) => c.legalName ?? '' },
    { header: 'Tax id', cell: (c) => c.taxId ?? '' },
  ],
};

export const SUBSCRIBERS: CrudSpec<'subscribers'> = {
  title: 'Subscribers',
  collection: 'subscribers',
  singular: 'subscriber',
  newLabel: 'New subscriber',
  display: (s) => s.username,
  deleteWarning: 'A subscriber who ever held a subscription cannot be deleted.',
  fields: [
    { name: 'username', label: 'Username', kind: 'text', required: true },
    { name: 'email', label: 'Email', kind: 'text', required: true },
    { name: 'name', label: 'Name', kind: 'text', nullable: true },
  ],
  columns: [
    { header: 'Username', cell: (s) => s.username },
    { header: 'Email', cell: (s) => s.email },
    { header: 'Name', cell: (s) => s.name ?? '' },
  ],
  filters: [
    { name: 'username', label: 'Username', kind: 'text' },
    { name: 'email', label: 'Email', kind: 'text' },
  ],
  detailExtra: (subscriber) => <SubscriberEntitlements subscriberId={subscriber.id} />,
};

const PRICE_FIELDS: CrudSpec<'prices'>['fields'] = [
  {
    name: 'amount',
    label: 'Amount (minor units)',
    kind: 'int',
    required: true,
    createOnly: true,
    description: 'e.g. 1500 = 15.00',
  },
  {
    name: 'currency',
    label: 'Currency',
    kind: 'text',
    required: true,
    createOnly: true,
    defaultValue: 'USD',
  },
  { name: 'cycle', label: 'Cycle (empty: one-time)', kind: 'select', options: CYCLES, createOnly: true },
  { name: 'nickname', label: 'Nickname', kind: 'text', nullable: true },
  { name: 'active', label: 'Active', kind: 'bool', defaultValue: 'true' },
];

/** A product's prices: amount and currency are fixed at create; nickname and active can change. */
const Prices = ({ product }: { product: ItemOf<'products'> }) => {
  const { isAdmin } = useSession();
  const list = useList('/products/{productId}/prices', { path: { productId: product.id } });
  const spec: CrudSpec<'prices'> = {
    title: 'Prices',
    collection: 'prices',
    within: { productId: product.id },
    singular: 'price',
    newLabel: 'New price',
    display: (p) => formatMoney(p),
    fields: PRICE_FIELDS,
    columns: [],
  };
  const editor = useEditDialog(spec, {}, () => void list.reload());
  return (
    <Stack gap="xs">
      <Group justify="space-between" maw={800}>
        <Text fw={600}>Prices</Text>
        {isAdmin && (
          <Button size="xs" onClick={() => editor.edit(null)}>
            New price
          </Button>
        )}
      </Group>
      <Table striped maw={800} aria-label="Prices">
        <TableHead columns={['Amount', 'Cycle', 'Nickname', 'Active']} actions={isAdmin} />
        <Table.Tbody>
          {list.items.map((price) => (
            <Table.Tr key={price.id}>
              <Table.Td>{formatMoney(price)}</Table.Td>
              <Table.Td>{price.cycle ?? 'one-time'}</Table.Td>
              <Table.Td>{price.nickname ?? ''}</Table.Td>
              <Table.Td>{price.active ? 'yes' : 'no'}</Table.Td>
              {isAdmin && (
                <Table.Td>
                  <Button size="xs" variant="light" onClick={() => editor.edit(price)}>
                    Edit
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {editor.dialog}
    </Stack>
  );
};

export const PRODUCTS: CrudSpec<'products'> = {
  title: 'Products',
  collection: 'products',
  singular: 'product',
  newLabel: 'New product',
  display: named,
  deleteWarning: 'Deleting a product deletes its prices too. Products used by a plan cannot be deleted.',
  fields: [
    { name: 'name', label: 'Name', kind: 'text', required: true },
    { name: 'description', label: 'Description', kind: 'textarea', nullable: true },
    { name: 'parentId', label: 'Parent product', kind: 'ref', ref: rootProductRef },
    { name: 'companyId', label: 'Company', kind: 'ref', ref: companyRef },
    {
      name: 'status',
      label: 'Status',
      kind: 'select',
      options: ['active', 'archived'],
      defaultValue: 'active',
    },
  ],
  columns: [
    { header: 'Name', cell: named },
    { header: 'Parent', cell: (p, names) => (p.parentId ? (names.get(p.parentId) ?? '') : '') },
    { header: 'Company', cell: (p, names) => (p.companyId ? (names.get(p.companyId) ?? '') : '') },
    { header: 'Status', cell: (p) => <StatusBadge status={p.status} /> },
  ],
  filters: [
    { name: 'status', label: 'Status', kind: 'select', options: ['active', 'archived'] },
    { name: 'companyId', label: 'Company', kind: 'ref', ref: companyRef },
  ],
  detailExtra: (product) => <Prices product={product} />,
};
