package io.github.kpi4j.quantity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class QuantityValueTest {

  @Test
  void should_treat_a_percentage_as_a_fraction_with_the_percent_unit() {
    // GIVEN / WHEN
    Quantity ninetyOne = Quantity.parse("91%").orElseThrow();
    // THEN 91% compares directly with a formula's value of 0.91
    assertThat(ninetyOne.value()).isEqualByComparingTo("0.91");
    assertThat(ninetyOne.unit()).isEqualTo(Unit.PERCENT);
    assertThat(ninetyOne.unit().isPercent()).isTrue();
  }

  @Test
  void should_make_quantities_equal_whatever_their_scale() {
    // GIVEN the same amount written with different scales
    Quantity a = Quantity.of(new BigDecimal("0.860"), Unit.PERCENT);
    Quantity b = Quantity.of(new BigDecimal("0.86"), Unit.PERCENT);
    // THEN they are one value
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void should_write_a_quantity_back_as_plans_print_it() {
    assertThat(Quantity.parse("86%").orElseThrow().text()).isEqualTo("86%");
    assertThat(Quantity.parse("533萬人次").orElseThrow().text()).isEqualTo("5330000人次");
    assertThat(Quantity.of(new BigDecimal("1E+3")).text()).isEqualTo("1000");
  }

  @Test
  void should_read_the_full_width_percent_sign_as_the_percent_unit() {
    assertThat(Unit.of("％")).isEqualTo(Unit.PERCENT);
    assertThat(Unit.of("")).isEqualTo(Unit.NONE);
    assertThat(Unit.NONE.isNone()).isTrue();
  }

  @Test
  void should_keep_a_plain_number_without_a_unit() {
    QuantityText text = QuantityText.of(new BigDecimal("415"));
    assertThat(text.text()).isEqualTo("415");
    assertThat(text.quantity().orElseThrow().unit()).isEqualTo(Unit.NONE);
  }

  @Test
  void should_refuse_null_text_as_a_programming_error() {
    assertThatNullPointerException().isThrownBy(() -> QuantityText.of((String) null));
  }

  @Test
  void should_not_read_overlong_text_as_a_quantity() {
    // GIVEN a digit run far longer than any target, as hostile input might carry
    String huge = "9".repeat(100_000);
    // THEN it stays text rather than becoming a huge number
    assertThat(Quantity.parse(huge)).isEmpty();
  }

  @Test
  void should_not_read_a_unit_holding_control_characters_or_separators() {
    // GIVEN control characters and separators where a unit would stand (found by a property test:
    // 0\u001F萬 read as the unit 萬 and was written back as the multiplier of 0萬)
    for (String text : new String[] {"0\u001F萬", "5\u001F篇", "5篇\u0085", "5\u2028篇", "5\u1680篇x"}) {
      // THEN none is a quantity
      assertThat(Quantity.parse(text)).as(text).isEmpty();
    }
  }
}
