package io.github.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FormulaCommandTest {
  @Test
  void should_print_the_value_of_a_formula_as_plans_print_it() {
    // GIVEN a formula with full-width operators and ×100%
    Cli.Run run =
        Cli.run(
            "formula",
            "（實支數＋應付未付數）÷預算數×100%",
            "--var",
            "實支數=40",
            "--var",
            "應付未付數=5.5",
            "--var",
            "預算數=50");
    // THEN its value, a ratio
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("0.91" + System.lineSeparator());
  }

  @Test
  void should_print_the_documented_json_shape() {
    Cli.Run run = Cli.run("formula", "--format", "json", "91/100");
    assertThat(run.status()).isZero();
    assertThat(run.json().propertyNames()).containsExactly("value");
    assertThat(run.json().get("value").isNumber()).isTrue();
    assertThat(run.json().get("value").decimalValue()).isEqualByComparingTo("0.91");
  }

  @Test
  void should_drop_the_binary_noise_of_doubles() {
    // GIVEN 0.1 + 0.2, which a double computes as 0.30000000000000004
    Cli.Run run = Cli.run("formula", "--format", "json", "0.1+0.2");
    // THEN 0.3
    assertThat(run.json().get("value").decimalValue()).isEqualTo(new BigDecimal("0.3"));
  }

  @Test
  void should_accept_percentages_and_grouped_numbers_as_values() {
    // GIVEN 甲 = 1,500 and 乙 = 50%  WHEN 甲 × 乙  THEN 750
    Cli.Run run = Cli.run("formula", "甲×乙", "--var", "甲=1,500", "--var", "乙=50%");
    assertThat(run.out().strip()).isEqualTo("750");
  }

  @Test
  void should_show_the_printed_value() {
    Cli.Run run = Cli.run("formula", "（甲－乙）÷乙＝2%", "--var", "甲=102", "--var", "乙=100");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("0.02").contains("printed value: 2%");
  }

  @Test
  void should_exit_2_naming_the_position_of_a_syntax_error() {
    // GIVEN a formula with an unpaired bracket
    Cli.Run run = Cli.run("formula", "（甲－乙））÷乙", "--var", "甲=1", "--var", "乙=2");
    // THEN exit 2, nothing on standard output, and the position named, never a stack trace
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0)).startsWith("kpi4j: ").contains("at character 6");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void should_exit_2_naming_a_variable_without_a_value() {
    Cli.Run run = Cli.run("formula", "甲÷乙", "--var", "甲=1");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("乙").contains("--var 乙=");
  }

  @Test
  void should_exit_2_naming_a_division_by_zero() {
    Cli.Run run = Cli.run("formula", "甲÷乙", "--var", "甲=1", "--var", "乙=0");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("division by zero");
  }

  @Test
  void should_exit_2_for_a_value_that_is_not_a_number() {
    Cli.Run run = Cli.run("formula", "甲", "--var", "甲=twelve");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--var 甲=twelve: expected a number");
  }

  @Test
  void should_exit_2_for_a_var_without_a_value() {
    Cli.Run run = Cli.run("formula", "甲", "--var", "甲");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("NAME=VALUE");
  }

  @Test
  void should_explain_a_formula_error_in_the_chosen_language() {
    // GIVEN a division by zero, asked about in Traditional Chinese
    // WHEN the formula is evaluated
    Cli.Run run = Cli.run("formula", "1/0", "--lang", "zh-TW");
    // THEN the message is Chinese, with no English problem text in it
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("kpi4j: ").doesNotContain("division by zero");
    assertThat(run.err().lines().findFirst().orElseThrow().replace("kpi4j", ""))
        .matches("[^A-Za-z]*");
  }
}
