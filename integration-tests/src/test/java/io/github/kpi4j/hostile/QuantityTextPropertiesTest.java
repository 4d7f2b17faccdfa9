package io.github.kpi4j.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.kpi4j.quantity.Quantity;
import io.github.kpi4j.quantity.QuantityText;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Targets and actuals arrive as any text at all (transcriptions, PDF extractions, other systems):
 * the quantity parser never throws, and whatever it reads as a quantity it writes back in a form
 * that reads as the same quantity.
 */
class QuantityTextPropertiesTest {
  /** The pieces quantities are written with, full-width and compatibility forms included. */
  private static final List<String> PIECES =
      List.of(
          "0", "1", "7", "12", "408", "2,250", "1,500", "12,34", ".", "．", ".5", ",", "萬", "億", "%",
          "％", "﹪", " ", "\u3000", "\u00a0", "\t", "+", "-", "−", "－", "１５００", "٣", "篇", "人", "人次",
          "次", "達到項數", "e", "E5", "較前年度增加", "萬人次", "億元", "㎏", "①", "𠀋", "\u0301", "\ud800",
          "\u0085", "\u2028", "\u1680");

  @Test
  void should_read_any_text_without_an_exception() {
    qt().withExamples(1000)
        .forAll(anyText())
        .checkAssert(
            text -> {
              // GIVEN any text
              if (holdsLoneSurrogate(text)) {
                // THEN one with a lone surrogate is no text a document can hold: refused as such
                assertThatThrownBy(() -> QuantityText.of(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("lone surrogate");
                return;
              }
              // WHEN it is read as a quantity, alone and as a target
              Optional<Quantity> quantity = Quantity.parse(text);
              QuantityText written = QuantityText.of(text);
              // THEN nothing is thrown, and the two agree
              assertThat(written.quantity()).isEqualTo(quantity);
              assertThat(written.text()).isEqualTo(text);
            });
  }

  @Test
  void should_write_a_quantified_text_back_to_the_same_quantity() {
    AtomicInteger quantified = new AtomicInteger();
    qt().withExamples(2000)
        .forAll(quantityLike())
        .checkAssert(
            text -> {
              // GIVEN a well-formed text that states one quantity
              Optional<Quantity> read = Quantity.parse(text);
              if (read.isEmpty() || holdsLoneSurrogate(text)) {
                return;
              }
              quantified.incrementAndGet();
              Quantity quantity = read.get();
              // WHEN the quantity is written as plans write it
              String written = quantity.text();
              // THEN reading what was written gives the same quantity, with or without QuantityText
              assertThat(Quantity.parse(written))
                  .as("%s written as %s", text, written)
                  .contains(quantity);
              assertThat(QuantityText.of(written).quantity()).contains(quantity);
            });
    // AND the generator reached the quantified path often, not by luck
    assertThat(quantified.get()).isGreaterThan(200);
  }

  /** A lone surrogate shows as a surrogate code point: a paired one reads as one code point. */
  private static boolean holdsLoneSurrogate(String text) {
    return text.codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE);
  }

  /** Any code points, the Basic Multilingual Plane's more often; and quantity-like text. */
  private static Gen<String> anyText() {
    return Generate.frequency(
        List.of(
            Pair.of(2, strings().allPossible().ofLengthBetween(0, 40)),
            Pair.of(2, strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 20)),
            Pair.of(1, strings().basicLatinAlphabet().ofLengthBetween(0, 300)),
            Pair.of(2, quantityLike())));
  }

  /** Text shaped like a quantity half the time, loose pieces the other half. */
  private static Gen<String> quantityLike() {
    Gen<String> piece =
        Generate.oneOf(
            Generate.pick(PIECES),
            strings().numericBetween(0, Integer.MAX_VALUE),
            strings().basicMultilingualPlaneAlphabet().ofLength(1));
    Gen<String> loose = lists().of(piece).ofSizeBetween(1, 6).map(p -> String.join("", p));
    // sign, digits, fraction, space, up to two multipliers, space, unit: the format's grammar
    Gen<String> digits =
        Generate.oneOf(
            strings().numericBetween(0, Integer.MAX_VALUE),
            lists()
                .of(strings().numericBetween(0, 999_999_999))
                .ofSizeBetween(1, 4)
                .map(p -> String.join("", p)),
            Generate.pick(List.of("2,250", "1,500,000", "１５００", "0")));
    Gen<String> multipliers =
        lists()
            .of(Generate.pick(List.of("萬", "億")))
            .ofSizeBetween(0, 2)
            .map(p -> String.join("", p));
    Gen<String> shaped =
        Generate.pick(List.of("", "+", "-", "−", "－", "＋"))
            .zip(
                digits,
                Generate.pick(List.of("", ".5", "．25", ".000")),
                Generate.pick(List.of("", " ", "\u3000")),
                (sign, number, fraction, space) -> sign + number + fraction + space)
            .zip(
                multipliers,
                Generate.pick(List.of("", "%", "％", "篇", "人次", " 次", "達到項數", "萬", "億", "元", "%人")),
                (number, multiplier, unit) -> number + multiplier + unit);
    return Generate.frequency(List.of(Pair.of(1, loose), Pair.of(1, shaped)))
        .describedAs(QuantityTextPropertiesTest::escaped);
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder("'");
    text.codePoints()
        .forEach(
            c ->
                out.append(
                    c < 0x20 || c > 0xFFFF || Character.isSurrogate((char) c)
                        ? String.format("\\u{%X}", c)
                        : Character.toString(c)));
    return out.append("'").toString();
  }

  @Test
  void should_keep_integers_of_any_size_round_tripping() {
    qt().withExamples(300)
        .forAll(integers().between(1, 400), Generate.pick(List.of("", "篇", "%", "萬人次")))
        .checkAssert(
            (length, unit) -> {
              // GIVEN a number of up to 400 digits with a unit
              String text = "9".repeat(length) + unit;
              Optional<Quantity> read = Quantity.parse(text);
              // THEN it reads, unless past the parser's length limit, and writes back the same
              read.ifPresent(q -> assertThat(Quantity.parse(q.text())).contains(q));
            });
  }
}
