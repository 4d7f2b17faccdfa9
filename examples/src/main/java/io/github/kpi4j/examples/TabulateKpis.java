package io.github.kpi4j.examples;

import io.github.kpi4j.assessment.YearComparison;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.quantity.Quantity;
import io.github.kpi4j.quantity.QuantityText;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * For a researcher: load several plans, of several agencies and years, and tabulate their KPIs: by
 * evaluation method, by the unit of their targets, and how each agency's targets changed from year
 * to year.
 */
public final class TabulateKpis {
  /** What an unquantified target counts as in the table by unit. */
  static final String NOT_QUANTIFIED = "(not quantified)";

  /** What a target without a unit counts as in the table by unit. */
  static final String NO_UNIT = "(no unit)";

  private TabulateKpis() {}

  /**
   * @param plans the plans
   * @return per agency code, the number of KPIs per evaluation method (every method listed)
   */
  public static Map<String, Map<EvaluationMethod, Long>> byEvaluationMethod(
      List<AnnualPlan> plans) {
    Map<String, Map<EvaluationMethod, Long>> table = new TreeMap<>();
    for (AnnualPlan plan : plans) {
      Map<EvaluationMethod, Long> row =
          table.computeIfAbsent(plan.agency().code(), code -> zeroPerMethod());
      plan.kpis().forEach(k -> row.merge(k.kpi().evaluationMethod(), 1L, Long::sum));
    }
    return table;
  }

  /**
   * @param plans the plans
   * @return the number of KPIs per target unit, over all plans, most frequent first
   */
  public static Map<String, Long> byTargetUnit(List<AnnualPlan> plans) {
    Map<String, Long> counts =
        plans.stream()
            .flatMap(p -> p.kpis().stream())
            .collect(
                Collectors.groupingBy(TabulateKpis::unitOf, TreeMap::new, Collectors.counting()));
    List<Map.Entry<String, Long>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
    Map<String, Long> ordered = new java.util.LinkedHashMap<>();
    sorted.forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }

  /**
   * @param plans the plans, of any agencies and years
   * @return per agency with plans for more than one year, its KPIs lined up by name across years
   */
  public static List<YearComparison> targetChanges(List<AnnualPlan> plans) {
    Map<String, List<AnnualPlan>> byAgency =
        plans.stream()
            .collect(
                Collectors.groupingBy(p -> p.agency().code(), TreeMap::new, Collectors.toList()));
    return byAgency.values().stream()
        .filter(ps -> ps.stream().map(AnnualPlan::rocYear).distinct().count() > 1)
        .map(YearComparison::of)
        .toList();
  }

  /**
   * Prints the three tables.
   *
   * @param plans the plans
   * @param out where to print
   */
  public static void run(List<AnnualPlan> plans, PrintStream out) {
    out.println("KPIs by evaluation method");
    byEvaluationMethod(plans)
        .forEach(
            (agency, row) ->
                out.println(
                    "  "
                        + agency
                        + ": "
                        + row.entrySet().stream()
                            .map(e -> e.getKey().code() + " " + e.getValue())
                            .collect(Collectors.joining(", "))));
    out.println("KPIs by target unit");
    byTargetUnit(plans).forEach((unit, count) -> out.println("  " + unit + ": " + count));
    out.println("Target changes across years");
    List<YearComparison> comparisons = targetChanges(plans);
    if (comparisons.isEmpty()) {
      out.println("  (each agency has one year only)");
    }
    for (YearComparison comparison : comparisons) {
      out.println("  " + comparison.agencyCode() + " " + comparison.rocYears());
      for (YearComparison.Row row : comparison.rows()) {
        String years =
            row.years().stream()
                .map(
                    y ->
                        y.rocYear()
                            + ": "
                            + y.target().map(QuantityText::text).orElse("—")
                            + change(y.change()))
                .collect(Collectors.joining("; "));
        out.println("    " + row.name() + " | " + years);
      }
    }
  }

  /**
   * @param args none: tabulates the bundled seed plans
   */
  public static void main(String[] args) {
    run(BundledPlans.plans(), System.out);
  }

  private static String unitOf(PlanKpi kpi) {
    Optional<Quantity> target = kpi.kpi().target().flatMap(QuantityText::quantity);
    if (target.isEmpty()) {
      return NOT_QUANTIFIED;
    }
    return target.get().unit().isNone() ? NO_UNIT : target.get().unit().symbol();
  }

  private static Map<EvaluationMethod, Long> zeroPerMethod() {
    Map<EvaluationMethod, Long> row = new java.util.EnumMap<>(EvaluationMethod.class);
    for (EvaluationMethod method : EvaluationMethod.values()) {
      row.put(method, 0L);
    }
    return row;
  }

  private static String change(Optional<BigDecimal> change) {
    return change.map(c -> " (" + (c.signum() > 0 ? "+" : "") + c.toPlainString() + ")").orElse("");
  }
}
