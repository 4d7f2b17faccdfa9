package io.github.kpi4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class DisplayWidthTest {
  /**
   * A margin over the 1000 examples these properties ran before they moved to QuickTheories, which
   * counts a draw it has already tried without trying it again.
   */
  private static final int EXAMPLES = 1500;

  /**
   * Characters that measure differently: narrow, wide (in and outside the basic plane), combining
   * and zero-width, control, and surrogate halves on their own.
   */
  private static final List<String> PIECES =
      List.of(
          "a",
          "Z",
          "1",
          " ",
          "…",
          "研",
          "修",
          "達",
          "成",
          "８",
          "％",
          "（",
          "ㄅ",
          "か",
          "한",
          "\u0301",
          "\u200B",
          "\u0000",
          "\t",
          "\u1160",
          "\uD840\uDC0B",
          "\uD83D\uDE00",
          "\uD800",
          "\uDC00");

  @ParameterizedTest(name = "{0}: {2} columns")
  @CsvFileSource(resources = "/text-widths.csv", numLinesToSkip = 1, delimiter = '|')
  void should_count_east_asian_wide_characters_as_two_columns(
      String description, String text, int columns) {
    // GIVEN text of one script  WHEN measured  THEN wide characters count two columns
    assertThat(DisplayWidth.of(text)).as(description).isEqualTo(columns);
  }

  @ParameterizedTest(name = "U+{0} {1}: {2} columns")
  @CsvFileSource(resources = "/east-asian-widths.csv", delimiter = '|')
  void should_measure_small_form_variants_and_emoji_as_unicode_east_asian_width_says(
      String codePoint, String eastAsianWidth, int columns) {
    // GIVEN a code point whose East Asian Width UAX #11 gives
    int cp = Integer.parseInt(codePoint, 16);
    // WHEN measured  THEN wide (W) and full-width (F) take two columns, the rest one
    assertThat(DisplayWidth.of(cp)).as(eastAsianWidth).isEqualTo(columns);
    assertThat(DisplayWidth.of(new String(Character.toChars(cp)))).isEqualTo(columns);
  }

  @Test
  void should_count_combining_marks_as_no_column() {
    // GIVEN e followed by a combining acute accent
    String text = "e\u0301";
    // WHEN measured  THEN it takes the one column of the e
    assertThat(DisplayWidth.of(text)).isEqualTo(1);
  }

  @Test
  void should_count_characters_outside_the_basic_plane() {
    // GIVEN an ideograph of CJK extension B (U+2000B)
    String text = new String(Character.toChars(0x2000B));
    // WHEN measured  THEN it is one wide character, not two halves
    assertThat(DisplayWidth.of(text)).isEqualTo(2);
  }

  @Test
  void should_cut_chinese_text_with_an_ellipsis_to_fit() {
    // GIVEN a Chinese name 14 columns wide
    String name = "研修大陸事務法規";
    // WHEN shortened to 9 columns
    String cut = DisplayWidth.truncate(name, 9);
    // THEN it keeps 4 characters (8 columns) and the ellipsis (1 column)
    assertThat(cut).isEqualTo("研修大陸…");
    assertThat(DisplayWidth.of(cut)).isEqualTo(9);
  }

  @Test
  void should_leave_out_a_wide_character_that_would_straddle_the_limit() {
    // GIVEN a Chinese name  WHEN shortened to an even width, where the ellipsis leaves an odd room
    String cut = DisplayWidth.truncate("研修大陸事務法規", 8);
    // THEN the last character that fits whole is kept, and the line is one column short
    assertThat(cut).isEqualTo("研修大…");
    assertThat(DisplayWidth.of(cut)).isEqualTo(7);
  }

  @Test
  void should_keep_text_that_fits() {
    // GIVEN text exactly as wide as the room  WHEN shortened  THEN it is unchanged
    assertThat(DisplayWidth.truncate("達成", 4)).isEqualTo("達成");
  }

  @Test
  void should_pad_by_display_width() {
    // GIVEN Chinese text  WHEN padded to 6 columns  THEN two spaces follow its 4 columns
    assertThat(DisplayWidth.padRight("達成", 6)).isEqualTo("達成  ");
    assertThat(DisplayWidth.padLeft("達成", 6)).isEqualTo("  達成");
  }

  @Test
  void should_never_exceed_the_columns_given() {
    qt().withExamples(EXAMPLES)
        .forAll(anyText(), columns())
        .checkAssert(
            (text, columns) -> {
              // GIVEN any text  WHEN shortened  THEN it fits
              assertThat(DisplayWidth.of(DisplayWidth.truncate(text, columns)))
                  .isLessThanOrEqualTo(columns);
            });
  }

  @Test
  void should_keep_a_prefix_of_the_text() {
    AtomicInteger cut = new AtomicInteger();
    AtomicInteger whole = new AtomicInteger();
    qt().withExamples(EXAMPLES)
        .forAll(anyText(), columns())
        .checkAssert(
            (text, columns) -> {
              // GIVEN any text  WHEN shortened
              String shortened = DisplayWidth.truncate(text, columns);
              // THEN what is left, less the ellipsis, starts the text
              String kept = shortened;
              if (shortened.equals(text)) {
                whole.incrementAndGet();
              } else {
                cut.incrementAndGet();
                assertThat(shortened).endsWith("…");
                kept = shortened.substring(0, shortened.length() - 1);
              }
              assertThat(text).startsWith(kept);
            });
    // AND texts both longer and shorter than the room were tried
    assertThat(cut).hasPositiveValue();
    assertThat(whole).hasPositiveValue();
  }

  /**
   * Any UTF-16 text up to 255 units, surrogate halves alone included; any code points; and mixes of
   * the pieces above short enough to fit the room about as often as not.
   */
  private static Gen<String> anyText() {
    Gen<String> anyUnits =
        Generate.intArrays(integers().between(0, 255), integers().between(0, 0xFFFF))
            .map(
                units -> {
                  StringBuilder text = new StringBuilder(units.length);
                  for (int unit : units) {
                    text.append((char) unit);
                  }
                  return text.toString();
                });
    Gen<String> mixed =
        lists()
            .of(Generate.pick(PIECES))
            .ofSizeBetween(0, 60)
            .map(pieces -> String.join("", pieces));
    return Generate.frequency(
        List.of(
            Pair.of(2, anyUnits),
            Pair.of(1, strings().allPossible().ofLengthBetween(0, 255)),
            Pair.of(2, mixed)));
  }

  private static Gen<Integer> columns() {
    return integers().between(1, 60);
  }
}
