// A Stryker reporter (plugin `plan-summary`) for `npm run mutation -- --plan`: writes, as soon as
// Stryker has planned the mutants, one small line per mutant (file, plan, static, the test files
// covering it, the time of the tests covering it) and per test file its time in the initial test
// run, to reports/mutation/chunks/plan.json. The event-recorder cannot: over every file and every
// test the initial run's coverage is too big for one JSON string (RangeError: Invalid string length).
// @ts-check
import { writeFileSync } from 'node:fs';
import { PluginKind, declareClassPlugin } from '@stryker-mutator/api/plugin';

const OUT = process.env.PLAN_OUT ?? 'reports/mutation/chunks/plan.json';

class PlanSummaryReporter {
  /** @type {{ files: Record<string, number>, net: number, overhead: number } | undefined} */
  dryRun;
  /** @param {import('@stryker-mutator/api/report').DryRunCompletedEvent} event */
  onDryRunCompleted({ result, timing }) {
    /** @type {Record<string, number>} */
    const files = {};
    if ('tests' in result) for (const t of result.tests) files[t.fileName ?? t.id.split('#')[0]] = (files[t.fileName ?? t.id.split('#')[0]] ?? 0) + t.timeSpentMs;
    this.dryRun = { files, net: timing.net, overhead: timing.overhead };
  }
  /** @param {import('@stryker-mutator/api/report').MutationTestingPlanReadyEvent} event */
  onMutationTestingPlanReady({ mutantPlans }) {
    const mutants = mutantPlans.map((p) => ({
      file: p.mutant.fileName,
      plan: p.plan,
      status: p.mutant.status,
      static: p.mutant.static ?? false,
      tests: p.mutant.coveredBy?.length ?? 0,
      testFiles: [...new Set((p.mutant.coveredBy ?? []).map((id) => id.split('#')[0]))],
      netTime: p.plan === 'Run' ? p.netTime : 0,
    }));
    writeFileSync(OUT, JSON.stringify({ dryRun: this.dryRun, mutants }));
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'plan-summary', PlanSummaryReporter)];
