package io.github.kpi4j.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class RelativeTargetTest {
  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "relative-targets.csv", delimiter = '|')
  void should_read_a_target_relative_to_an_earlier_year_and_apply_it_to_a_baseline(
      String written, BigDecimal change, String baseline, String target) {
    // GIVEN a target as printed  WHEN read
    var relative = RelativeTarget.parse(written);
    if (change == null) {
      // THEN it is no relative target
      assertThat(relative).isEmpty();
      return;
    }
    // THEN its change, and the target it gives from the baseline
    assertThat(relative).isPresent();
    assertThat(relative.get().change()).isEqualByComparingTo(change);
    assertThat(relative.get().isDecrease()).isEqualTo(change.signum() < 0);
    assertThat(relative.get().applyTo(Quantity.parse(baseline).orElseThrow()).text())
        .isEqualTo(target);
  }
}
