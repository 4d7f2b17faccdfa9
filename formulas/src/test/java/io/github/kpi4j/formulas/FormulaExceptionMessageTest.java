package io.github.kpi4j.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.kpi4j.Kpi4jException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A formula error's message: the problem and position, the formula, a caret under the position. */
class FormulaExceptionMessageTest {
  @Test
  void should_point_a_caret_at_the_problem_in_ascii() {
    // GIVEN / WHEN
    FormulaException e = compileError("(1+2))");

    // THEN
    assertThat(e).isInstanceOf(Kpi4jException.class);
    assertThat(e.getMessage())
        .isEqualTo("unexpected ')': no bracket is open at character 6\n(1+2))\n     ^");
  }

  @Test
  void should_count_wide_characters_twice_so_the_caret_lines_up() {
    // GIVEN / WHEN
    FormulaException e = compileError("甲＋乙）");

    // THEN
    assertThat(e.position()).isEqualTo(3);
    assertThat(e.character()).isEqualTo(4);
    assertThat(e.getMessage())
        .isEqualTo("unexpected '）': no bracket is open at character 4\n甲＋乙）\n      ^");
  }

  @Test
  void should_index_positions_in_utf16_units_but_count_characters_and_columns_by_code_point() {
    // GIVEN a character outside the Basic Multilingual Plane before the problem
    FormulaException e = compileError("𠀋+)");

    // WHEN / THEN the index counts its two UTF-16 units, the message and the caret one character
    assertThat(e.position()).isEqualTo(3);
    assertThat(e.character()).isEqualTo(3);
    assertThat(e.getMessage())
        .isEqualTo(
            "expected a number, a variable or an opening bracket after"
                + " '+', not ')' at character 3\n𠀋+)\n   ^");
  }

  @Test
  void should_show_a_window_of_a_long_formula() {
    // GIVEN an error at 250 in a formula of 301 characters
    String text = "1+".repeat(125) + "、" + "+1".repeat(25);

    // WHEN
    FormulaException e = compileError(text);

    // THEN the window starts with an ellipsis and the caret sits under the culprit
    String[] lines = e.getMessage().split("\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[1]).startsWith("…").hasSizeLessThan(110);
    int column = lines[2].indexOf('^');
    assertThat(lines[1].charAt(column)).isEqualTo('、');
  }

  @Test
  void should_show_line_breaks_as_spaces_to_keep_the_caret_aligned() {
    // GIVEN / WHEN
    FormulaException e = compileError("1+\n2)");

    // THEN
    assertThat(e.getMessage()).endsWith("\n1+ 2)\n    ^");
  }

  @Test
  void should_omit_the_caret_when_there_is_no_position() {
    // GIVEN / WHEN
    FormulaException e =
        catchThrowableOfType(FormulaException.class, () -> Formula.compile("甲").evaluate());

    // THEN
    assertThat(e.position()).isEqualTo(-1);
    assertThat(e.character()).isZero();
    assertThat(e.getMessage()).isEqualTo("expected 1 value (for 甲) but got 0\n甲");
    assertThat(e.message(Locale.TAIWAN)).isEqualTo("應給 1 個值（甲），卻給了 0 個\n甲");
  }

  @Test
  void should_name_the_divisor_of_a_division_by_zero() {
    // GIVEN / WHEN
    FormulaException e =
        catchThrowableOfType(
            FormulaException.class, () -> Formula.compile("甲÷（乙－丙）").evaluate(1, 2, 2));

    // THEN
    assertThat(e.getMessage())
        .isEqualTo("division by zero: the divisor '（乙－丙）' is 0 at character 3\n甲÷（乙－丙）\n   ^");
  }

  @Test
  void should_say_the_same_in_traditional_chinese_with_the_same_caret() {
    // GIVEN / WHEN
    FormulaException e = compileError("甲＋乙）");

    // THEN
    assertThat(e.problem(Locale.TAIWAN)).isEqualTo("多出的 '）'：沒有待閉合的括號");
    assertThat(e.message(Locale.TRADITIONAL_CHINESE))
        .isEqualTo("多出的 '）'：沒有待閉合的括號（第 4 個字元）\n甲＋乙）\n      ^");
    assertThat(e.message(Locale.forLanguageTag("zh"))).isEqualTo(e.message(Locale.TAIWAN));
  }

  @Test
  void should_give_english_for_any_locale_that_is_not_chinese() {
    // GIVEN / WHEN
    FormulaException e = compileError("甲＋乙）");

    // THEN
    assertThat(e.message(Locale.ENGLISH)).isEqualTo(e.getMessage());
    assertThat(e.message(Locale.JAPANESE)).isEqualTo(e.getMessage());
    assertThat(e.problem(Locale.ROOT)).isEqualTo(e.problem());
  }

  @Test
  void should_name_a_mismatched_opening_bracket_by_its_character() {
    // GIVEN / WHEN the 【 is the 3rd character, closed by ) at the 7th
    FormulaException e = compileError("1+【1+2)");

    // THEN
    assertThat(e.getMessage())
        .startsWith("mismatched brackets: '【' at character 3 is closed by ')' at character 7\n");
    assertThat(e.message(Locale.TAIWAN)).startsWith("括號不成對：第 3 個字元的 '【' 由 ')' 閉合（第 7 個字元）\n");
  }

  @Test
  void should_keep_a_problem_given_as_text_in_every_language() {
    // GIVEN a problem raised by other code with its own text
    FormulaException e =
        new FormulaException(FormulaException.Kind.SYNTAX, "1+", 2, null, "a custom problem");

    // WHEN / THEN
    assertThat(e.getMessage()).isEqualTo("a custom problem at character 3\n1+\n  ^");
    assertThat(e.problem(Locale.TAIWAN)).isEqualTo("a custom problem");
    assertThat(e.message(Locale.TAIWAN)).isEqualTo("a custom problem（第 3 個字元）\n1+\n  ^");
  }

  @Test
  void should_reject_a_position_outside_the_formula() {
    // GIVEN / WHEN / THEN
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new FormulaException(FormulaException.Kind.SYNTAX, "1+", 3, null, "problem"));
  }

  private static FormulaException compileError(String text) {
    FormulaException e = catchThrowableOfType(FormulaException.class, () -> Formula.compile(text));
    assertThat(e).as("compiling %s", text).isNotNull();
    return e;
  }
}
