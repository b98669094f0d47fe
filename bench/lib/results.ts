import { cpus, totalmem } from 'node:os';
import { budgetText, type Figure, passes, ratioOf, type Section } from './report.ts';

export interface RunInfo {
  startedAt: Date;
  seconds: number;
  quick: boolean;
  sections: readonly Section[];
}

const SECTION_TITLES: Record<Section, string> = {
  bundle: 'Bundle size per function',
  cold: 'Cold start per function (fresh Node process → first answered request)',
  warm: 'Warm overhead per operation (in-process, vs the same DynamoDB requests on the bare client)',
  requests: 'DynamoDB requests per route (vs the minimum)',
  growth: 'Growth',
  throughput: 'Throughput (local server, mixed workload)',
  tricks: 'Cold-start tricks (each function without one trick, vs as deployed)',
};

const num = (value: number): string =>
  !Number.isFinite(value)
    ? '∞'
    : Math.abs(value) >= 100
      ? value.toFixed(0)
      : value.toFixed(value % 1 === 0 ? 0 : 2);

export const machine = () => {
  const cpu = cpus();
  return {
    cpu: `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
};

/** RESULTS.md: the machine, the date, then one table per section with every figure, its baseline and its budget. */
export const renderMarkdown = (figures: readonly Figure[], info: RunInfo): string => {
  const m = machine();
  const failed = figures.filter((f) => !passes(f));
  const budgeted = figures.filter((f) => f.budget);
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`npm run bench${info.quick ? ' -- --quick' : ''}\` on ${info.startedAt.toISOString()} in ${num(info.seconds)} s.`,
    '',
    `Machine: ${m.cpu}, ${m.memoryGiB} GiB, ${m.platform}, Node ${m.node}; DynamoDB Local (in memory) on the same machine.`,
    '',
    'Every value is the median of its runs, with min–max; each ratio is against a baseline measured in the same run, ' +
      'interleaved with it. A ratio budget compares medians.',
    '',
    `**Budgets: ${budgeted.length - failed.length} of ${budgeted.length} met.**`,
    '',
    '| section | budgets met | missed |',
    '|---|---:|---|',
    ...info.sections.flatMap((section) => {
      const mine = budgeted.filter((f) => f.section === section);
      if (!mine.length) return [];
      const missed = mine.filter((f) => !passes(f));
      const names =
        missed.length === 0
          ? ''
          : missed.length === mine.length
            ? 'all'
            : missed.length <= 8
              ? missed.map((f) => f.name).join('; ')
              : `${missed.length} figures`;
      return [
        `| ${section} | ${mine.length - missed.length} of ${mine.length} | ${names.replaceAll('|', '\\|')} |`,
      ];
    }),
    '',
  ];
  for (const section of info.sections) {
    const rows = figures.filter((f) => f.section === section);
    if (!rows.length) continue;
    lines.push(`## ${SECTION_TITLES[section]}`, '');
    lines.push('| | value | min–max | runs | baseline | ratio | budget | | note |');
    lines.push('|---|---:|---:|---:|---:|---:|---|---|---|');
    for (const f of rows) {
      const ratio = ratioOf(f);
      lines.push(
        [
          '',
          f.name,
          `${num(f.value.median)} ${f.unit}`,
          `${num(f.value.min)}–${num(f.value.max)}`,
          String(f.value.runs),
          f.baseline ? `${num(f.baseline.value.median)} ${f.unit} (${f.baseline.name})` : '',
          ratio === undefined ? '' : `${ratio.toFixed(2)}×`,
          f.budget ? budgetText(f.budget, f.unit) : '',
          f.budget ? (passes(f) ? '✓' : '✗') : '',
          (f.note ?? '').replaceAll('|', '\\|'),
          '',
        ]
          .join(' | ')
          .trim(),
      );
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
};

export const renderJson = (figures: readonly Figure[], info: RunInfo): string =>
  `${JSON.stringify(
    {
      startedAt: info.startedAt.toISOString(),
      seconds: info.seconds,
      quick: info.quick,
      machine: machine(),
      passed: figures.every(passes),
      figures: figures.map((f) => ({ ...f, ratio: ratioOf(f) ?? null, pass: passes(f) })),
    },
    null,
    2,
  )}\n`;
