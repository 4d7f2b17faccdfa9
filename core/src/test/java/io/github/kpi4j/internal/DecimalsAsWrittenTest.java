package io.github.kpi4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsAsWrittenTest {
  @ParameterizedTest
  @CsvSource({
    "1E+1, 10, 0",
    "0E-101, 0, 0",
    "1.50E-99, 1.50E-99, 100",
    "1E-100, 1E-100, 100",
    "12.5, 12.5, 1"
  })
  void should_keep_a_number_as_a_document_writes_it(String given, String kept, int scale) {
    // GIVEN a number a builder accepts  WHEN kept as written
    BigDecimal written = Decimals.asWritten(new BigDecimal(given));
    // THEN it is equal in value, at a scale a document's plain number holds
    assertThat(written).isEqualByComparingTo(kept);
    assertThat(written.scale()).isEqualTo(scale);
    assertThat(Decimals.isAsWritten(written)).isTrue();
  }
}
