package io.github.kpi4j.validation.internal;

import io.github.kpi4j.validation.PlanRule;
import java.util.List;

/** The built-in rules, in rule order: errors, then warnings, then infos. */
public final class BuiltInRules {
  private static final List<BuiltInRule> ALL =
      List.of(
          new PlanYearInRange(),
          new TextNotBlank(),
          new GoalNumbering(),
          new KpiNumbering(),
          new ItemNumbering(),
          new MilestoneNumbering(),
          new MilestoneProgressRising(),
          new KpiNameUnique(),
          new KpiTargetPresent(),
          new KpiReferenceResolves(),
          new FormulaParses(),
          new FormulaPrintedValueMatchesTarget(),
          new GoalHasKpis(),
          new TargetQuantified(),
          new RelativeTargetBaseline(),
          new CompositeTargetItems(),
          new SurveyTargetPercent(),
          new ProgrammeLinksKpi(),
          new CommonBudgetIndicators(),
          new WeightsSumTo100(),
          new KpiLinkedByProgramme(),
          new CommonGoalIndicators());

  private static final List<PlanRule> AS_PLAN_RULES = List.copyOf(ALL);

  private BuiltInRules() {}

  /**
   * @return the built-in rules, in rule order
   */
  public static List<PlanRule> all() {
    return AS_PLAN_RULES;
  }

  /**
   * @return the built-in rules, in rule order, as the validator runs them: with a {@link
   *     ValidationRun}
   */
  static List<BuiltInRule> builtIn() {
    return ALL;
  }
}
