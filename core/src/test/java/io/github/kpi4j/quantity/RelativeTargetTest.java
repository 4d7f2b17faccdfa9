package io.github.kpi4j.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

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

  @Test
  void should_know_every_character_that_nfkc_makes_into_the_year_every_form_holds() {
    // GIVEN every code point  WHEN normalised as the relative forms are read
    StringBuilder year = new StringBuilder();
    for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
      String one = Character.toString(c);
      if (Normalizer.normalize(one, Normalizer.Form.NFKC).indexOf('年') >= 0) {
        year.append(one);
      }
    }
    // THEN only 年 and the compatibility ideograph hold 年 afterwards: a text with neither is no
    // relative target, whatever else it holds
    assertThat(year.toString()).isEqualTo("年" + QuantityParser.YEAR_COMPATIBILITY);
  }

  @ParameterizedTest
  @ValueSource(strings = {"較前\uF98E度增加10%", "較前年度 增加 10 ％", "每\uF98E成長5%"})
  void should_read_a_relative_target_written_in_other_forms_of_its_characters(String written) {
    // GIVEN a relative form written with the compatibility ideograph of 年, spaces or full-width
    // signs  WHEN read  THEN it is a relative target all the same
    assertThat(RelativeTarget.parse(written)).isPresent();
  }
}
