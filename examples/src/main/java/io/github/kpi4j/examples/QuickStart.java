package io.github.kpi4j.examples;

import io.github.kpi4j.formulas.Formula;
import io.github.kpi4j.json.KpiJson;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanKpi;
import io.github.kpi4j.validation.PlanValidator;
import io.github.kpi4j.validation.ValidationReport;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * The README's ten-line example, verbatim between the tags; a test keeps the two the same and runs
 * it.
 */
public final class QuickStart {
  private QuickStart() {}

  /**
   * @param file a plan document, such as {@code examples/plans/mac-107.json}
   * @param out where to print
   * @return the value of the capital-budget formula for the example figures
   */
  public static double run(Path file, PrintStream out) {
    // spotless:off (the README shows these lines as they are)
    // tag::quick-start[]
    AnnualPlan plan = KpiJson.create().readPlan(file); // e.g. examples/plans/mac-107.json
    ValidationReport report = PlanValidator.ofDefaults().validate(plan);
    report.findings().forEach(f -> out.println(f.severity() + " " + f.path() + " " + f.message()));

    PlanKpi budget = plan.kpiNamed("機關年度資本門預算執行率").orElseThrow(); // or plan.kpi("7.1")
    Formula rate = Formula.compile(budget.kpi().formula().orElseThrow());
    double value = rate.evaluate(Map.of("本年度資本門實支數", 45_000_000, "資本門應付未付數", 500_000,
        "資本門賸餘數", 500_000, "資本門預算數", 50_000_000));
    out.println(budget.id().text() + " " + value + " against " + budget.kpi().target().orElseThrow().text()); // 7.1 0.92 against 91%
    // end::quick-start[]
    // spotless:on
    return value;
  }

  /**
   * @param args a plan document; by default {@code examples/plans/mac-107.json}
   */
  public static void main(String[] args) {
    run(Path.of(args.length > 0 ? args[0] : "examples/plans/mac-107.json"), System.out);
  }
}
