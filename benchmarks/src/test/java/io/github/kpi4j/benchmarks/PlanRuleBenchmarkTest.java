package io.github.kpi4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.validation.PlanValidator;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Param;

/** The per-rule benchmark explains validation's time only if it covers every built-in rule. */
class PlanRuleBenchmarkTest {
  @Test
  void should_benchmark_every_standard_rule_and_no_other() throws NoSuchFieldException {
    // GIVEN the rules the benchmark lists
    String[] listed = PlanRuleBenchmark.class.getField("rule").getAnnotation(Param.class).value();

    // THEN they are the built-in rules, in their order, after "all"
    assertThat(Arrays.asList(listed).subList(1, listed.length))
        .containsExactlyElementsOf(PlanValidator.ofDefaults().ruleIds());
    assertThat(listed[0]).isEqualTo("all");
  }

  @Test
  void should_run_one_rule_alone() {
    // GIVEN the benchmark set up for one rule
    PlanRuleBenchmark benchmark = new PlanRuleBenchmark();
    benchmark.plan = "mofa-107";
    benchmark.rule = "kpi-target-present";
    benchmark.setUp();

    // THEN it reports that rule's findings and no other's (MOFA 107 lacks a target)
    assertThat(benchmark.validate().findings())
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.rule()).isEqualTo("kpi-target-present"));
  }
}
