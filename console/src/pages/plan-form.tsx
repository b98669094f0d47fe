import { Button, Checkbox, Group, Stack, Title } from '@mantine/core';
import { ProblemAlert } from '../ui.tsx';

import {
  BasicsSection,
  CatalogSection,
  ItemsSection,
  LimitsSection,
  PricingSection,
} from './plan-form/sections.tsx';
import { SHOWN } from './plan-form/state.ts';
import { usePlanForm } from './plan-form/use-plan-form.ts';

/** Create Plan / Edit: the form's state and behaviour live in usePlanForm, its parts in plan-form/sections.tsx. */
export const PlanFormPage = () => {
  const model = usePlanForm();
  const { original, form, set, problem, busy, load, submit, navigate } = model;

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
        <BasicsSection model={model} />
        <PricingSection model={model} />
        <LimitsSection model={model} />
        <ItemsSection model={model} />
        <CatalogSection model={model} />
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
