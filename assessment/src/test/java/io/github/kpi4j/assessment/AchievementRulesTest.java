package io.github.kpi4j.assessment;

import static io.github.kpi4j.assessment.Fixtures.actual;
import static io.github.kpi4j.assessment.Fixtures.kpi;
import static io.github.kpi4j.assessment.Fixtures.plan;
import static io.github.kpi4j.assessment.Fixtures.results;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.Direction;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The plan format's "Assessment" rules, one target and one actual per row, default bands; the
 * achievement rounded to two decimals, half up, and that rounded value rated.
 */
class AchievementRulesTest {

  @ParameterizedTest(name = "{5}: {0} {1}, actual {2} -> {3} {4}")
  @CsvFileSource(resources = "achievement-rules.csv", numLinesToSkip = 1)
  void should_compute_achievement_and_rating_as_the_spec_says(
      String direction,
      String target,
      String actualText,
      String achievement,
      String rating,
      String why) {
    // GIVEN a plan with one KPI and a result giving its actual
    AnnualPlan plan = plan(kpi("指標", target, Direction.fromCode(direction).orElseThrow()));

    // WHEN the results are assessed with the default bands
    KpiAssessment assessed =
        Assessor.ofDefaults().assess(plan, results(actual("1.1", actualText))).kpis().get(0);

    // THEN the achievement, to two decimals exactly as written in the table (scale included), and
    // the rating are the ones computed by hand
    assertThat(assessed.rating().code()).as(why).isEqualTo(rating);
    if (achievement == null) {
      assertThat(assessed.achievement()).as(why).isEmpty();
    } else {
      assertThat(assessed.achievement()).as(why).contains(new BigDecimal(achievement));
    }
    assertThat(assessed.actualSource()).contains(ActualSource.GIVEN);
  }
}
