package io.github.kpi4j.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class QuantityParsingTest {

  @ParameterizedTest(name = "{0} is {1} {2}")
  @CsvFileSource(resources = "quantities.csv", quoteCharacter = '"', emptyValue = "")
  void should_read_each_written_form_of_the_spec_table(String written, String value, String unit) {
    // GIVEN a target as a plan prints it
    // WHEN it is read
    QuantityText text = QuantityText.of(written);
    // THEN it states exactly that value and unit
    assertThat(text.isQuantified()).isTrue();
    Quantity quantity = text.quantity().orElseThrow();
    assertThat(quantity.value()).isEqualByComparingTo(new BigDecimal(value));
    assertThat(quantity.unit().symbol()).isEqualTo(unit.replace("'", ""));
    assertThat(text.text()).isEqualTo(written);
  }

  @ParameterizedTest(name = "[{0}] stays text")
  @CsvFileSource(resources = "not-quantities.csv", quoteCharacter = '"', emptyValue = "")
  void should_keep_anything_else_as_text(String written) {
    // GIVEN text that is not exactly one quantity
    String text = written.equals("''") ? "" : written.equals("'   '") ? "   " : written;
    // WHEN it is read
    QuantityText read = QuantityText.of(text);
    // THEN it stays text and says so
    assertThat(read.isQuantified()).as("quantified: %s", read.quantity()).isFalse();
    assertThat(read.quantity()).isEmpty();
    assertThat(read.text()).isEqualTo(text);
  }
}
