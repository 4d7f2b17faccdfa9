package io.github.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.formulas.Formula;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How {@code kpi4j formula} reads its arguments: an EXPRESSION that starts with a minus sign, and
 * {@code --var} assignments that are malformed or repeated.
 */
class FormulaArgumentsTest {

  /** The value the formulas module gives, as the CLI prints it: what the CLI must print. */
  private static BigDecimal valueOf(String expression, Map<String, BigDecimal> variables) {
    double value = Formula.compile(expression).evaluate(variables);
    return new BigDecimal(value).round(new MathContext(15));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"-2^2", "-2", "-(3+4)*2", "−2^2", "－2^2"})
  void should_take_an_expression_that_starts_with_a_minus_sign_without_a_double_dash(
      String expression) {
    // GIVEN an expression that starts with an ASCII, a mathematical or a full-width minus sign
    // WHEN evaluated, with no -- before it
    Cli.Run run = Cli.run("formula", "--format", "json", expression);

    // THEN it is evaluated, not taken for an option
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.json().get("value").decimalValue())
        .isEqualByComparingTo(valueOf(expression, Map.of()));
  }

  @Test
  void should_take_a_negated_variable_between_options() {
    // GIVEN an expression -甲×2 after one --var and before another option
    // WHEN evaluated
    Cli.Run run = Cli.run("formula", "--var", "甲=3", "-甲×2", "--format", "json");

    // THEN the options still apply and the expression is -6
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.json().get("value").decimalValue()).isEqualByComparingTo("-6");
  }

  @Test
  void should_take_a_negative_value_of_a_var_as_its_value() {
    // GIVEN --var whose value starts with a minus sign, then the expression
    // WHEN evaluated
    Cli.Run run = Cli.run("formula", "--var", "甲=-3", "甲×2");

    // THEN the value belongs to --var
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().strip()).isEqualTo("-6");
  }

  @Test
  void should_still_accept_a_double_dash_before_the_expression() {
    // GIVEN the expression after --, as before
    Cli.Run run = Cli.run("formula", "--format", "json", "--", "-2^2");

    // THEN it is evaluated
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.json().get("value").decimalValue())
        .isEqualByComparingTo(valueOf("-2^2", Map.of()));
  }

  @Test
  void should_still_read_a_cluster_of_short_options_as_options() {
    // GIVEN -hV, a cluster of short options (help), not an expression
    Cli.Run run = Cli.run("formula", "-hV");

    // THEN picocli reads it as options: the usage, not a formula -hV with missing variables
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("Usage:");
  }

  @Test
  void should_still_show_the_help_for_dash_h() {
    // GIVEN -h, a real option
    Cli.Run run = Cli.run("formula", "-h");

    // THEN the usage, not the value of a formula -h
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Usage:").contains("EXPRESSION");
  }

  @Test
  void should_still_report_a_mistyped_long_option_after_such_an_expression() {
    // GIVEN an expression that starts with a minus sign, then a misspelt --format
    Cli.Run run = Cli.run("formula", "-2^2", "--fromat", "json");

    // THEN exit 2, the misspelt option named as unknown, and the expression not
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0))
        .startsWith("kpi4j: Unknown option")
        .contains("'--fromat'")
        .doesNotContain("-2^2");
  }

  @Test
  void should_still_suggest_the_option_a_misspelt_one_meant() {
    // GIVEN an expression that starts with a minus sign, then --formt=json
    Cli.Run run = Cli.run("formula", "-2^2", "--formt=json");

    // THEN exit 2, and --format suggested
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("'--formt=json'").contains("Possible solutions: --format");
  }

  @Test
  void should_exit_2_for_a_variable_given_twice() {
    // GIVEN the variable a given twice, with different values
    Cli.Run run = Cli.run("formula", "a", "--var", "a=1", "--var", "a=2");

    // THEN exit 2, saying so, rather than silently taking the second
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0))
        .isEqualTo(
            "kpi4j: the variable a is given twice: --var a=1 and --var a=2; give each variable"
                + " once");
  }

  @Test
  void should_exit_2_for_a_variable_given_twice_in_two_widths() {
    // GIVEN Ａ and A, which the formula takes for one name
    Cli.Run run = Cli.run("formula", "A", "--var", "Ａ=1", "--var", "A=1");

    // THEN it is given twice, even with the same value
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("is given twice: --var Ａ=1 and --var A=1");
  }

  @Test
  void should_drop_white_space_around_a_variable_name() {
    // GIVEN a name written with spaces around it
    Cli.Run run = Cli.run("formula", "甲×2", "--var", " 甲 =3");

    // THEN it is the variable 甲
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().strip()).isEqualTo("6");
  }

  @Test
  void should_say_a_variable_is_given_twice_in_chinese() {
    // GIVEN --lang zh-TW after the repeated variable, so that the language is known only later
    Cli.Run run = Cli.run("formula", "甲", "--var", "甲=1", "--var", "甲=2", "--lang", "zh-TW");

    // THEN the message is in Chinese
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines().get(0))
        .isEqualTo("kpi4j: 變數 甲 重複提供：--var 甲=1 與 --var 甲=2；每個變數只能提供一次");
  }

  @ParameterizedTest(name = "--var ''{0}''")
  @ValueSource(strings = {"=1", " =1", "　=1"})
  void should_exit_2_for_a_variable_without_a_name(String assignment) {
    // GIVEN --var with nothing, or only white space, before =
    Cli.Run run = Cli.run("formula", "1+1", "--var", assignment);

    // THEN exit 2, saying the name is missing
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines().get(0))
        .isEqualTo("kpi4j: --var " + assignment + ": the variable has no name; write NAME=1");
  }

  @Test
  void should_say_a_variable_has_no_name_in_chinese() {
    Cli.Run run = Cli.run("formula", "--lang", "zh-TW", "1+1", "--var", "=1");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines().get(0)).isEqualTo("kpi4j: --var =1：變數沒有名稱；應寫作 名稱=1");
  }

  @Test
  void should_exit_2_for_a_var_that_is_not_name_equals_value() {
    // GIVEN --var with no =
    Cli.Run run = Cli.run("formula", "甲", "--var", "甲");

    // THEN exit 2, showing the form expected
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines().get(0))
        .isEqualTo("kpi4j: --var 甲: expected NAME=VALUE, such as --var 甲=12");
  }
}
