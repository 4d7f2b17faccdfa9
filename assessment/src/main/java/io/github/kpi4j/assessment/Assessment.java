package io.github.kpi4j.assessment;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plan's results, assessed: every KPI of the plan in plan order with its {@link Rating rating}, a
 * count per rating, and the findings about the results document.
 *
 * <p>Made by an {@link Assessor}. Values are immutable and thread-safe.
 */
public interface Assessment {
  /**
   * @return the plan assessed
   */
  AnnualPlan plan();

  /**
   * @return the plan's agency code, such as {@code MAC}
   */
  default String agencyCode() {
    return plan().agency().code();
  }

  /**
   * @return the plan's year in the ROC calendar, such as {@code 107}
   */
  default int rocYear() {
    return plan().rocYear();
  }

  /**
   * @return every KPI of the plan, in plan order, assessed
   */
  List<KpiAssessment> kpis();

  /**
   * @param kpi a KPI of the plan
   * @return its assessment, or empty if it is not a KPI of the assessed plan
   */
  default Optional<KpiAssessment> kpi(PlanKpi kpi) {
    // KPIs are equal by position: one of another plan at the same position is not this plan's.
    return plan().contains(kpi)
        ? kpis().stream().filter(k -> k.kpi().equals(kpi)).findFirst()
        : Optional.empty();
  }

  /**
   * @param reference a KPI id such as {@code 2.3} or a KPI's name, resolved as {@link
   *     AnnualPlan#resolve(String)} does
   * @return the KPI's assessment, or empty if the plan has no such KPI
   */
  default Optional<KpiAssessment> kpi(String reference) {
    return plan().resolve(reference).flatMap(this::kpi);
  }

  /**
   * @return how many KPIs have each rating; every rating is a key, with 0 where no KPI has it, in
   *     the order of {@link Rating#values()}
   */
  Map<Rating, Integer> summary();

  /**
   * @param rating a rating
   * @return how many KPIs have it
   */
  default int count(Rating rating) {
    return summary().get(rating);
  }

  /**
   * @return the problems found in the results document, in document order, each with a JSON Pointer
   *     into the results document and a message in the assessor's language
   */
  List<Finding> findings();

  /**
   * @return whether any finding is an {@link Severity#ERROR error}
   */
  default boolean hasErrors() {
    return findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
