/** The sections of the plan form; each edits part of the form's state through the model. */
import {
  Button,
  Checkbox,
  Divider,
  Group,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  TagsInput,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { ApiProblem, Schemas } from '../../api.ts';
import { fieldError, formatMoney, useAll } from '../../ui.tsx';
import { CYCLES } from '../resources.tsx';
import { type ItemRow, slugify } from './state.ts';
import type { PlanFormModel } from './use-plan-form.ts';

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
  products: Schemas['Product'][];
  problem: ApiProblem | null;
  onChange: (row: ItemRow) => void;
  onRemove: () => void;
}) => {
  const prices = useAll(row.productId ? '/products/{productId}/prices' : null, {
    path: { productId: row.productId },
  });
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
/** Name, slug, description, type, visibility, cycles and trial. */
export const BasicsSection = ({ model }: { model: PlanFormModel }) => {
  const { form, set, setForm, err, original, slugTouched, setSlugTouched } = model;
  return (
    <>
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
    </>
  );
};

/** Price (or pricing TBD), included quota and features. */
export const PricingSection = ({ model }: { model: PlanFormModel }) => {
  const { form, set, err } = model;
  return (
    <>
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
    </>
  );
};

/** Below a section's rows: the refusal of the list as a whole, and the button that adds a row. */
const RowsEnd = ({
  error,
  addLabel,
  onAdd,
}: {
  error: string | undefined;
  addLabel: string;
  onAdd: () => void;
}) => (
  <>
    {error && (
      <Text c="red" size="sm">
        {error}
      </Text>
    )}
    <Group>
      <Button variant="light" size="xs" onClick={onAdd}>
        {addLabel}
      </Button>
    </Group>
  </>
);

/** Named limits: one row each. */
export const LimitsSection = ({ model }: { model: PlanFormModel }) => {
  const { form, set, err } = model;
  /** Changes the name or the value of row `i`. */
  const setLimit = (i: number, change: { name: string } | { value: string }) =>
    set(
      'limits',
      form.limits.map((l, j) => (j === i ? { ...l, ...change } : l)),
    );
  return (
    <>
      <Divider label="Limits" labelPosition="left" />
      {form.limits.map((limit, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
        <Group key={i} align="flex-start">
          <TextInput
            label="Limit"
            placeholder="users"
            value={limit.name}
            onChange={(e) => setLimit(i, { name: e.currentTarget.value })}
            error={err(`limits.${limit.name}`)}
          />
          <TextInput
            label="Value"
            value={limit.value}
            onChange={(e) => setLimit(i, { value: e.currentTarget.value })}
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
      <RowsEnd
        error={err('limits')}
        addLabel="Add limit"
        onAdd={() => set('limits', [...form.limits, { name: '', value: '' }])}
      />
    </>
  );
};

/** Plan items: products and prices, with their rules reported per row. */
export const ItemsSection = ({ model }: { model: PlanFormModel }) => {
  const { form, set, err, problem, catalog } = model;
  const products = catalog.products;
  return (
    <>
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
      <RowsEnd
        // A row's own refusal shows at the row; the list's shows here when no row has one.
        error={form.items.some((_, i) => err(`items.${i}`)) ? undefined : err('items')}
        addLabel="Add item"
        onAdd={() =>
          set('items', [...form.items, { productId: '', priceId: '', quantity: '1', included: true }])
        }
      />
    </>
  );
};

/** Package, group and company. */
export const CatalogSection = ({ model }: { model: PlanFormModel }) => {
  const { form, set, err, catalog } = model;
  const options = (items: { id: string; name: string }[]) =>
    items.map((i) => ({ value: i.id, label: i.name }));
  /** A clearable pick of the item a plan references by `field` (none: ''). */
  const pick = (
    field: 'packageId' | 'groupId' | 'companyId',
    label: string,
    data: { value: string; label: string }[],
  ) => (
    <Select
      label={label}
      data={data}
      value={form[field] || null}
      onChange={(v) => set(field, v ?? '')}
      clearable
      error={err(field)}
    />
  );
  const { packages, groups, companies } = catalog;
  return (
    <>
      <Divider label="Catalog" labelPosition="left" />
      <SimpleGrid cols={3}>
        {pick(
          'packageId',
          'Package',
          packages.items.map((p) => ({ value: p.id, label: `${p.code} — ${p.name}` })),
        )}
        {pick('groupId', 'Group', options(groups.items))}
        {pick('companyId', 'Company', options(companies.items))}
      </SimpleGrid>
    </>
  );
};
