import {
  Button,
  Checkbox,
  Divider,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { type ApiProblem, runAction } from '../api.ts';
import { useSession } from '../session.tsx';
import {
  asProblem,
  fieldError,
  formatMoney,
  type Money,
  ProblemAlert,
  toMajorUnits,
  toMinorUnits,
  useAll,
} from '../ui.tsx';
import type { Named, Plan } from './plan-types.ts';
import { CYCLES } from './resources.tsx';

interface ItemRow {
  productId: string;
  priceId: string;
  quantity: string;
  included: boolean;
}

interface PlanForm {
  name: string;
  slug: string;
  description: string;
  type: string;
  visibility: string;
  defaultCycle: string;
  availableCycles: string[];
  customDays: string;
  trialDays: string;
  priceTbd: boolean;
  priceAmount: string;
  priceCurrency: string;
  includedQuota: string;
  features: string[];
  limits: { name: string; value: string }[];
  items: ItemRow[];
  packageId: string;
  groupId: string;
  companyId: string;
  publish: boolean;
}

const EMPTY: PlanForm = {
  name: '',
  slug: '',
  description: '',
  type: 'standard',
  visibility: 'public',
  defaultCycle: 'monthly',
  availableCycles: ['monthly'],
  customDays: '',
  trialDays: '0',
  priceTbd: false,
  priceAmount: '',
  priceCurrency: 'USD',
  includedQuota: '',
  features: [],
  limits: [],
  items: [],
  packageId: '',
  groupId: '',
  companyId: '',
  publish: false,
};

const formOf = (plan: Plan): PlanForm => ({
  name: plan.name,
  slug: plan.slug,
  description: plan.description ?? '',
  type: plan.type,
  visibility: plan.visibility,
  defaultCycle: plan.defaultCycle,
  availableCycles: plan.availableCycles,
  customDays: plan.customDays === null ? '' : String(plan.customDays),
  trialDays: String(plan.trialDays),
  priceTbd: plan.price === null,
  priceAmount: plan.price ? toMajorUnits(plan.price) : '',
  priceCurrency: plan.price?.currency ?? 'USD',
  includedQuota: plan.includedQuota === null ? '' : String(plan.includedQuota),
  features: plan.features,
  limits: Object.entries(plan.limits).map(([name, value]) => ({ name, value: String(value) })),
  items: plan.items.map((i) => ({
    productId: i.productId,
    priceId: i.priceId,
    quantity: String(i.quantity),
    included: i.included,
  })),
  packageId: plan.packageId ?? '',
  groupId: plan.groupId ?? '',
  companyId: plan.companyId ?? '',
  publish: false,
});

/** Integers as numbers; anything else as typed, so the API names the field that is wrong. */
const int = (raw: string): number | string | null =>
  raw.trim() === '' ? null : /^-?\d+$/.test(raw.trim()) ? Number(raw) : raw;

/** The plan's writable fields as the API takes them. */
const bodyOf = (form: PlanForm): Record<string, unknown> => ({
  name: form.name,
  slug: form.slug,
  description: form.description === '' ? null : form.description,
  type: form.type,
  visibility: form.visibility,
  defaultCycle: form.defaultCycle,
  availableCycles: form.availableCycles,
  customDays: form.availableCycles.includes('custom') ? int(form.customDays) : null,
  trialDays: int(form.trialDays) ?? 0,
  price: form.priceTbd
    ? null
    : {
        amount: toMinorUnits(form.priceAmount, form.priceCurrency) ?? form.priceAmount,
        currency: form.priceCurrency,
      },
  includedQuota: int(form.includedQuota),
  features: form.features,
  limits: Object.fromEntries(form.limits.map((l) => [l.name, int(l.value)])),
  items: form.items.map((i) => ({
    productId: i.productId,
    priceId: i.priceId,
    quantity: int(i.quantity) ?? 1,
    included: i.included,
  })),
  packageId: form.packageId || null,
  groupId: form.groupId || null,
  companyId: form.companyId || null,
});

const slugify = (name: string) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100);

