package io.github.kpi4j.benchmarks;

import io.github.kpi4j.assessment.Assessment;
import io.github.kpi4j.assessment.Assessor;
import io.github.kpi4j.examples.BundledPlans;
import io.github.kpi4j.json.KpiJson;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanResults;
import io.github.kpi4j.report.HtmlReport;
import io.github.kpi4j.validation.PlanValidator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The HTML report of 50 agencies × 3 years, every plan with its results (MAC 107 and its results,
 * under 50 agency codes and the years 105–107: 150 plans of 15 KPIs, 150 results documents),
 * against the baseline of writing the same 300 documents as JSON with {@code KpiJson}.
 *
 * <ul>
 *   <li>{@link #report()}: {@code HtmlReport.render} of the 150 assessments; the report validates
 *       each plan (the standard rules) and lines up each agency's three years;
 *   <li>{@link #reportWithoutValidation()}: the same with a validator that runs no rule, to show
 *       how the time divides;
 *   <li>{@link #json()}: the baseline, {@code KpiJson.write} of the 150 plans and 150 results.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReportBenchmark {
  private static final int AGENCIES = 50;
  private static final int[] YEARS = {105, 106, 107};

  private List<AnnualPlan> plans;
  private List<PlanResults> results;
  private List<Assessment> assessments;
  private HtmlReport report;
  private HtmlReport reportWithoutValidation;
  private final KpiJson json = KpiJson.create();

  /** Makes the 150 plans and results, and assesses them once: the report renders assessments. */
  @Setup
  public void setUp() {
    String plan = resource(BundledPlans.RESOURCES + "mac-107.json");
    String result = resource(BundledPlans.RESOURCES + BundledPlans.MAC_RESULTS);
    plans = new ArrayList<>();
    results = new ArrayList<>();
    assessments = new ArrayList<>();
    for (int a = 1; a <= AGENCIES; a++) {
      String code = String.format("A%02d", a);
      for (int year : YEARS) {
        AnnualPlan p =
            json.readPlan(
                plan.replace("\"code\": \"MAC\"", "\"code\": \"" + code + "\"")
                    .replace("\"rocYear\": 107", "\"rocYear\": " + year));
        PlanResults r =
            json.readResults(
                result
                    .replace("\"agency\": \"MAC\"", "\"agency\": \"" + code + "\"")
                    .replace("\"rocYear\": 107", "\"rocYear\": " + year));
        plans.add(p);
        results.add(r);
        assessments.add(Assessor.ofDefaults().assess(p, r));
      }
    }
    report = HtmlReport.standard();
    PlanValidator.Builder none = PlanValidator.builder();
    PlanValidator.ofDefaults().ruleIds().forEach(none::disable);
    reportWithoutValidation = HtmlReport.builder().validator(none.build()).build();
  }

  private static String resource(String name) {
    try (InputStream in = ReportBenchmark.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return the report
   */
  @Benchmark
  public String report() {
    return report.render(List.of(), assessments);
  }

  /**
   * @return the report, its plans not validated
   */
  @Benchmark
  public String reportWithoutValidation() {
    return reportWithoutValidation.render(List.of(), assessments);
  }

  /**
   * The baseline: the same documents written as JSON.
   *
   * @param blackhole keeps every document written
   */
  @Benchmark
  public void json(Blackhole blackhole) {
    for (AnnualPlan plan : plans) {
      blackhole.consume(json.write(plan));
    }
    for (PlanResults result : results) {
      blackhole.consume(json.write(result));
    }
  }
}
