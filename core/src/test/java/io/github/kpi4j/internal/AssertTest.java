package io.github.kpi4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one precondition vocabulary: JDK exceptions with fixed message templates. */
class AssertTest {

  @Test
  void should_name_the_null_reference_in_the_message() {
    // GIVEN / WHEN a null reference is required / THEN the NPE's message is the name given
    assertThatNullPointerException()
        .isThrownBy(() -> Assert.notNull(null, "plan"))
        .withMessage("plan");
    assertThat(Assert.notNull("x", "plan")).isEqualTo("x");
  }

  @Test
  void should_say_the_bound_and_the_value_of_a_number_out_of_range() {
    // GIVEN numbers out of range / WHEN required in range / THEN the template names field, bound,
    // value
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Assert.atLeastOne(0, "Goal.number"))
        .withMessage("Goal.number must be at least 1, got 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Assert.atMost(1_000_000_000, 999_998_088, "AnnualPlan.rocYear"))
        .withMessage("AnnualPlan.rocYear must be at most 999998088, got 1000000000");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Assert.notNegative(new BigDecimal("-0.5"), "Kpi.weight"))
        .withMessage("Kpi.weight must not be negative, got -0.5");
    // AND a number in range is returned
    assertThat(Assert.atMost(107, 999_998_088, "AnnualPlan.rocYear")).isEqualTo(107);
  }

  @Test
  void should_format_a_template_only_when_the_check_fails() {
    // GIVEN an argument whose text cannot be written
    Object unwritable =
        new Object() {
          @Override
          public String toString() {
            throw new AssertionError("formatted although the check passed");
          }
        };
    // WHEN the check passes / THEN the template is never formatted
    Assert.isTrue(true, "never %s", unwritable);
    // AND when it fails the message is the formatted template
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> Assert.isTrue(false, "a span runs from 0 ≤ start ≤ end, got %d, %d", 3, 2))
        .withMessage("a span runs from 0 ≤ start ≤ end, got 3, 2");
    assertThat(Assert.illegalArgument("no rule has the id '%s'", "x"))
        .hasMessage("no rule has the id 'x'");
  }

  @Test
  void should_write_numbers_in_messages_whatever_the_default_locale() {
    // GIVEN a default locale that writes digits in Thai
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("th-TH-u-nu-thai"));
    try {
      // WHEN checks fail with numbers in their messages
      // THEN the numbers are in ASCII digits, as in Locale.ROOT
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Assert.text("a\uD800", "Kpi.name"))
          .withMessage(
              "Kpi.name must be well-formed Unicode text, got a lone surrogate U+D800 at character 2");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Assert.atLeastOne(-12, "Kpi.number"))
          .withMessage("Kpi.number must be at least 1, got -12");
    } finally {
      Locale.setDefault(before);
    }
  }
}
