package io.github.kpi4j.assessment;

import static io.github.kpi4j.assessment.Fixtures.kpi;
import static io.github.kpi4j.assessment.Fixtures.plan;
import static io.github.kpi4j.assessment.Fixtures.results;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Direction;
import io.github.kpi4j.model.KpiResult;
import io.github.kpi4j.quantity.QuantityText;
import java.math.BigDecimal;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Assume;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Properties of the assessment rules over many targets and actuals. */
class AchievementPropertiesTest {

  private static KpiAssessment assess(Direction direction, BigDecimal target, BigDecimal actual) {
    AnnualPlan plan =
        plan(kpi("指標").target(QuantityText.of(target)).direction(direction).build());
    KpiResult result = KpiResult.builder().kpi("1.1").actual(QuantityText.of(actual)).build();
    return Assessor.standard().assess(plan, results(result)).kpis().get(0);
  }

  @Provide
  Arbitrary<BigDecimal> amounts() {
    return Arbitraries.bigDecimals()
        .between(new BigDecimal("-1000000"), new BigDecimal("1000000"))
        .ofScale(3)
        .edgeCases(c -> c.add(BigDecimal.ZERO));
  }

  @Provide
  Arbitrary<Direction> directions() {
    return Arbitraries.of(Direction.class);
  }

  @Property
  void a_quantified_target_and_actual_are_always_assessed(
      @ForAll("directions") Direction direction,
      @ForAll("amounts") BigDecimal target,
      @ForAll("amounts") BigDecimal actual) {
    // GIVEN any target and actual WHEN assessed THEN the KPI has a rating other than white
    assertThat(assess(direction, target, actual).rating()).isNotEqualTo(Rating.NOT_ASSESSED);
  }

  @Property
  void an_increase_achievement_times_its_target_is_the_actual(
      @ForAll("amounts") BigDecimal target, @ForAll("amounts") BigDecimal actual) {
    // GIVEN a positive target
    Assume.that(target.signum() > 0);

    // WHEN assessed
    BigDecimal achievement = assess(Direction.INCREASE, target, actual).achievement().orElseThrow();

    // THEN achievement × target ÷ 100 gives back the actual, to 15 significant digits
    BigDecimal back = achievement.multiply(target).movePointLeft(2).round(new MathContext(15));
    assertThat(back).isEqualByComparingTo(actual.round(new MathContext(15)));
  }

  @Property
  void an_increase_rating_never_falls_as_the_actual_rises(
      @ForAll("amounts") BigDecimal target,
      @ForAll("amounts") BigDecimal actual,
      @ForAll("amounts") BigDecimal more) {
    // GIVEN two actuals, the second higher
    BigDecimal higher = actual.add(more.abs());

    // WHEN both are assessed against one target
    Rating low = assess(Direction.INCREASE, target, actual).rating();
    Rating high = assess(Direction.INCREASE, target, higher).rating();

    // THEN the higher is rated at least as well (ratings are declared best first)
    assertThat(high.ordinal()).isLessThanOrEqualTo(low.ordinal());
  }

  @Property
  void a_decrease_rating_never_falls_as_the_actual_falls(
      @ForAll("amounts") BigDecimal target,
      @ForAll("amounts") BigDecimal actual,
      @ForAll("amounts") BigDecimal less) {
    // GIVEN two actuals, the second lower
    BigDecimal lower = actual.subtract(less.abs());

    // WHEN both are assessed against one target
    Rating high = assess(Direction.DECREASE, target, actual).rating();
    Rating low = assess(Direction.DECREASE, target, lower).rating();

    // THEN the lower is rated at least as well
    assertThat(low.ordinal()).isLessThanOrEqualTo(high.ordinal());
  }

  @Property
  void a_decrease_at_or_below_its_target_is_always_achieved(
      @ForAll("amounts") BigDecimal target, @ForAll("amounts") BigDecimal below) {
    // GIVEN an actual at or below the target, whatever their signs
    BigDecimal actual = target.subtract(below.abs());

    // WHEN assessed THEN it is achieved
    assertThat(assess(Direction.DECREASE, target, actual).rating()).isEqualTo(Rating.ACHIEVED);
  }

  @Property
  void an_achievement_exists_exactly_where_the_spec_can_compute_one(
      @ForAll("directions") Direction direction,
      @ForAll("amounts") BigDecimal target,
      @ForAll("amounts") BigDecimal actual) {
    // GIVEN any target and actual WHEN assessed
    KpiAssessment assessed = assess(direction, target, actual);

    // THEN there is an achievement for an increase with a positive target, and for a decrease
    // where both are positive
    boolean computable =
        direction == Direction.INCREASE
            ? target.signum() > 0
            : target.signum() > 0 && actual.signum() > 0;
    assertThat(assessed.achievement().isPresent()).isEqualTo(computable);
  }
}
