package io.github.kpi4j.benchmarks;

import io.github.kpi4j.json.KpiJson;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.validation.PlanValidator;
import io.github.kpi4j.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where validation spends its time: the default validator with one rule enabled, on an already read
 * plan. Not a comparison (it has no baseline): it explains {@link
 * PlanReadBenchmark#kpi4jReadValidate()}. {@code all} runs every rule, as the default validator
 * does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PlanRuleBenchmark {
  /** The plan: {@code mac-107} or {@code synthetic-<n>k}. */
  @Param({"synthetic-1k"})
  public String plan;

  /** The one rule enabled, or {@code all}. */
  @Param({
    "all",
    "plan-year-in-range",
    "text-not-blank",
    "goal-numbering",
    "kpi-numbering",
    "item-numbering",
    "milestone-numbering",
    "milestone-progress-rising",
    "kpi-name-unique",
    "kpi-target-present",
    "kpi-reference-resolves",
    "formula-parses",
    "formula-printed-value-matches-target",
    "goal-has-kpis",
    "target-quantified",
    "relative-target-baseline",
    "composite-target-items",
    "survey-target-percent",
    "programme-links-kpi",
    "common-budget-indicators",
    "weights-sum-to-100",
    "kpi-linked-by-programme",
    "common-goal-indicators",
  })
  public String rule;

  private AnnualPlan model;
  private PlanValidator validator;

  /** Creates the benchmark; JMH sets its parameters. */
  public PlanRuleBenchmark() {}

  /** Reads the plan once and builds a validator of the one rule. */
  @Setup
  public void setUp() {
    model =
        KpiJson.create()
            .readPlan(new ByteArrayInputStream(PlanReadBenchmark.bytes(plan)), "plan.json");
    PlanValidator.Builder builder = PlanValidator.builder();
    if (!rule.equals("all")) {
      for (String other : PlanValidator.ofDefaults().ruleIds()) {
        if (!other.equals(rule)) {
          builder.disable(other);
        }
      }
    }
    validator = builder.build();
  }

  /**
   * @return the report of the enabled rules
   */
  @Benchmark
  public ValidationReport validate() {
    return validator.validate(model);
  }
}
