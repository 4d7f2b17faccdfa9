package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.internal.Decimals;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.PlanKpi;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code weights-sum-to-100}: where a plan weights its goals, every goal has a weight, the goals'
 * weights add up to 100 (percent), and in each goal whose KPIs are weighted every KPI has a weight
 * and they add up to the goal's. Where only KPIs are weighted, every KPI has a weight and they add
 * up to 100. A plan that gives no weight at all is not concerned.
 *
 * <p>One wrong number gives one finding. A goal weight that disagrees both with its KPIs and with
 * the sum of the goals by the same amount is the one number wrong: it is reported once, at the
 * goal's weight, rather than once for the goals' sum and once for the goal's KPIs.
 */
final class WeightsSumTo100 extends BuiltInRule {
  static final String ID = "weights-sum-to-100";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  WeightsSumTo100() {
    super(ID, Severity.WARNING);
  }

  @Override
  void check(AnnualPlan plan, Reporter reporter) {
    if (plan.goals().stream().anyMatch(g -> g.weight().isPresent())) {
      checkTwoLevels(plan, reporter);
    } else {
      checkKpis(plan, reporter);
    }
  }

  /** Weights on KPIs only: as the format had them before goals were weighted. */
  private static void checkKpis(AnnualPlan plan, Reporter reporter) {
    List<PlanKpi> kpis = plan.kpis();
    if (kpis.stream().noneMatch(k -> k.kpi().weight().isPresent())) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (PlanKpi kpi : kpis) {
      if (kpi.kpi().weight().isPresent()) {
        sum = sum.add(kpi.kpi().weight().get());
      } else {
        reporter.reportVariant("missing", Paths.kpi(kpi, "weight"), kpi.id().text());
      }
    }
    if (sum.compareTo(HUNDRED) != 0) {
      reporter.report(Paths.GOALS, text(sum));
    }
  }

  /** A goal whose KPIs' weights do not add up to its own. */
  private record Mismatch(int goalIndex, Goal goal, BigDecimal kpiSum) {
    BigDecimal difference() {
      return goal.weight().orElseThrow().subtract(kpiSum);
    }
  }

  private static void checkTwoLevels(AnnualPlan plan, Reporter reporter) {
    List<Goal> goals = plan.goals();
    BigDecimal goalSum = BigDecimal.ZERO;
    List<Mismatch> mismatches = new ArrayList<>();
    for (int g = 0; g < goals.size(); g++) {
      Goal goal = goals.get(g);
      Optional<BigDecimal> weight = goal.weight();
      if (weight.isEmpty()) {
        reporter.reportVariant(
            "goal-missing", Paths.goal(g, "weight"), String.valueOf(goal.number()));
      } else {
        goalSum = goalSum.add(weight.get());
      }
      List<Kpi> kpis = goal.kpis();
      if (kpis.stream().noneMatch(k -> k.weight().isPresent())) {
        continue; // the plan weighs this goal as a whole
      }
      BigDecimal kpiSum = BigDecimal.ZERO;
      for (int k = 0; k < kpis.size(); k++) {
        Kpi kpi = kpis.get(k);
        if (kpi.weight().isPresent()) {
          kpiSum = kpiSum.add(kpi.weight().get());
        } else {
          reporter.reportVariant(
              "missing",
              Paths.goal(g, "kpis/" + k + "/weight"),
              goal.number() + "." + kpi.number());
        }
      }
      if (weight.isPresent() && kpiSum.compareTo(weight.get()) != 0) {
        mismatches.add(new Mismatch(g, goal, kpiSum));
      }
    }
    BigDecimal excess = goalSum.subtract(HUNDRED);
    if (excess.signum() != 0
        && mismatches.size() == 1
        && mismatches.get(0).difference().compareTo(excess) == 0) {
      Mismatch wrong = mismatches.get(0);
      reporter.reportVariant(
          "goal-weight",
          Paths.goal(wrong.goalIndex(), "weight"),
          String.valueOf(wrong.goal().number()),
          text(wrong.goal().weight().orElseThrow()),
          text(wrong.kpiSum()),
          text(goalSum));
      return;
    }
    if (excess.signum() != 0) {
      reporter.reportVariant("goals", Paths.GOALS, text(goalSum));
    }
    for (Mismatch mismatch : mismatches) {
      reporter.reportVariant(
          "goal-kpis",
          Paths.goal(mismatch.goalIndex(), "kpis"),
          String.valueOf(mismatch.goal().number()),
          text(mismatch.kpiSum()),
          text(mismatch.goal().weight().orElseThrow()));
    }
  }

  private static String text(BigDecimal value) {
    return Decimals.plainText(value);
  }
}
