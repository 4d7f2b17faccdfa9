package io.github.kpi4j.assessment;

import static io.github.kpi4j.assessment.Fixtures.kpi;
import static io.github.kpi4j.assessment.Fixtures.plan;
import static io.github.kpi4j.assessment.Fixtures.results;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.KpiResult;
import io.github.kpi4j.quantity.QuantityText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the assessment rules over many targets and actuals. */
class AchievementPropertiesTest {
  /** 1000 examples each: as many as these properties ran before. */
  private static final int EXAMPLES = 1000;

  private static KpiAssessment assess(Direction direction, BigDecimal target, BigDecimal actual) {
    AnnualPlan plan =
        plan(kpi("指標").target(QuantityText.of(target)).direction(direction).build());
    KpiResult result = KpiResult.builder().kpi("1.1").actual(QuantityText.of(actual)).build();
    return Assessor.standard().assess(plan, results(result)).kpis().get(0);
  }

  /** Amounts from −1,000,000 to 1,000,000 with three decimals, edge cases (zero first) mixed in. */
  private static Gen<BigDecimal> amounts() {
    return amountsBetween(
        -1_000_000_000L,
        1_000_000_000L,
        List.of("0.000", "0.001", "-0.001", "1.000", "-1.000", "1000000.000", "-1000000.000"));
  }

  /** The positive {@link #amounts()}: the ones for which an increase has an achievement. */
  private static Gen<BigDecimal> positiveAmounts() {
    return amountsBetween(1L, 1_000_000_000L, List.of("0.001", "1.000", "1000000.000"));
  }

  private static Gen<BigDecimal> amountsBetween(
      long leastThousandths, long mostThousandths, List<String> edgeCases) {
    return Generate.frequency(
        List.of(
            Pair.of(1, Generate.pick(edgeCases).map((String text) -> new BigDecimal(text))),
            Pair.of(
                9,
                longs()
                    .between(leastThousandths, mostThousandths)
                    .map(thousandths -> BigDecimal.valueOf(thousandths, 3)))));
  }

  private static Gen<Direction> directions() {
    return Generate.enumValues(Direction.class);
  }

  @Test
  void a_quantified_target_and_actual_are_always_assessed() {
    qt().withExamples(EXAMPLES)
        .forAll(directions(), amounts(), amounts())
        .checkAssert(
            (direction, target, actual) ->
                // GIVEN any target and actual WHEN assessed THEN the KPI has a rating other than
                // white
                assertThat(assess(direction, target, actual).rating())
                    .isNotEqualTo(Rating.NOT_ASSESSED));
  }

  @Test
  void an_increase_achievement_times_its_target_is_the_actual() {
    qt().withExamples(EXAMPLES)
        // GIVEN a positive target
        .forAll(positiveAmounts(), amounts())
        .checkAssert(
            (target, actual) -> {
              // WHEN assessed
              BigDecimal achievement =
                  assess(Direction.INCREASE, target, actual).achievement().orElseThrow();

              // THEN achievement × target ÷ 100 gives back the actual, to 15 significant digits
              BigDecimal back =
                  achievement.multiply(target).movePointLeft(2).round(new MathContext(15));
              assertThat(back).isEqualByComparingTo(actual.round(new MathContext(15)));
            });
  }

  @Test
  void an_increase_rating_never_falls_as_the_actual_rises() {
    qt().withExamples(EXAMPLES)
        .forAll(amounts(), amounts(), amounts())
        .checkAssert(
            (target, actual, more) -> {
              // GIVEN two actuals, the second higher
              BigDecimal higher = actual.add(more.abs());

              // WHEN both are assessed against one target
              Rating low = assess(Direction.INCREASE, target, actual).rating();
              Rating high = assess(Direction.INCREASE, target, higher).rating();

              // THEN the higher is rated at least as well (ratings are declared best first)
              assertThat(high.ordinal()).isLessThanOrEqualTo(low.ordinal());
            });
  }

  @Test
  void a_decrease_rating_never_falls_as_the_actual_falls() {
    qt().withExamples(EXAMPLES)
        .forAll(amounts(), amounts(), amounts())
        .checkAssert(
            (target, actual, less) -> {
              // GIVEN two actuals, the second lower
              BigDecimal lower = actual.subtract(less.abs());

              // WHEN both are assessed against one target
              Rating high = assess(Direction.DECREASE, target, actual).rating();
              Rating low = assess(Direction.DECREASE, target, lower).rating();

              // THEN the lower is rated at least as well
              assertThat(low.ordinal()).isLessThanOrEqualTo(high.ordinal());
            });
  }

  @Test
  void a_decrease_at_or_below_its_target_is_always_achieved() {
    qt().withExamples(EXAMPLES)
        .forAll(amounts(), amounts())
        .checkAssert(
            (target, below) -> {
              // GIVEN an actual at or below the target, whatever their signs
              BigDecimal actual = target.subtract(below.abs());

              // WHEN assessed THEN it is achieved
              assertThat(assess(Direction.DECREASE, target, actual).rating())
                  .isEqualTo(Rating.ACHIEVED);
            });
  }

  @Test
  void an_achievement_exists_exactly_where_the_spec_can_compute_one() {
    qt().withExamples(EXAMPLES)
        .forAll(directions(), amounts(), amounts())
        .checkAssert(
            (direction, target, actual) -> {
              // GIVEN any target and actual WHEN assessed
              KpiAssessment assessed = assess(direction, target, actual);

              // THEN there is an achievement for an increase with a positive target, and for a
              // decrease where both are positive
              boolean computable =
                  direction == Direction.INCREASE
                      ? target.signum() > 0
                      : target.signum() > 0 && actual.signum() > 0;
              assertThat(assessed.achievement().isPresent()).isEqualTo(computable);
            });
  }
}
