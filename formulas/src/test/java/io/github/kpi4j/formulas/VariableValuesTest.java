package io.github.kpi4j.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kpi4j.formulas.FormulaException.Kind;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a formula takes the values of its variables: by name in NFKC form, or by position. */
class VariableValuesTest {
  @Test
  void should_list_variables_once_in_order_of_first_appearance_in_normal_form() {
    // GIVEN a formula that repeats names in two widths
    Formula formula = Formula.compile("（Ｂ－A）÷Ａ＋B×前１年度");

    // WHEN / THEN
    assertThat(formula.variables()).containsExactly("B", "A", "前1年度");
  }

  @Test
  void should_match_keys_in_any_width() {
    // GIVEN keys spelt in other widths than the formula
    Formula formula = Formula.compile("Ａ÷資本門預算數１");
    Map<String, Number> values = Map.of("A", 3, "資本門預算數1", 4);

    // WHEN / THEN
    assertThat(formula.evaluate(values)).isEqualTo(0.75);
    assertThat(Formula.compile("A÷資本門預算數1").evaluate(Map.of("Ａ", 3, "資本門預算數１", 4))).isEqualTo(0.75);
  }

  @Test
  void should_not_match_keys_with_white_space_in_or_around_them() {
    // GIVEN keys that NFKC does not make the formula's names: white space is not removed
    Formula formula = Formula.compile("A÷資本門預算數");
    Map<String, Number> values = Map.of(" A", 3, "A", 3, "資本門 預算數", 4);

    // WHEN
    FormulaException e =
        catchThrowableOfType(FormulaException.class, () -> formula.evaluate(values));

    // THEN
    assertThat(e.kind()).isEqualTo(Kind.MISSING_VARIABLE);
    assertThat(e.variable()).contains("資本門預算數");
  }

  @Test
  void should_accept_any_kind_of_number_and_ignore_extra_keys() {
    // GIVEN
    Formula formula = Formula.compile("甲＋乙＋丙");
    Map<String, Number> values =
        Map.of("甲", 1, "乙", 2L, "丙", new BigDecimal("0.5"), "丁", 100, "unrelated", 7.0);

    // WHEN / THEN
    assertThat(formula.evaluate(values)).isEqualTo(3.5);
  }

  @Test
  void should_name_the_missing_variable_and_list_the_others() {
    // GIVEN a value for 甲 only, 乙 with a null value
    Formula formula = Formula.compile("甲＋乙×丙");
    Map<String, Double> values = new HashMap<>();
    values.put("甲", 1.0);
    values.put("乙", null);

    // WHEN
    FormulaException e =
        catchThrowableOfType(FormulaException.class, () -> formula.evaluate(values));

    // THEN
    assertThat(e.kind()).isEqualTo(Kind.MISSING_VARIABLE);
    assertThat(e.variable()).contains("乙");
    assertThat(e.position()).isEqualTo(2);
    assertThat(e.problem()).isEqualTo("no value for 乙 (nor for 丙)");
  }

  @Test
  void should_prefer_the_normal_spelling_and_refuse_two_other_spellings_that_disagree() {
    // GIVEN
    Formula formula = Formula.compile("A×2");
    Map<String, Double> normalWins = new LinkedHashMap<>();
    normalWins.put("Ａ", 5.0);
    normalWins.put("A", 1.0);
    Map<String, Double> disagree = new LinkedHashMap<>();
    disagree.put("Ａ", 5.0);
    disagree.put("𝐀", 1.0);
    Map<String, Double> agree = Map.of("Ａ", 5.0, "𝐀", 5.0);

    // WHEN
    FormulaException e =
        catchThrowableOfType(FormulaException.class, () -> formula.evaluate(disagree));

    // THEN
    assertThat(formula.evaluate(normalWins)).isEqualTo(2);
    assertThat(formula.evaluate(agree)).isEqualTo(10);
    assertThat(e.kind()).isEqualTo(Kind.AMBIGUOUS_VARIABLE);
    assertThat(e.variable()).contains("A");
  }

  @Test
  void should_refuse_values_that_are_not_finite_and_name_the_variable() {
    // GIVEN
    Formula formula = Formula.compile("甲÷乙");

    // WHEN
    FormulaException byName =
        catchThrowableOfType(
            FormulaException.class, () -> formula.evaluate(Map.of("甲", 1, "乙", Double.NaN)));
    FormulaException byPosition =
        catchThrowableOfType(
            FormulaException.class, () -> formula.evaluate(Double.POSITIVE_INFINITY, 1));

    // THEN
    assertThat(byName.kind()).isEqualTo(Kind.NOT_FINITE);
    assertThat(byName.variable()).contains("乙");
    assertThat(byName.position()).isEqualTo(2);
    assertThat(byPosition.kind()).isEqualTo(Kind.NOT_FINITE);
    assertThat(byPosition.variable()).contains("甲");
  }

  @Test
  void should_refuse_a_wrong_number_of_positional_values() {
    // GIVEN
    Formula formula = Formula.compile("甲÷乙");

    // WHEN
    FormulaException e = catchThrowableOfType(FormulaException.class, () -> formula.evaluate(1));

    // THEN
    assertThat(e.kind()).isEqualTo(Kind.WRONG_ARITY);
    assertThat(e.position()).isEqualTo(-1);
    assertThat(e.problem()).isEqualTo("expected 2 values (for 甲, 乙) but got 1");
  }

  @Test
  void should_evaluate_a_formula_without_variables() {
    // GIVEN
    Formula formula = Formula.compile("（3＋4）×100%");

    // WHEN / THEN
    assertThat(formula.variables()).isEmpty();
    assertThat(formula.evaluate()).isEqualTo(7);
    assertThat(formula.evaluate(Map.of())).isEqualTo(7);
  }

  @Test
  void should_return_zero_rather_than_negative_zero() {
    // GIVEN a product that is negative zero in IEEE arithmetic
    Formula formula = Formula.compile("甲×乙");

    // WHEN
    double value = formula.evaluate(-1, 0);

    // THEN
    assertThat(Double.doubleToRawLongBits(value)).isEqualTo(Double.doubleToRawLongBits(0.0));
  }

  @Test
  void should_treat_null_arguments_as_programming_errors() {
    // GIVEN
    Formula formula = Formula.compile("甲");

    // WHEN / THEN
    assertThatNullPointerException().isThrownBy(() -> Formula.compile(null));
    assertThatNullPointerException().isThrownBy(() -> formula.evaluate((Map<String, Number>) null));
    assertThatNullPointerException().isThrownBy(() -> formula.evaluate((double[]) null));
  }
}
