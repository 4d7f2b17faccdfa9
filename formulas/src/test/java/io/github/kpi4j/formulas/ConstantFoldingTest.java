package io.github.kpi4j.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/**
 * The compiler folds what is constant, so that {@code ×100%} costs nothing, but leaves a constant
 * error to evaluation, which reports it where it is.
 */
class ConstantFoldingTest {
  @Test
  void should_make_times_one_hundred_percent_cost_nothing() {
    // GIVEN / WHEN
    Program ratio = program("甲÷乙");
    Program percent = program("甲÷乙×100%");
    Program bracketed = program("【（甲－乙）÷乙】×100%");

    // THEN
    assertThat(percent.toString()).isEqualTo(ratio.toString()).isEqualTo("var 0; var 1; div");
    assertThat(bracketed.toString()).isEqualTo("var 0; var 1; sub; var 1; div");
  }

  @Test
  void should_fold_constant_parts() {
    // GIVEN / WHEN / THEN
    assertThat(program("甲×（2＋3）^2").toString()).isEqualTo("var 0; const 25.0; mul");
    assertThat(program("-(50%)").toString()).isEqualTo("const -0.5");
  }

  @Test
  void should_leave_a_constant_division_by_zero_to_evaluation() {
    // GIVEN
    Formula formula = Formula.compile("甲＋1÷（2－2）");

    // WHEN
    FormulaException e = catchThrowableOfType(FormulaException.class, () -> formula.evaluate(1));

    // THEN
    assertThat(e.kind()).isEqualTo(FormulaException.Kind.DIVISION_BY_ZERO);
    assertThat(e.variable()).contains("（2－2）");
    assertThat(e.position()).isEqualTo(4);
  }

  private static Program program(String text) {
    return ((CompiledFormula) Formula.compile(text)).program();
  }
}
