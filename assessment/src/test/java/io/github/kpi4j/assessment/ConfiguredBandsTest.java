package io.github.kpi4j.assessment;

import static io.github.kpi4j.assessment.Fixtures.actual;
import static io.github.kpi4j.assessment.Fixtures.kpi;
import static io.github.kpi4j.assessment.Fixtures.plan;
import static io.github.kpi4j.assessment.Fixtures.results;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Direction;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bands other than the standard 100 and 90. */
class ConfiguredBandsTest {
  private static final Assessor STRICT = Assessor.builder().bands(Bands.of(110, 95)).build();

  private static Rating rate(Assessor assessor, String target, Direction direction, String actual) {
    AnnualPlan plan = plan(kpi("指標", target, direction));
    return assessor.assess(plan, results(actual("1.1", actual))).kpis().get(0).rating();
  }

  @ParameterizedTest(name = "target {0}, actual {1}: {2}")
  @CsvSource({
    "100, 110, ACHIEVED",
    "100, 109.99, NEARLY_ACHIEVED",
    "100, 100, NEARLY_ACHIEVED",
    "100, 95, NEARLY_ACHIEVED",
    "100, 94.99, NOT_ACHIEVED",
    "100, 90, NOT_ACHIEVED"
  })
  void should_rate_an_increase_by_the_configured_bands(
      String target, String actual, Rating rating) {
    // GIVEN bands of 110 and 95 WHEN an increase KPI is assessed
    // THEN the configured thresholds, not 100 and 90, decide
    assertThat(rate(STRICT, target, Direction.INCREASE, actual)).isEqualTo(rating);
  }

  @Test
  void should_rate_a_decrease_at_or_under_its_target_achieved_whatever_the_bands() {
    // GIVEN bands that would call an achievement of 100 nearly achieved
    // WHEN a decrease KPI ends exactly on, or under, its target
    // THEN it is achieved, as the spec says an actual at or below a decrease target always is
    assertThat(rate(STRICT, "5", Direction.DECREASE, "5")).isEqualTo(Rating.ACHIEVED);
    assertThat(rate(STRICT, "5", Direction.DECREASE, "4.8")).isEqualTo(Rating.ACHIEVED);
  }

  @Test
  void should_rate_a_decrease_over_its_target_by_the_configured_bands() {
    // GIVEN bands of 110 and 95 WHEN a decrease KPI ends over its target
    // THEN target ÷ actual × 100 is rated by them: 5 ÷ 5.2 is 96.15, 5 ÷ 5.3 is 94.34
    assertThat(rate(STRICT, "5", Direction.DECREASE, "5.2")).isEqualTo(Rating.NEARLY_ACHIEVED);
    assertThat(rate(STRICT, "5", Direction.DECREASE, "5.3")).isEqualTo(Rating.NOT_ACHIEVED);
  }

  @Test
  void should_have_no_yellow_band_when_both_thresholds_are_equal() {
    // GIVEN bands of 100 and 100
    Assessor noYellow = Assessor.builder().bands(Bands.of(100, 100)).build();

    // WHEN an increase KPI ends at 99 percent THEN it is not achieved
    assertThat(rate(noYellow, "100", Direction.INCREASE, "99")).isEqualTo(Rating.NOT_ACHIEVED);
    assertThat(rate(noYellow, "100", Direction.INCREASE, "100")).isEqualTo(Rating.ACHIEVED);
  }

  @Test
  void should_rate_achievements_on_the_thresholds_as_the_higher_band() {
    // GIVEN the default bands WHEN achievements sit exactly on a threshold
    Bands bands = Bands.ofDefaults();

    // THEN they fall in the band that starts there
    assertThat(bands.rate(new BigDecimal("100"))).isEqualTo(Rating.ACHIEVED);
    assertThat(bands.rate(new BigDecimal("100.000"))).isEqualTo(Rating.ACHIEVED);
    assertThat(bands.rate(new BigDecimal("99.9999999999"))).isEqualTo(Rating.NEARLY_ACHIEVED);
    assertThat(bands.rate(new BigDecimal("90"))).isEqualTo(Rating.NEARLY_ACHIEVED);
    assertThat(bands.rate(new BigDecimal("89.9999999999"))).isEqualTo(Rating.NOT_ACHIEVED);
  }

  @Test
  void should_make_the_standard_bands_100_and_90_and_the_default_of_an_assessor() {
    // GIVEN nothing configured WHEN asking for the bands THEN they are 100 and 90
    assertThat(Bands.ofDefaults().achieved()).isEqualByComparingTo("100");
    assertThat(Bands.ofDefaults().nearlyAchieved()).isEqualByComparingTo("90");
    assertThat(Assessor.ofDefaults().bands()).isEqualTo(Bands.ofDefaults());
    assertThat(Bands.of(100, 90)).isEqualTo(Bands.ofDefaults());
    assertThat(Bands.of(new BigDecimal("100.0"), new BigDecimal("9E+1")))
        .isEqualTo(Bands.ofDefaults());
  }

  @Test
  void should_reject_a_nearly_achieved_band_above_the_achieved_band() {
    // GIVEN thresholds the wrong way round WHEN making bands THEN it is a programming error
    assertThatThrownBy(() -> Bands.of(90, 100))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("90")
        .hasMessageContaining("100");
    assertThatThrownBy(() -> Bands.of(Double.NaN, 90)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Bands.of(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class);
  }
}
