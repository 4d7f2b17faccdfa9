package io.github.kpi4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** A benchmark compares like with like only if every library computes the same number. */
class FormulaBaselinesAgreeTest {
  @ParameterizedTest
  @EnumSource(SeedFormula.class)
  void should_compute_the_same_value_in_kpi4j_exp4j_and_evalex(SeedFormula seed) throws Exception {
    // GIVEN the benchmark set up for one seed formula
    FormulaBenchmark benchmark = new FormulaBenchmark();
    benchmark.formula = seed.id();
    benchmark.setUp();

    // WHEN each library evaluates it
    double map = benchmark.kpi4jMap();
    double positional = benchmark.kpi4jPositional();
    double exp4j = benchmark.exp4j();
    double evalEx = benchmark.evalEx();

    // THEN they agree, and the value is the ratio the formula defines
    double[] v = seed.sampleValues();
    double expected =
        switch (seed) {
          case MAC_5_1 -> (v[0] - v[1]) / v[1];
          case MAC_7_1 -> (v[0] + v[1] + v[2]) / v[3];
          case MAC_7_2 -> (v[0] - v[1]) / v[1];
        };
    assertThat(positional).isCloseTo(expected, within(1e-12));
    assertThat(map).isEqualTo(positional);
    assertThat(exp4j).isCloseTo(positional, within(1e-12));
    assertThat(evalEx).isCloseTo(positional, within(1e-12));
  }

  @ParameterizedTest
  @EnumSource(SeedFormula.class)
  void should_benchmark_the_formulas_the_mac_107_plan_prints(SeedFormula seed) throws IOException {
    // GIVEN the transcribed MAC 107 plan
    List<String> printed = new ArrayList<>();
    try (InputStream in =
        getClass().getResourceAsStream("/io/github/kpi4j/examples/plans/mac-107.json")) {
      JsonNode plan = new ObjectMapper().readTree(in);
      // WHEN its formulas are collected
      for (JsonNode goal : plan.get("goals")) {
        for (JsonNode kpi : goal.get("kpis")) {
          if (kpi.has("formula")) {
            printed.add(
                "mac-"
                    + goal.get("number").asInt()
                    + "."
                    + kpi.get("number").asInt()
                    + " "
                    + kpi.get("formula").asString());
          }
        }
      }
    }
    // THEN the benchmark's text is the plan's, character for character
    assertThat(printed).contains(seed.id() + " " + seed.printed());
  }
}
