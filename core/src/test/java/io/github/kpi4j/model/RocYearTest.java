package io.github.kpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RocYearTest {

  @ParameterizedTest(name = "ROC {0} is {1}")
  @CsvSource({"1, 1912", "38, 1949", "100, 2011", "107, 2018", "115, 2026"})
  void should_convert_roc_years_to_gregorian_and_back(int roc, int gregorian) {
    assertThat(AnnualPlan.toGregorianYear(roc)).isEqualTo(gregorian);
    assertThat(AnnualPlan.toRocYear(gregorian)).isEqualTo(roc);
  }

  @Test
  void should_give_the_plans_gregorian_year() {
    assertThat(Plans.mac().gregorianYear()).isEqualTo(2018);
  }

  @Test
  void should_reject_years_before_the_roc_calendar() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AnnualPlan.toRocYear(1911))
        .withMessage("the ROC calendar starts in 1912, got the Gregorian year 1911");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> AnnualPlan.toGregorianYear(0))
        .withMessage("rocYear must be at least 1, got 0");
  }
}
