package io.github.kpi4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class TextWidthTest {
  @ParameterizedTest(name = "{0}: {2} columns")
  @CsvFileSource(resources = "/text-widths.csv", numLinesToSkip = 1, delimiter = '|')
  void should_count_east_asian_wide_characters_as_two_columns(
      String description, String text, int columns) {
    // GIVEN text of one script  WHEN measured  THEN wide characters count two columns
    assertThat(TextWidth.of(text)).as(description).isEqualTo(columns);
  }

  @Test
  void should_count_combining_marks_as_no_column() {
    // GIVEN e followed by a combining acute accent
    String text = "e\u0301";
    // WHEN measured  THEN it takes the one column of the e
    assertThat(TextWidth.of(text)).isEqualTo(1);
  }

  @Test
  void should_count_characters_outside_the_basic_plane() {
    // GIVEN an ideograph of CJK extension B (U+2000B)
    String text = new String(Character.toChars(0x2000B));
    // WHEN measured  THEN it is one wide character, not two halves
    assertThat(TextWidth.of(text)).isEqualTo(2);
  }

  @Test
  void should_cut_chinese_text_with_an_ellipsis_to_fit() {
    // GIVEN a Chinese name 14 columns wide
    String name = "研修大陸事務法規";
    // WHEN shortened to 9 columns
    String cut = TextWidth.truncate(name, 9);
    // THEN it keeps 4 characters (8 columns) and the ellipsis (1 column)
    assertThat(cut).isEqualTo("研修大陸…");
    assertThat(TextWidth.of(cut)).isEqualTo(9);
  }

  @Test
  void should_leave_out_a_wide_character_that_would_straddle_the_limit() {
    // GIVEN a Chinese name  WHEN shortened to an even width, where the ellipsis leaves an odd room
    String cut = TextWidth.truncate("研修大陸事務法規", 8);
    // THEN the last character that fits whole is kept, and the line is one column short
    assertThat(cut).isEqualTo("研修大…");
    assertThat(TextWidth.of(cut)).isEqualTo(7);
  }

  @Test
  void should_keep_text_that_fits() {
    // GIVEN text exactly as wide as the room  WHEN shortened  THEN it is unchanged
    assertThat(TextWidth.truncate("達成", 4)).isEqualTo("達成");
  }

  @Test
  void should_pad_by_display_width() {
    // GIVEN Chinese text  WHEN padded to 6 columns  THEN two spaces follow its 4 columns
    assertThat(TextWidth.padRight("達成", 6)).isEqualTo("達成  ");
    assertThat(TextWidth.padLeft("達成", 6)).isEqualTo("  達成");
  }

  @Property
  void should_never_exceed_the_columns_given(
      @ForAll String text, @ForAll @IntRange(min = 1, max = 60) int columns) {
    // GIVEN any text  WHEN shortened  THEN it fits
    assertThat(TextWidth.of(TextWidth.truncate(text, columns))).isLessThanOrEqualTo(columns);
  }

  @Property
  void should_keep_a_prefix_of_the_text(
      @ForAll String text, @ForAll @IntRange(min = 1, max = 60) int columns) {
    // GIVEN any text  WHEN shortened  THEN what is left, less the ellipsis, starts the text
    String cut = TextWidth.truncate(text, columns);
    String kept = cut.equals(text) ? cut : cut.substring(0, cut.length() - 1);
    assertThat(text).startsWith(kept);
  }
}
