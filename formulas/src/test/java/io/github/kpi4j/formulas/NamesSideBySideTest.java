package io.github.kpi4j.formulas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * White space ends a variable's name: two names separated by it are two variables side by side, an
 * error that points at the second, never one name and never a product.
 */
class NamesSideBySideTest {
  /** White space of every kind a plan's text holds: ASCII, ideographic, no-break, zero-width. */
  /** White space within one line; a line break inside a name joins it (a wrapped table cell). */
  private static final List<String> SPACES =
      List.of(" ", "　", "\t", "\u00A0", "\u200B", "\uFEFF", "  ");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          a b|2|'a'|'b'
          甲 乙|2|'甲'|'乙'
          a　b|2|'a'|'b'
          ＡＢ Ｃ|3|'ＡＢ'|'Ｃ'
          (資 本門預算數)|3|'資'|'本門預算數'
          """)
  void should_reject_two_names_separated_by_white_space(
      String text, int position, String first, String second) {
    // GIVEN / WHEN
    FormulaException e = catchThrowableOfType(FormulaException.class, () -> Formula.compile(text));

    // THEN a syntax error at the second name, naming both, in English and in Chinese
    assertThat(e).as(text).isNotNull();
    assertThat(e.kind()).isEqualTo(FormulaException.Kind.SYNTAX);
    assertThat(e.position()).isEqualTo(position);
    assertThat(e.problem())
        .startsWith("two variables side by side, " + first + " and " + second + ":");
    assertThat(e.problem(Locale.TAIWAN)).startsWith("兩個變數 " + first + " 與 " + second + " 並列：");
  }

  @Test
  void should_still_say_missing_operator_between_a_name_and_a_number() {
    // GIVEN / WHEN
    FormulaException e = catchThrowableOfType(FormulaException.class, () -> Formula.compile("甲 2"));

    // THEN
    assertThat(e.position()).isEqualTo(2);
    assertThat(e.problem()).isEqualTo("missing operator between '甲' and '2'");
  }

  @Test
  void should_read_a_name_written_whole_as_one_variable_in_nfkc_form() {
    // GIVEN a name in full-width letters, with spaces only around it
    Formula formula = Formula.compile("  ＡＢ１ ÷ 資本門預算數 ");

    // WHEN / THEN its normal form is NFKC, nothing removed or added
    assertThat(formula.variables()).containsExactly("AB1", "資本門預算數");
  }

  @Test
  void should_reject_any_name_split_anywhere_by_any_white_space() {
    qt().withExamples(500)
        .forAll(names(), integers().between(1, 9), Generate.pick(SPACES))
        .checkAssert(
            (name, cut, space) -> {
              // GIVEN a formula whose name is split, after its first character at least
              int characters = name.codePointCount(0, name.length());
              int split = name.offsetByCodePoints(0, 1 + cut % (characters - 1));
              String left = name.substring(0, split);
              String right = name.substring(split);
              String text = "甲＋" + left + space + right + "×100%";

              // WHEN
              FormulaException e =
                  catchThrowableOfType(FormulaException.class, () -> Formula.compile(text));

              // THEN a syntax error where the second part starts, with that character in the
              // message
              assertThat(e).as(text).isNotNull();
              assertThat(e.kind()).isEqualTo(FormulaException.Kind.SYNTAX);
              int second = 2 + left.length() + space.length();
              assertThat(e.position()).as(text).isEqualTo(second);
              assertThat(e.character()).isEqualTo(text.codePointCount(0, second) + 1);
              assertThat(e.getMessage()).contains(" at character " + e.character() + "\n");
              // AND the problem names two variables, unless the second part is a number (a name
              // may start with a count, 0本甲, but not with a bare number)
              if (Character.isDigit(right.codePointAt(0)) && !isName(right)) {
                assertThat(e.problem()).startsWith("missing operator between");
              } else {
                assertThat(e.problem()).startsWith("two variables side by side");
              }
              // AND the name written whole is one variable
              assertThat(Formula.compile("甲＋" + name + "×100%").variables()).hasSize(2);
            });
  }

  private static boolean isName(String text) {
    try {
      return Formula.compile(text).variables().size() == 1;
    } catch (FormulaException e) {
      return false;
    }
  }

  /** Names of 2 to 8 characters, starting with a letter or {@code _}, Chinese included. */
  private static Gen<String> names() {
    String starts = "甲乙資本門預算數年度𠀋aZ_ＡＢ";
    String parts = starts + "0123456789１２";
    Gen<String> start = Generate.pick(codePoints(starts));
    Gen<String> part = Generate.pick(codePoints(parts));
    Gen<Integer> lengths = integers().between(1, 7);
    return in -> {
      StringBuilder name = new StringBuilder(start.generate(in));
      for (int i = lengths.generate(in); i > 0; i--) {
        name.append(part.generate(in));
      }
      return name.toString();
    };
  }

  private static List<String> codePoints(String text) {
    return text.codePoints().mapToObj(Character::toString).toList();
  }
}
