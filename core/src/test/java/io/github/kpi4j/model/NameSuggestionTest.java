package io.github.kpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.kpi4j.internal.Suggestions;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Properties of the closest-name guess, over random CJK names. */
class NameSuggestionTest {
  /** 1000 examples each: as many as these properties ran before. */
  private static final int EXAMPLES = 1000;

  static AnnualPlan planWith(String... names) {
    Goal.Builder goal = Goal.builder().number(1).title("目標");
    for (int i = 0; i < names.length; i++) {
      goal.addKpis(
          Kpi.builder()
              .number(i + 1)
              .name(names[i])
              .evaluationSystem(EvaluationSystem.EXISTING_ORGANISATION)
              .evaluationMethod(EvaluationMethod.STATISTICAL_DATA)
              .measurementStandard("次數")
              .build());
    }
    return AnnualPlan.builder()
        .agency(Agency.of("T", "測試"))
        .rocYear(107)
        .addGoals(goal.build())
        .build();
  }

  /** Names of 4 to 30 ideographs from U+4E00 to U+4E80: few enough that names share some. */
  private static Gen<String> names() {
    return strings().betweenCodePoints('\u4e00', '\u4e80').ofLengthBetween(4, 30);
  }

  @Test
  void should_suggest_the_only_kpi_for_a_reference_keeping_half_its_name_in_order() {
    qt().withExamples(EXAMPLES)
        .forAll(names(), integers().between(0, 1000))
        .checkAssert(
            (name, seed) -> {
              // GIVEN a plan with one KPI, and a reference made by dropping up to half of its
              // characters
              Random random = new Random(seed);
              StringBuilder reference = new StringBuilder();
              int[] chars = name.codePoints().toArray();
              int dropped = 0;
              for (int c : chars) {
                if (dropped < chars.length / 2 && random.nextBoolean()) {
                  dropped++;
                } else {
                  reference.appendCodePoint(c);
                }
              }
              // WHEN the closest name is sought
              Optional<PlanKpi> closest = planWith(name).closestKpi(reference.toString());
              // THEN it is that KPI
              assertThat(closest).map(k -> k.kpi().name()).contains(name);
            });
  }

  @Test
  void should_measure_the_longest_common_subsequence_symmetrically() {
    qt().withExamples(EXAMPLES)
        .forAll(names(), names())
        .checkAssert(
            (a, b) -> {
              // GIVEN two names as code points
              int[] x = a.codePoints().toArray();
              int[] y = b.codePoints().toArray();
              // WHEN their LCS is measured both ways
              int lcs = Suggestions.longestCommonSubsequence(x, y);
              // THEN it is the same, no longer than the shorter, and a name's with itself is all
              // of it
              assertThat(lcs).isEqualTo(Suggestions.longestCommonSubsequence(y, x));
              assertThat(lcs).isBetween(0, Math.min(x.length, y.length));
              assertThat(Suggestions.longestCommonSubsequence(x, x)).isEqualTo(x.length);
            });
  }

  @Test
  void should_prefer_the_closer_of_two_names() {
    qt().withExamples(EXAMPLES)
        .forAll(names())
        .checkAssert(
            name -> {
              // GIVEN the name, and another that is the name with a long tail added
              AnnualPlan plan = planWith(name + "以及其他相關工作事項之推動", name);
              // WHEN the exact name with one character dropped is sought
              String reference = name.substring(1);
              // THEN the shorter, closer name wins
              assertThat(plan.closestKpi(reference)).map(k -> k.kpi().name()).contains(name);
            });
  }
}
