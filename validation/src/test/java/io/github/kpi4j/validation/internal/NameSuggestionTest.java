package io.github.kpi4j.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.model.Agency;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.EvaluationMethod;
import io.github.kpi4j.model.EvaluationSystem;
import io.github.kpi4j.model.Goal;
import io.github.kpi4j.model.Kpi;
import io.github.kpi4j.model.PlanKpi;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class NameSuggestionTest {
  private static AnnualPlan planWith(String... names) {
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
    return AnnualPlan.builder().agency(Agency.of("T", "測試")).rocYear(107).addGoals(goal.build()).build();
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.strings().withCharRange('\u4e00', '\u4e80').ofMinLength(4).ofMaxLength(30);
  }

  @Property
  void should_suggest_the_only_kpi_for_a_reference_keeping_half_its_name_in_order(
      @ForAll("names") String name, @ForAll @IntRange(min = 0, max = 1000) int seed) {
    // GIVEN a plan with one KPI, and a reference made by dropping up to half of its characters
    java.util.Random random = new java.util.Random(seed);
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
    // WHEN the nearest name is sought
    Optional<PlanKpi> nearest = NameSuggestion.nearest(planWith(name), reference.toString());
    // THEN it is that KPI
    assertThat(nearest).map(k -> k.kpi().name()).contains(name);
  }

  @Property
  void should_measure_the_longest_common_subsequence_symmetrically(
      @ForAll("names") String a, @ForAll("names") String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int lcs = NameSuggestion.longestCommonSubsequence(x, y);
    assertThat(lcs).isEqualTo(NameSuggestion.longestCommonSubsequence(y, x));
    assertThat(lcs).isBetween(0, Math.min(x.length, y.length));
    assertThat(NameSuggestion.longestCommonSubsequence(x, x)).isEqualTo(x.length);
  }

  @Property
  void should_prefer_the_closer_of_two_names(@ForAll("names") String name) {
    // GIVEN the name, and another that is the name with a long tail added
    AnnualPlan plan = planWith(name + "以及其他相關工作事項之推動", name);
    // WHEN the exact name with one character dropped is sought
    String reference = name.substring(1);
    // THEN the shorter, closer name wins
    assertThat(NameSuggestion.nearest(plan, reference)).map(k -> k.kpi().name()).contains(name);
  }
}
