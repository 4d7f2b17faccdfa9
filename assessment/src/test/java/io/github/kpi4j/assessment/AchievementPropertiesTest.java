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
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the assessment rules over many targets and actuals. */
class AchievementPropertiesTest {
  /** 1000 examples each: as many as these properties ran before. */
  private static final int EXAMPLES = 1000;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal HALF_HUNDREDTH = new BigDecimal("0.005");

  private static KpiAssessment assess(Direction direction, BigDecimal target, BigDecimal actual) {
    AnnualPlan plan = plan(kpi("指標").target(QuantityText.of(target)).direction(direction).build());
    KpiResult result = KpiResult.builder().kpi("1.1").actual(QuantityText.of(actual)).build();
    return Assessor.ofDefaults().assess(plan, results(result)).kpis().get(0);
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
  void an_increase_achievement_is_actual_over_target_to_the_nearest_hundredth() {
    qt().withExamples(EXAMPLES)
        // GIVEN a positive target
        .forAll(positiveAmounts(), amounts())
        .checkAssert(
            (target, actual) -> {
              // WHEN assessed
              BigDecimal achievement =
                  assess(Direction.INCREASE, target, actual).achievement().orElseThrow();

              // THEN it has two decimals, and lies within half a hundredth of actual × 100 ÷
              // target: |achievement × target − actual × 100| ≤ 0.005 × target, exactly, with no
              // division to round
              assertThat(achievement.scale()).isEqualTo(2);
              BigDecimal error =
                  achievement.multiply(target).subtract(actual.multiply(HUNDRED)).abs();
              assertThat(error).isLessThanOrEqualTo(HALF_HUNDREDTH.multiply(target));
            });
  }

  @Test
  void the_rating_is_that_of_the_achievement_shown() {
    qt().withExamples(EXAMPLES)
        .forAll(directions(), amounts(), amounts())
        .checkAssert(
            (direction, target, actual) -> {
              // GIVEN any target and actual WHEN assessed
              KpiAssessment assessed = assess(direction, target, actual);

              // THEN wherever there is an achievement, the bands rate the two-decimal value shown
              // as the KPI is rated: a KPI shown at 90.00% is never rated below the 90 band
              assessed
                  .achievement()
                  .ifPresent(
                      a ->
                          assertThat(assessed.rating())
                              .as("%s %s, actual %s: %s", direction, target, actual, a)
                              .isEqualTo(Bands.ofDefaults().rate(a)));
            });
  }

  @Test
  void an_achievement_next_to_a_band_is_rounded_half_up_and_rated_as_rounded() {
    qt().withExamples(EXAMPLES)
        // GIVEN a positive target and an exact percent of it, to thousandths of a percent, within
        // a hundredth of the 90 or the 100 band (89.995 is one of them)
        .forAll(
            positiveAmounts(),
            Generate.frequency(
                List.of(
                    Pair.of(1, longs().between(89_990L, 90_010L)),
                    Pair.of(1, longs().between(99_990L, 100_010L)))))
        .checkAssert(
            (target, thousandths) -> {
              BigDecimal percent = BigDecimal.valueOf(thousandths, 3);
              BigDecimal actual = target.multiply(percent).movePointLeft(2);

              // WHEN assessed
              KpiAssessment assessed = assess(Direction.INCREASE, target, actual);

              // THEN the achievement is that percent rounded half up to two decimals, and the
              // rating is that rounded value's
              BigDecimal shown = percent.setScale(2, RoundingMode.HALF_UP);
              assertThat(assessed.achievement()).contains(shown);
              assertThat(assessed.rating()).isEqualTo(Bands.ofDefaults().rate(shown));
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
