package io.github.kpi4j.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.kpi4j.quantity.Quantity;
import io.github.kpi4j.quantity.QuantityText;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Targets and actuals arrive as any text at all (transcriptions, PDF extractions, other systems):
 * the quantity parser never throws, and whatever it reads as a quantity it writes back in a form
 * that reads as the same quantity.
 */
class QuantityTextPropertiesTest {
  /** The pieces quantities are written with, full-width and compatibility forms included. */
  private static final String[] PIECES = {
    "0", "1", "7", "12", "408", "2,250", "1,500", "12,34", ".", "．", ".5", ",", "萬", "億", "%", "％",
    "﹪", " ", "\u3000", "\u00a0", "\t", "+", "-", "−", "－", "１５００", "٣", "篇", "人", "人次", "次",
    "達到項數", "e", "E5", "較前年度增加", "萬人次", "億元", "㎏", "①", "𠀋", "\u0301", "\ud800",
    "\u0085", "\u2028", "\u1680",
  };

  @Property(tries = 500)
  void any_text_is_read_without_an_exception(@ForAll String text) {
    // WHEN any text is read as a quantity, alone or as a target
    Optional<Quantity> quantity = Quantity.parse(text);
    QuantityText written = QuantityText.of(text);

    // THEN nothing is thrown, and the two agree
    assertThat(written.quantity()).isEqualTo(quantity);
    assertThat(written.text()).isEqualTo(text);
  }

  @Property(tries = 1000)
  void a_quantified_text_writes_back_to_the_same_quantity(@ForAll("quantityLike") String text) {
    Optional<Quantity> read = Quantity.parse(text);
    Statistics.collect(read.isPresent() ? "quantified" : "text");
    if (read.isEmpty()) {
      return;
    }
    // GIVEN a text that states one quantity
    Quantity quantity = read.get();

    // WHEN the quantity is written as plans write it
    String written = quantity.text();

    // THEN reading what was written gives the same quantity, with or without QuantityText
    assertThat(Quantity.parse(written)).as("%s written as %s", text, written).contains(quantity);
    assertThat(QuantityText.of(written).quantity()).contains(quantity);
  }

  /** Text shaped like a quantity half the time, loose pieces the other half. */
  @Provide
  Arbitrary<String> quantityLike() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(PIECES),
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30),
            Arbitraries.strings().ofLength(1));
    Arbitrary<String> loose =
        piece.list().ofMinSize(1).ofMaxSize(6).map(pieces -> String.join("", pieces));
    // sign, digits, fraction, space, up to two multipliers, space, unit: the grammar of the format
    Arbitrary<String> shaped =
        Arbitraries.of("", "+", "-", "−", "－", "＋")
            .flatMap(
                sign ->
                    Arbitraries.oneOf(
                            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25),
                            Arbitraries.of("2,250", "1,500,000", "１５００", "0"))
                        .map(digits -> sign + digits))
            .flatMap(
                number ->
                    Arbitraries.of("", ".5", "．25", ".000")
                        .map(fraction -> number + fraction))
            .flatMap(
                number ->
                    Arbitraries.of("", " ", "\u3000")
                        .flatMap(
                            space ->
                                Arbitraries.of("萬", "億", "")
                                    .list()
                                    .ofMaxSize(2)
                                    .map(m -> number + space + String.join("", m))))
            .flatMap(
                number ->
                    Arbitraries.of("", "%", "％", "篇", "人次", " 次", "達到項數", "萬", "億", "元", "%人")
                        .map(unit -> number + unit));
    return Arbitraries.oneOf(loose, shaped);
  }
}
