package io.github.kpi4j.validation;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;

/**
 * One plan rule: checks a plan and reports what it finds through its {@link RuleContext}.
 *
 * <p>Implement it to add a rule of one's own with {@link PlanValidator.Builder#add(PlanRule)}:
 *
 * <pre>{@code
 * PlanRule titled = new PlanRule() {
 *   public String id() { return "acme-plan-titled"; }
 *   public Severity defaultSeverity() { return Severity.WARNING; }
 *   public void check(AnnualPlan plan, RuleContext context) {
 *     if (plan.title().isEmpty()) {
 *       context.report("/title", "The plan has no title");
 *     }
 *   }
 * };
 * }</pre>
 *
 * <p>A rule is stateless, or at least safe to call from several threads at once: one validator may
 * check several plans concurrently. An exception thrown by {@link #check} is a bug in the rule, and
 * propagates out of {@link PlanValidator#validate(AnnualPlan)}.
 */
public interface PlanRule {
  /**
   * @return the rule's stable id, which findings carry and which {@link
   *     PlanValidator.Builder#disable(String)} and {@link PlanValidator.Builder#severity(String,
   *     Severity)} take, such as {@code kpi-reference-resolves}; not blank, without white space,
   *     and by convention in lower-case kebab-case
   */
  String id();

  /**
   * @return the severity of its findings unless the validator was configured otherwise
   */
  Severity defaultSeverity();

  /**
   * Checks a plan and reports each problem through the context.
   *
   * @param plan the plan, which may break any rule
   * @param context where to report findings, and in which language
   */
  void check(AnnualPlan plan, RuleContext context);
}
