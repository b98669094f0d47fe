import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { type CrudSpec, type FieldSpec, type Item, ResourceDialog } from '../crud.tsx';
import { useSession } from '../session.tsx';
import { formatDate, formatMoney, type Money, StatusBadge, useList } from '../ui.tsx';
import { SubscriberEntitlements } from './entitlements.tsx';
import { RedeemButton } from './redeem.tsx';

const str = (value: unknown) => (value === null || value === undefined ? '' : String(value));
const named = (item: Record<string, unknown>) => str(item.name);

export const CYCLES = ['daily', 'weekly', 'monthly', 'quarterly', 'semiannual', 'annual', 'custom'] as const;

const packageRef = {
  path: 'packages',
  label: (p: Record<string, unknown>) => `${str(p.code)} — ${str(p.name)}`,
};
const companyRef = { path: 'companies', label: named };
const planRef = {
  path: 'plans',
  label: (p: Record<string, unknown>) => `${str(p.name)} (${str(p.slug)})`,
};

/** `3 / 10`, or `3 (unlimited)`: an offer's redemptions against its limit. */
const redemptions = (o: Record<string, unknown>) =>
  o.maxRedemptions === null || o.maxRedemptions === undefined
    ? `${str(o.redemptionCount)} (unlimited)`
    : `${str(o.redemptionCount)} / ${str(o.maxRedemptions)}`;

const validity = (o: Record<string, unknown>) =>
  !o.validFrom && !o.validUntil
    ? 'always'
    : `${o.validFrom ? formatDate(str(o.validFrom)) : '…'} → ${o.validUntil ? formatDate(str(o.validUntil)) : '…'}`;
const rootProductRef = {
  path: 'products',
  label: named,
  accept: (p: Record<string, unknown>) => !p.parentId,
};

/** LMS "subscription packages": Code, Name, Tier, Status, Description, Edit / Delete. */
export const PACKAGES: CrudSpec = {
  title: 'Packages',
  collection: 'packages',
  singular: 'package',
  newLabel: 'New package',
  display: (p) => str(p.code),
  deleteWarning: 'Deletion is permanent. If unsure, set the package to inactive instead.',
  fields: [
    {
      name: 'status',
      label: 'Status',
      kind: 'select',
      options: ['active', 'inactive'],
      required: true,
      defaultValue: 'active',
    },
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
    { header: 'Code', cell: (p) => str(p.code) },
    { header: 'Name', cell: (p) => str(p.name) },
    { header: 'Tier', cell: (p) => str(p.tier) },
    { header: 'Status', cell: (p) => <StatusBadge status={str(p.status)} /> },
    { header: 'Description', cell: (p) => str(p.description) },
  ],
  filters: [{ name: 'status', label: 'Status', kind: 'select', options: ['active', 'inactive'] }],
};

/**
 * LMS "subscriptions" learners activate: Code, Name, Package, Status, what a redemption grants (plan,
 * cycle), its limits (count, window), Edit / Delete, and "Redeem" (a code for a learner).
 */
export const OFFERS: CrudSpec = {
  title: 'Offers',
  collection: 'offers',
  singular: 'offer',
  newLabel: 'New offer',
  display: (o) => str(o.code),
  deleteWarning: 'Deletion is permanent. If unsure, set the offer to inactive instead.',
  fields: [
    {
      name: 'status',
      label: 'Status',
      kind: 'select',
      options: ['active', 'inactive'],
      required: true,
      defaultValue: 'active',
    },
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
    { header: 'Code', cell: (o) => str(o.code) },
    { header: 'Name', cell: (o) => str(o.name) },
    { header: 'Package', cell: (o, names) => names.get(str(o.packageId)) ?? str(o.packageId) },
    { header: 'Plan', cell: (o, names) => (o.planId ? (names.get(str(o.planId)) ?? str(o.planId)) : '—') },
    { header: 'Redemptions', cell: redemptions },
    { header: 'Valid', cell: validity },
    { header: 'Status', cell: (o) => <StatusBadge status={str(o.status)} /> },
  ],
  pageActions: (reload) => <RedeemButton onRedeemed={reload} />,
  filters: [
    { name: 'status', label: 'Status', kind: 'select', options: ['active', 'inactive'] },
    { name: 'packageId', label: 'Package', kind: 'ref', ref: packageRef },
  ],
};

