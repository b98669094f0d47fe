import {
  Anchor,
  Badge,
  Button,
  Code,
  Group,
  List,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { components } from '../api-types.ts';
import { useSession } from '../session.tsx';
import {
  DateTime,
  formatMoney,
  LoadMore,
  limitsText,
  NameCell,
  ProblemAlert,
  RowTable,
  TableHead,
  useAll,
  useList,
  useResource,
} from '../ui.tsx';
import { useNames } from './use-names.ts';

/** A plan as the public catalog shows it to anyone (generated from the OpenAPI document). */
type CatalogPlan = components['schemas']['CatalogPlan'];
type Cycle = CatalogPlan['defaultCycle'];

const PER: Record<Exclude<Cycle, 'custom'>, string> = {
  daily: 'day',
  weekly: 'week',
  monthly: 'month',
  quarterly: 'quarter',
  semiannual: '6 months',
  annual: 'year',
};

/** `month`, `6 months`, `45 days`: the length of one billing cycle, as a customer reads it. */
const cycleLength = (plan: CatalogPlan, cycle: Cycle) =>
  cycle === 'custom' ? `${plan.customDays ?? '?'} days` : PER[cycle];

/** The price of the default cycle as money: `$29.00 / month`, or that it is not decided yet. */
export const priceText = (plan: CatalogPlan) =>
  plan.price
    ? `${formatMoney(plan.price)} / ${cycleLength(plan, plan.defaultCycle)}`
    : 'Price to be announced';

const cyclesText = (plan: CatalogPlan) =>
  plan.availableCycles.map((c) => (c === 'custom' ? `every ${plan.customDays ?? '?'} days` : c)).join(', ');

const trialText = (plan: CatalogPlan) =>
  plan.trialDays > 0 ? `${plan.trialDays}-day free trial` : 'No trial';

/** Where a client reads this plan, with no token: `GET {api}/orgs/{org}/catalog/plans/{slug}`. */
const publicAddress = (apiUrl: string, org: string, slug?: string) =>
  `${(apiUrl || window.location.origin).replace(/\/$/, '')}/orgs/${encodeURIComponent(org)}/catalog/plans${
    slug ? `/${encodeURIComponent(slug)}` : ''
  }`;

/**
 * The public catalog as end users see it (`GET /catalog/plans`: the active public plans, newest first,
 * filtered by package or group, paged with Load more), and a plan opened by its slug (private ones too).
 */
export const CatalogPage = () => {
  const { config, org } = useSession();
  const navigate = useNavigate();
  const [filters, setFilters] = useState<Record<string, string>>({});
  const [slug, setSlug] = useState('');
  const list = useList('/catalog/plans', {
    query: { packageId: filters.packageId, groupId: filters.groupId },
  });
  const packages = useAll('/packages');
  const groups = useAll('/plan-groups');
  const filter = (name: string, label: string, data: { value: string; label: string }[]) => (
    <Select
      label={label}
      data={data}
      value={filters[name] ?? null}
      clearable
      searchable
      onChange={(v) => setFilters((f) => ({ ...f, [name]: v ?? '' }))}
      w={220}
    />
  );
  return (
    <Stack>
      <Title order={2}>Public catalog</Title>
      <Text size="sm">
        What end users see: the active public plans, as <Code>GET {publicAddress(config.apiUrl, org)}</Code>{' '}
        answers anyone, without a token. A private plan is not listed; it opens by its slug.
      </Text>
      <Group align="flex-end">
        {filter(
          'packageId',
          'Package',
          packages.items.map((p) => ({ value: p.id, label: p.code })),
        )}
        {filter(
          'groupId',
          'Group',
          groups.items.map((g) => ({ value: g.id, label: g.name })),
        )}
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (slug.trim()) navigate(`/catalog/${encodeURIComponent(slug.trim())}`);
          }}
        >
          <Group align="flex-end" gap="xs">
            <TextInput label="Plan slug" value={slug} onChange={(e) => setSlug(e.currentTarget.value)} />
            <Button type="submit" variant="light">
              Open
            </Button>
          </Group>
        </form>
      </Group>
      <ProblemAlert problem={list.problem} />
      <Table striped highlightOnHover aria-label="Public catalog">
        <TableHead columns={['Plan', 'Price', 'Billing', 'Trial', 'Included quota', 'Features']} />
        <Table.Tbody>
          {list.items.map((plan) => (
            <Table.Tr key={plan.id} data-plan={plan.slug}>
              <NameCell to={`/catalog/${encodeURIComponent(plan.slug)}`} name={plan.name} slug={plan.slug} />
              <Table.Td>{priceText(plan)}</Table.Td>
              <Table.Td>{cyclesText(plan)}</Table.Td>
              <Table.Td>{trialText(plan)}</Table.Td>
              <Table.Td>{plan.includedQuota ?? '—'}</Table.Td>
              <Table.Td>{plan.features.join(', ') || '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!list.loading && list.items.length === 0 && !list.problem && (
        <Text c="dimmed">No public plan is on sale.</Text>
      )}
      <LoadMore list={list} />
    </Stack>
  );
};

/** One plan of the catalog by its slug, as a customer would see it: `GET /catalog/plans/{slug}`. */
export const CatalogPlanPage = () => {
  const { slug = '' } = useParams();
  const { config, org } = useSession();
  const { item: plan, problem } = useResource('/catalog/plans/{slug}', { path: { slug } });
  const products = useNames(
    'products',
    (plan?.items ?? []).flatMap((item) => [item.productId, ...item.childProductIds]),
    (p) => p.name,
  );
  const back = (
    <Anchor component={Link} to="/catalog" size="sm">
      ← Public catalog
    </Anchor>
  );
  if (!plan)
    return (
      <Stack>
        {back}
        <Title order={2}>Plan {slug}</Title>
        {problem?.code === 'not_found' && (
          <Text>Nobody can see this plan: no active plan of this org has the slug {slug}.</Text>
        )}
        <ProblemAlert problem={problem} />
      </Stack>
    );
  const product = (id: string) => products.get(id) ?? id;
  const included = plan.items.filter((item) => item.included);
  const addOns = plan.items.filter((item) => !item.included);
  const itemText = (item: CatalogPlan['items'][number]) =>
    `${product(item.productId)}${item.quantity > 1 ? ` × ${item.quantity}` : ''}${
      item.childProductIds.length ? ` (with ${item.childProductIds.map(product).join(', ')})` : ''
    }`;
  return (
    <Stack maw={800}>
      {back}
      <Group>
        <Title order={2}>{plan.name}</Title>
        {plan.visibility === 'private' ? (
          <Badge color="gray" variant="light">
            private: direct link only
          </Badge>
        ) : (
          <Badge color="green" variant="light">
            listed
          </Badge>
        )}
        {plan.type !== 'standard' && <Badge variant="outline">{plan.type}</Badge>}
      </Group>
      <Paper withBorder p="lg" role="region" aria-label="What end users see">
        <Stack gap="sm">
          <Text fz={28} fw={700} data-testid="catalog-price">
            {priceText(plan)}
          </Text>
          {plan.description && <Text>{plan.description}</Text>}
          <RowTable
            label="Plan terms"
            rows={[
              ['Billing', cyclesText(plan)],
              ['Trial', trialText(plan)],
              ['Included quota', plan.includedQuota ?? '—'],
              ['Limits', limitsText(plan.limits)],
              ['Included', included.map(itemText).join(', ') || '—'],
              ['Add-ons', addOns.map(itemText).join(', ') || '—'],
            ]}
          />
          {plan.features.length > 0 && (
            <List aria-label="Features" spacing={4}>
              {plan.features.map((feature) => (
                <List.Item key={feature}>{feature}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      </Paper>
      <Text size="sm">
        Published <DateTime iso={plan.publishedAt} />. Anyone reads it at{' '}
        <Code>GET {publicAddress(config.apiUrl, org, plan.slug)}</Code>.{' '}
        <Anchor component={Link} to={`/plans/${plan.id}`}>
          The plan in the console
        </Anchor>
      </Text>
    </Stack>
  );
};
