package io.github.kpi4j.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class DocumentOrderTest {
  @ParameterizedTest(name = "{0} < {1}")
  @CsvFileSource(
      resources = "document-order.csv",
      numLinesToSkip = 2,
      nullValues = {})
  void should_order_pointers_as_values_stand_in_the_document(String first, String second) {
    // GIVEN two pointers, the first earlier in a plan document
    String a = first == null ? "" : first;
    // WHEN compared both ways, THEN the first is less, symmetrically, and each equals itself
    assertThat(DocumentOrder.INSTANCE.compare(a, second)).isNegative();
    assertThat(DocumentOrder.INSTANCE.compare(second, a)).isPositive();
    assertThat(DocumentOrder.INSTANCE.compare(second, second)).isZero();
  }
}
