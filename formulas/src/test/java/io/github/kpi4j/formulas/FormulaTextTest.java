package io.github.kpi4j.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * What a compiled formula tells about its text: the text itself, its arithmetic, its printed value.
 */
class FormulaTextTest {
  @Test
  void should_keep_the_text_as_given_and_split_off_the_printed_value() {
    // GIVEN
    String text = " （甲－乙）÷乙 ＝ 2% ";

    // WHEN
    Formula formula = Formula.compile(text);

    // THEN
    assertThat(formula.text()).isEqualTo(text);
    assertThat(formula.expression()).isEqualTo("（甲－乙）÷乙");
    assertThat(formula.printedValue()).contains("2%");
    assertThat(formula).hasToString(text);
  }

  @Test
  void should_have_no_printed_value_without_an_equals_sign() {
    // GIVEN / WHEN
    Formula formula = Formula.compile("甲÷乙×100%");

    // THEN
    assertThat(formula.printedValue()).isEmpty();
    assertThat(formula.expression()).isEqualTo(formula.text());
  }

  @Test
  void should_keep_a_printed_value_as_text_whatever_it_says() {
    // GIVEN / WHEN
    Formula formula = Formula.compile("甲÷乙=較前年度增加、10%");

    // THEN
    assertThat(formula.printedValue()).contains("較前年度增加、10%");
  }

  @Test
  void should_be_equal_to_a_formula_of_the_same_text() {
    // GIVEN / WHEN / THEN
    assertThat(Formula.compile("甲+乙")).isEqualTo(Formula.compile("甲+乙"));
    assertThat(Formula.compile("甲+乙")).hasSameHashCodeAs(Formula.compile("甲+乙"));
    assertThat(Formula.compile("甲+乙")).isNotEqualTo(Formula.compile("甲＋乙"));
  }

  @Test
  void should_expose_unmodifiable_variables() {
    // GIVEN
    Formula formula = Formula.compile("甲+乙");

    // WHEN / THEN
    assertThatThrownBy(() -> formula.variables().add("丙"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_refuse_text_longer_than_the_limit() {
    // GIVEN
    String text = "1+".repeat(Formula.MAX_LENGTH / 2) + "1";

    // WHEN / THEN
    assertThatThrownBy(() -> Formula.compile(text))
        .isInstanceOfSatisfying(
            FormulaException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(FormulaException.Kind.SYNTAX);
              assertThat(e.position()).isEqualTo(Formula.MAX_LENGTH);
              assertThat(e.problem()).contains(String.valueOf(Formula.MAX_LENGTH));
            });
  }
}
