package io.github.kpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class KpiIdFormTest {

  @Test
  void should_read_an_id_as_its_pattern_does_after_normalising() {
    // GIVEN texts made of digits, points, full-width forms, spaces and a letter
    String alphabet = "0123456789..１．0 　a研";
    Random random = new Random(107);
    for (int i = 0; i < 50_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = random.nextInt(14); j > 0; j--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String t = text.toString();
      // THEN the id read is the one KpiId.FORM matches in the normal form, or none
      assertThat(KpiId.parse(t)).as("%s", t).isEqualTo(byPattern(t));
    }
  }

  @Test
  void should_read_the_largest_numbers_and_refuse_longer_ones() {
    assertThat(KpiId.parse("999999999.1")).contains(KpiId.of(999_999_999, 1));
    assertThat(KpiId.parse("1000000000.1")).isEmpty();
    assertThat(KpiId.parse("１．２")).contains(KpiId.of(1, 2));
    assertThat(KpiId.parse("01.2")).isEmpty();
  }

  private static Optional<KpiId> byPattern(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 0x3400 && c <= 0x9FFF) || (c < 0x80 && Character.isLetter(c))) {
        return Optional.empty();
      }
    }
    Matcher m = KpiId.FORM.matcher(Names.normalise(text));
    return m.matches()
        ? Optional.of(KpiId.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
        : Optional.empty();
  }
}
