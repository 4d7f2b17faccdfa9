package io.github.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code formula --find}: the formula inside a measurement standard, as cli.md documents it. */
class FormulaFindCommandTest {
  @Test
  void should_print_the_documented_json_shape() {
    // GIVEN a standard with a label, a definition and a printed value
    // WHEN its formula is found with every variable given
    Cli.Run run =
        Cli.run(
            "formula",
            "--find",
            "計算公式：成長率＝（甲－乙）÷乙×100%＝2%",
            "--format",
            "json",
            "--var",
            "甲=102",
            "--var",
            "乙=100");

    // THEN the formula as printed, its variables, the printed value and the value
    assertThat(run.status()).isZero();
    assertThat(run.json().propertyNames())
        .containsExactly("formula", "variables", "printedValue", "value");
    assertThat(run.json().get("formula").asString()).isEqualTo("（甲－乙）÷乙×100%");
    assertThat(run.json().get("variables").toString()).isEqualTo("[\"甲\",\"乙\"]");
    assertThat(run.json().get("printedValue").asString()).isEqualTo("2%");
    assertThat(run.json().get("value").decimalValue()).isEqualByComparingTo("0.02");
  }

  @Test
  void should_give_the_value_of_a_formula_without_variables() {
    // GIVEN a standard whose formula is numbers alone
    // WHEN it is found, with no --var
    Cli.Run run = Cli.run("formula", "--find", "（100－20）÷100×100%", "--format", "json");

    // THEN it is a formula, with no variable, and its value is there: every variable has one
    assertThat(run.status()).isZero();
    assertThat(run.json().get("formula").asString()).isEqualTo("（100－20）÷100×100%");
    assertThat(run.json().get("variables").isEmpty()).isTrue();
    assertThat(run.json().get("printedValue").isNull()).isTrue();
    assertThat(run.json().get("value").decimalValue()).isEqualByComparingTo("0.8");
  }

  @Test
  void should_say_in_text_that_a_formula_of_numbers_alone_has_no_variable() {
    Cli.Run run = Cli.run("formula", "--find", "計算公式：86*20% =17.2");
    assertThat(run.status()).isZero();
    assertThat(run.out().lines())
        .containsExactly(
            "formula: 86*20%",
            "variables: none, the formula is numbers alone", "printed value: 17.2", "value: 17.2");
  }

  @Test
  void should_leave_the_value_out_while_a_variable_has_none() {
    Cli.Run run =
        Cli.run(
            "formula",
            "--find",
            "分子：本年度實際完成件數 分母：本年度預定完成件數",
            "--format",
            "json",
            "--var",
            "本年度實際完成件數=45");
    assertThat(run.status()).isZero();
    assertThat(run.json().get("formula").asString()).isEqualTo("本年度實際完成件數÷本年度預定完成件數");
    assertThat(run.json().has("value")).isFalse();
  }

  @Test
  void should_assemble_labelled_operands() {
    // GIVEN a formula whose numerator and denominator carry their labels in brackets
    Cli.Run run =
        Cli.run(
            "formula",
            "--find",
            "（分子）本年度實際完成件數／（分母）本年度預定完成件數×100%",
            "--format",
            "json",
            "--var",
            "本年度實際完成件數=45",
            "--var",
            "本年度預定完成件數=50");

    // THEN the formula without the labels, and its value
    assertThat(run.status()).isZero();
    assertThat(run.json().get("formula").asString()).isEqualTo("本年度實際完成件數／本年度預定完成件數×100%");
    assertThat(run.json().get("value").decimalValue()).isEqualByComparingTo("0.9");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "1.完成委託專業技術服務25%\n2.完成工程招標50%\n3.工程完工75%",
        "107/12/31",
        "3%~5%",
        "100%",
        "每年每項績效需較前年度增加 10 %。"
      })
  void should_exit_2_where_the_standard_holds_no_formula(String standard) {
    // GIVEN a milestone ladder, a date, a range, a value or prose
    // WHEN a formula is looked for
    Cli.Run run = Cli.run("formula", "--find", standard);

    // THEN none is found, and the message says so
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no formula found");
  }
}