const SHOWN = [
  'name',
  'slug',
  'description',
  'type',
  'visibility',
  'defaultCycle',
  'availableCycles',
  'customDays',
  'trialDays',
  'price',
  'includedQuota',
  'features',
  'limits',
  'items',
  'packageId',
  'groupId',
  'companyId',
];

/** One plan item: a root product, one of its prices, quantity, and whether it is in the base price. */
const ItemEditor = ({
  row,
  index,
  products,
  problem,
  onChange,
  onRemove,
}: {
  row: ItemRow;
  index: number;
  products: (Named & { parentId: string | null })[];
  problem: ApiProblem | null;
  onChange: (row: ItemRow) => void;
  onRemove: () => void;
}) => {
  const prices = useAll<Money & { id: string; cycle: string | null; nickname: string | null }>(
    row.productId ? `/products/${row.productId}/prices` : null,
  );
  const path = `items.${index}`;
  return (
    <Group align="flex-start" aria-label={`Item ${index + 1}`}>
      <Select
        label="Product"
        data={products.filter((p) => !p.parentId).map((p) => ({ value: p.id, label: p.name }))}
        value={row.productId || null}
        onChange={(v) => onChange({ ...row, productId: v ?? '', priceId: '' })}
        error={fieldError(problem, `${path}.productId`)}
        searchable
        w={220}
      />
      <Select
        label="Price"
        data={prices.items.map((p) => ({
          value: p.id,
          label: `${formatMoney(p)} ${p.cycle ?? 'one-time'}${p.nickname ? ` (${p.nickname})` : ''}`,
        }))}
        value={row.priceId || null}
        onChange={(v) => onChange({ ...row, priceId: v ?? '' })}
        error={fieldError(problem, `${path}.priceId`)}
        w={220}
      />
      <NumberInput
        label="Quantity"
        min={1}
        allowDecimal={false}
        value={row.quantity}
        onChange={(v) => onChange({ ...row, quantity: String(v) })}
        error={fieldError(problem, `${path}.quantity`)}
        w={100}
      />
      <Checkbox
        mt={30}
        label="Included"
        checked={row.included}
        onChange={(e) => onChange({ ...row, included: e.currentTarget.checked })}
      />
      <Button mt={24} variant="subtle" color="red" onClick={onRemove}>
        Remove
      </Button>
      {fieldError(problem, path) &&
        !['productId', 'priceId', 'quantity'].some((f) => fieldError(problem, `${path}.${f}`)) && (
          <Text c="red" size="sm" mt={30}>
            {fieldError(problem, path)}
          </Text>
        )}
    </Group>
  );
};