export const PLAN_GROUPS: CrudSpec = {
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
    { header: 'Description', cell: (g) => str(g.description) },
  ],
};

export const COMPANIES: CrudSpec = {
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
    { header: 'Legal name', cell: (c) => str(c.legalName) },
    { header: 'Tax id', cell: (c) => str(c.taxId) },
  ],
};

export const SUBSCRIBERS: CrudSpec = {
  title: 'Subscribers',
  collection: 'subscribers',
  singular: 'subscriber',
  newLabel: 'New subscriber',
  display: (s) => str(s.username),
  deleteWarning: 'A subscriber who ever held a subscription cannot be deleted.',
  fields: [
    { name: 'username', label: 'Username', kind: 'text', required: true },
    { name: 'email', label: 'Email', kind: 'text', required: true },
    { name: 'name', label: 'Name', kind: 'text', nullable: true },
  ],
  columns: [
    { header: 'Username', cell: (s) => str(s.username) },
    { header: 'Email', cell: (s) => str(s.email) },
    { header: 'Name', cell: (s) => str(s.name) },
  ],
  filters: [
    { name: 'username', label: 'Username', kind: 'text' },
    { name: 'email', label: 'Email', kind: 'text' },
  ],
  detailExtra: (subscriber) => <SubscriberEntitlements subscriberId={subscriber.id} />,
};

const PRICE_FIELDS: FieldSpec[] = [
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
const Prices = ({ product }: { product: Item }) => {
  const { isAdmin } = useSession();
  const list = useList<Item>(`/products/${product.id}/prices`);
  const [editing, setEditing] = useState<Item | null | undefined>(undefined);
  const spec: CrudSpec = {
    title: 'Prices',
    collection: 'prices',
    createPath: `/products/${product.id}/prices`,
    singular: 'price',
    newLabel: 'New price',
    display: (p) => formatMoney(p as unknown as Money),
    fields: PRICE_FIELDS,
    columns: [],
  };
  return (
    <Stack gap="xs">
      <Group justify="space-between" maw={800}>
        <Text fw={600}>Prices</Text>
        {isAdmin && (
          <Button size="xs" onClick={() => setEditing(null)}>
            New price
          </Button>
        )}
      </Group>
      <Table striped maw={800} aria-label="Prices">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Amount</Table.Th>
            <Table.Th>Cycle</Table.Th>
            <Table.Th>Nickname</Table.Th>
            <Table.Th>Active</Table.Th>
            {isAdmin && <Table.Th>Actions</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.items.map((price) => (
            <Table.Tr key={price.id}>
              <Table.Td>{formatMoney(price as unknown as Money)}</Table.Td>
              <Table.Td>{str(price.cycle) || 'one-time'}</Table.Td>
              <Table.Td>{str(price.nickname)}</Table.Td>
              <Table.Td>{price.active ? 'yes' : 'no'}</Table.Td>
              {isAdmin && (
                <Table.Td>
                  <Button size="xs" variant="light" onClick={() => setEditing(price)}>
                    Edit
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ResourceDialog
        spec={spec}
        item={editing ?? null}
        opened={editing !== undefined}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          void list.reload();
        }}
        refItems={{}}
      />
    </Stack>
  );
};

export const PRODUCTS: CrudSpec = {
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
    { header: 'Parent', cell: (p, names) => names.get(str(p.parentId)) ?? '' },
    { header: 'Company', cell: (p, names) => names.get(str(p.companyId)) ?? '' },
    { header: 'Status', cell: (p) => <StatusBadge status={str(p.status)} /> },
  ],
  filters: [
    { name: 'status', label: 'Status', kind: 'select', options: ['active', 'archived'] },
    { name: 'companyId', label: 'Company', kind: 'ref', ref: companyRef },
  ],
  detailExtra: (product) => <Prices product={product} />,
};
