package io.github.kpi4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindFormulaBenchmarkTest {
  @Test
  void should_find_in_the_benchmarked_standard_the_formula_its_baseline_compiles() {
    // GIVEN the benchmark's standard, about 200 characters
    FindFormulaBenchmark benchmark = new FindFormulaBenchmark();
    assertThat(FindFormulaBenchmark.STANDARD.length()).isBetween(190, 210);

    // WHEN / THEN finding gives the bare formula, with the variables of compiling it
    assertThat(benchmark.find().orElseThrow().formula().variables())
        .isEqualTo(benchmark.compileBareFormula().variables());
    assertThat(benchmark.find().orElseThrow().definedName()).contains("一般廢棄物回收率");
  }
}