/** Create Plan and Edit plan: every writable field; errors appear next to the field they name. */
export const PlanFormPage = () => {
  const { id } = useParams();
  const { api } = useSession();
  const navigate = useNavigate();
  const [original, setOriginal] = useState<Plan | null>(null);
  const [form, setForm] = useState<PlanForm>(EMPTY);
  const [slugTouched, setSlugTouched] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const action = useRef(`plan:${id ?? 'new'}:${crypto.randomUUID()}`);
  const products = useAll<Named & { parentId: string | null }>('/products');
  const packages = useAll<Named & { code: string }>('/packages');
  const groups = useAll<Named>('/plan-groups');
  const companies = useAll<Named>('/companies');

  const load = async () => {
    if (!id) return;
    try {
      const plan = await api.call<Plan>('GET', `/plans/${id}`);
      setOriginal(plan);
      setForm(formOf(plan));
      setProblem(null);
    } catch (error) {
      setProblem(asProblem(error));
    }
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once per plan id
  useEffect(() => {
    void load();
  }, [id]);

  const set = <K extends keyof PlanForm>(key: K, value: PlanForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const submit = async () => {
    setBusy(true);
    try {
      let saved: Plan;
      if (original) {
        const before = bodyOf(formOf(original));
        const after = bodyOf(form);
        const changes = Object.fromEntries(
          Object.entries(after).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])),
        );
        saved = Object.keys(changes).length
          ? await runAction(action.current, (key) =>
              api.call<Plan>('PATCH', `/plans/${original.id}`, {
                body: changes,
                ifMatch: original.version,
                idempotencyKey: key,
              }),
            )
          : original;
      } else {
        const body = Object.fromEntries(Object.entries(bodyOf(form)).filter(([, v]) => v !== null));
        if (form.priceTbd) body.price = null;
        if (form.publish) body.publish = true;
        saved = await runAction(action.current, (key) =>
          api.call<Plan>('POST', '/plans', { body, idempotencyKey: key }),
        );
      }
      navigate(`/plans/${saved.id}`);
    } catch (error) {
      setProblem(asProblem(error));
    } finally {
      setBusy(false);
    }
  };

  const options = (items: Named[]) => items.map((i) => ({ value: i.id, label: i.name }));
  const err = (path: string) => fieldError(problem, path);

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Stack maw={900}>
        <Title order={2}>{original ? `Edit plan ${original.name}` : 'Create Plan'}</Title>
        <ProblemAlert problem={problem} shownPaths={SHOWN} onReload={() => void load()} />
        <SimpleGrid cols={2}>
          <TextInput
            label="Plan Name"
            required
            value={form.name}
            onChange={(e) => {
              const name = e.currentTarget.value;
              setForm((f) => ({ ...f, name, ...(original || slugTouched ? {} : { slug: slugify(name) }) }));
            }}
            error={err('name')}
          />
          <TextInput
            label="Slug"
            required
            value={form.slug}
            onChange={(e) => {
              setSlugTouched(true);
              set('slug', e.currentTarget.value);
            }}
            error={err('slug')}
          />
        </SimpleGrid>
        <Textarea
          label="Description"
          autosize
          minRows={2}
          value={form.description}
          onChange={(e) => set('description', e.currentTarget.value)}
          error={err('description')}
        />
        <SimpleGrid cols={3}>
          <Select
            label="Type"
            data={['standard', 'custom', 'promotional']}
            value={form.type}
            onChange={(v) => set('type', v ?? 'standard')}
            error={err('type')}
          />
          <Select
            label="Visibility"
            data={['public', 'private']}
            value={form.visibility}
            onChange={(v) => set('visibility', v ?? 'public')}
            error={err('visibility')}
          />
          <Select
            label="Duration Type (default cycle)"
            data={[...CYCLES]}
            value={form.defaultCycle}
            onChange={(v) => {
              const cycle = v ?? 'monthly';
              setForm((f) => ({
                ...f,
                defaultCycle: cycle,
                availableCycles: f.availableCycles.includes(cycle)
                  ? f.availableCycles
                  : [...f.availableCycles, cycle],
              }));
            }}
            error={err('defaultCycle')}
          />
        </SimpleGrid>
        <SimpleGrid cols={3}>
          <MultiSelect
            label="Available cycles"
            data={[...CYCLES]}
            value={form.availableCycles}
            onChange={(v) => set('availableCycles', v)}
            error={err('availableCycles')}
          />
          <TextInput
            label="Custom days"
            disabled={!form.availableCycles.includes('custom')}
            value={form.customDays}
            onChange={(e) => set('customDays', e.currentTarget.value)}
            error={err('customDays')}
          />
          <TextInput
            label="Trial days"
            value={form.trialDays}
            onChange={(e) => set('trialDays', e.currentTarget.value)}
            error={err('trialDays')}
          />
        </SimpleGrid>
        <SimpleGrid cols={3}>
          <TextInput
            label="Price"
            description="In currency units, e.g. 29.00"
            disabled={form.priceTbd}
            value={form.priceAmount}
            onChange={(e) => set('priceAmount', e.currentTarget.value)}
            error={err('price.amount') ?? (err('price') && !err('price.currency') ? err('price') : undefined)}
          />
          <TextInput
            label="Currency"
            disabled={form.priceTbd}
            value={form.priceCurrency}
            onChange={(e) => set('priceCurrency', e.currentTarget.value.toUpperCase())}
            error={err('price.currency')}
          />
          <Checkbox
            mt={30}
            label="Pricing TBD (no price yet)"
            checked={form.priceTbd}
            onChange={(e) => set('priceTbd', e.currentTarget.checked)}
          />
        </SimpleGrid>
        <TextInput
          label="Included Quota"
          description="Usage credit per period; empty for none"
          value={form.includedQuota}
          onChange={(e) => set('includedQuota', e.currentTarget.value)}
          error={err('includedQuota')}
        />
        <TagsInput
          label="Features"
          description="Press Enter after each feature"
          value={form.features}
          onChange={(v) => set('features', v)}
          error={err('features')}
        />
        <Divider label="Limits" labelPosition="left" />
        {form.limits.map((limit, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
          <Group key={i} align="flex-start">
            <TextInput
              label="Limit"
              placeholder="users"
              value={limit.name}
              onChange={(e) => {
                const name = e.currentTarget.value;
                set(
                  'limits',
                  form.limits.map((l, j) => (j === i ? { ...l, name } : l)),
                );
              }}
              error={err(`limits.${limit.name}`)}
            />
            <TextInput
              label="Value"
              value={limit.value}
              onChange={(e) => {
                const value = e.currentTarget.value;
                set(
                  'limits',
                  form.limits.map((l, j) => (j === i ? { ...l, value } : l)),
                );
              }}
            />
            <Button
              mt={24}
              variant="subtle"
              color="red"
              onClick={() =>
                set(
                  'limits',
                  form.limits.filter((_, j) => j !== i),
                )
              }
            >
              Remove
            </Button>
          </Group>
        ))}
        {err('limits') && (
          <Text c="red" size="sm">
            {err('limits')}
          </Text>
        )}
        <Group>
          <Button
            variant="light"
            size="xs"
            onClick={() => set('limits', [...form.limits, { name: '', value: '' }])}
          >
            Add limit
          </Button>
        </Group>
        <Divider label="Items" labelPosition="left" />
        {form.items.map((row, i) => (
          <ItemEditor
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
            key={i}
            row={row}
            index={i}
            products={products.items}
            problem={problem}
            onChange={(next) =>
              set(
                'items',
                form.items.map((r, j) => (j === i ? next : r)),
              )
            }
            onRemove={() =>
              set(
                'items',
                form.items.filter((_, j) => j !== i),
              )
            }
          />
        ))}
        {err('items') && !form.items.some((_, i) => err(`items.${i}`)) && (
          <Text c="red" size="sm">
            {err('items')}
          </Text>
        )}
        <Group>
          <Button
            variant="light"
            size="xs"
            onClick={() =>
              set('items', [...form.items, { productId: '', priceId: '', quantity: '1', included: true }])
            }
          >
            Add item
          </Button>
        </Group>
        <Divider label="Catalog" labelPosition="left" />
        <SimpleGrid cols={3}>
          <Select
            label="Package"
            data={packages.items.map((p) => ({ value: p.id, label: `${p.code} — ${p.name}` }))}
            value={form.packageId || null}
            onChange={(v) => set('packageId', v ?? '')}
            clearable
            error={err('packageId')}
          />
          <Select
            label="Group"
            data={options(groups.items)}
            value={form.groupId || null}
            onChange={(v) => set('groupId', v ?? '')}
            clearable
            error={err('groupId')}
          />
          <Select
            label="Company"
            data={options(companies.items)}
            value={form.companyId || null}
            onChange={(v) => set('companyId', v ?? '')}
            clearable
            error={err('companyId')}
          />
        </SimpleGrid>
        {!original && (
          <Checkbox
            label="Publish immediately (otherwise it starts as an unpublished draft)"
            checked={form.publish}
            onChange={(e) => set('publish', e.currentTarget.checked)}
          />
        )}
        <Group>
          <Button type="submit" loading={busy}>
            Submit
          </Button>
          <Button variant="default" onClick={() => navigate(original ? `/plans/${original.id}` : '/plans')}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
