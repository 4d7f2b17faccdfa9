package io.github.kpi4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.internal.Suggestions.Tolerance;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** kpi4j's one "did you mean", with its two tolerances. */
class SuggestionsTest {
  private static final List<String> KPI_PROPERTIES =
      List.of("number", "name", "target", "targets", "milestones", "englishname", "rocyear");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "-",
      value = {
        "nmae, name",
        "tagets, targets",
        "milestone, milestones",
        "nunber, number",
        "year, -",
        "english, -",
        "foo, -",
        "'', -"
      })
  void should_suggest_an_identifier_only_for_a_typo(String typed, String meant) {
    // GIVEN property names WHEN a mistyped one is looked up as an identifier
    int closest = Suggestions.closest(typed, KPI_PROPERTIES, Tolerance.IDENTIFIER);

    // THEN a typo finds its name, and a different word finds none
    assertThat(closest < 0 ? null : KPI_PROPERTIES.get(closest)).isEqualTo(meant);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "-",
      value = {"提升競爭力, 提升臺灣整體競爭力，加強經貿政策的溝通", "year, rocyear", "服, -"})
  void should_suggest_prose_for_a_shortened_name(String typed, String meant) {
    // GIVEN names WHEN a shortened one is looked up as prose
    List<String> names = List.of("提升臺灣整體競爭力，加強經貿政策的溝通", "rocyear", "服務");
    int closest = Suggestions.closest(typed, names, Tolerance.PROSE);

    // THEN it finds the name it shortens, and a single character finds none
    assertThat(closest < 0 ? null : names.get(closest)).isEqualTo(meant);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"abc, abc, 3", "abc, xyz, 0", "ab𠀋c, a𠀋c, 3"})
  void should_measure_the_longest_common_subsequence_by_code_point(
      String a, String b, int expected) {
    // GIVEN two texts WHEN their longest common subsequence is measured THEN it counts code points
    assertThat(
            Suggestions.longestCommonSubsequence(
                a.codePoints().toArray(), b.codePoints().toArray()))
        .isEqualTo(expected);
  }
}
