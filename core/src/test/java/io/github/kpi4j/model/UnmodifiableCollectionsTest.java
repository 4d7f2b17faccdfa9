package io.github.kpi4j.model;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnmodifiableCollectionsTest {
  private final AnnualPlan plan = Plans.mac();

  @Test
  void should_hand_out_collections_that_cannot_be_modified() {
    Goal goal = plan.goals().get(0);
    Programme programme = plan.programmes().get(0);
    assertUnmodifiable(plan.goals(), goal);
    assertUnmodifiable(plan.programmes(), programme);
    assertUnmodifiable(plan.preamble(), "x");
    assertUnmodifiable(plan.kpis(), plan.kpis().get(0));
    assertUnmodifiable(plan.programmesLinking(plan.kpis().get(0)), programme);
    assertUnmodifiable(goal.kpis(), goal.kpis().get(0));
    assertUnmodifiable(goal.strategies(), "x");
    assertUnmodifiable(goal.kpis().get(0).midTermProgrammes(), "x");
    assertUnmodifiable(programme.content(), "x");
    assertUnmodifiable(programme.kpis(), "x");
    KpiResult result = KpiResult.builder().kpi("1.1").putVariables("a", BigDecimal.ONE).build();
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> result.variables().put("b", BigDecimal.TEN));
  }

  @Test
  void should_not_be_changed_by_the_list_it_was_built_from() {
    java.util.ArrayList<String> strategies = new java.util.ArrayList<>(List.of("a"));
    Goal goal = Goal.builder().number(1).title("t").strategies(strategies).build();
    strategies.add("b");
    org.assertj.core.api.Assertions.assertThat(goal.strategies()).containsExactly("a");
  }

  private static <T> void assertUnmodifiable(List<T> list, T element) {
    assertThatExceptionOfType(UnsupportedOperationException.class)
        .isThrownBy(() -> list.add(element));
    if (!list.isEmpty()) {
      assertThatExceptionOfType(UnsupportedOperationException.class)
          .isThrownBy(() -> list.remove(0));
    }
  }
}
