package io.github.kpi4j.quantity;

import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.internal.PlainText;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the written forms of quantities; see {@link Quantity#parse(String)}. */
final class QuantityParser {
  /*
   * After NFKC (full-width digits, signs, ％ and spaces become ASCII): an optional sign, digits with
   * thousands separators in groups of three or none at all, an optional fraction, an optional 萬 or
   * 億, then an optional unit that holds no digit, no sign, no space and no control character (which
   * String.strip would take for space), so that text with a second
   * number (較前年度增加10%) or a phrase stays text. A unit does not start with 萬 or 億: a second
   * multiplier (5萬萬) is not a form of the format, and as a unit it would be written back (50000萬)
   * as a multiplier.
   */
  private static final Pattern FORM =
      Pattern.compile(
          "([+\\-\u2212]?)((?:[0-9]{1,3}(?:,[0-9]{3})+)|[0-9]+)(\\.[0-9]+)?\\s*([萬億])?\\s*"
              + "((?:[^\\s\\p{Cc}\\p{Z}0-9+\\-\u2212.,萬億][^\\s\\p{Cc}\\p{Z}0-9+\\-\u2212.,]*)?)");

  private static final BigDecimal WAN = BigDecimal.TEN.pow(4);
  private static final BigDecimal YI = BigDecimal.TEN.pow(8);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int MAX_LENGTH = 200;

  /** The relative targets; see {@link RelativeTarget}. */
  private static final String DECREASE = "減少|降低|減低|下降";

  private static final Pattern RELATIVE =
      Pattern.compile(
          "(?:需|應)?(?:(?:較|比)(?:前|上|去)(?:一|1)?年度?|每年度?|逐年)"
              + "(增加|成長|增長|提升|提高|"
              + DECREASE
              + ")([0-9]{1,9}(?:\\.[0-9]{1,9})?)%(?:以上)?[。.]?");

  private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

  private QuantityParser() {}

  static Optional<RelativeTarget> parseRelative(String text) {
    if (text == null || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    String normal;
    if (PlainText.isPlain(text)) {
      // Its own normal form, without a space; and every relative form holds 年, so the many
      // targets without it are told at once.
      if (text.indexOf('年') < 0) {
        return Optional.empty();
      }
      normal = text;
    } else {
      normal = SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
    }
    Matcher m = RELATIVE.matcher(normal);
    if (!m.matches()) {
      return Optional.empty();
    }
    BigDecimal change = new BigDecimal(m.group(2)).movePointLeft(2);
    if (m.group(1).matches(DECREASE)) {
      change = change.negate();
    }
    return Optional.of(ImmutableRelativeTarget.of(text, change));
  }

  static Optional<Quantity> parse(String text) {
    if (text == null || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    // Plain text (86%, 408篇) is its own normal form and holds no space to strip.
    String normal =
        PlainText.isPlain(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    Matcher m = FORM.matcher(normal);
    if (!m.matches()) {
      return Optional.empty();
    }
    String unitText = m.group(5);
    if (unitText.length() > 1 && unitText.contains("%")) {
      return Optional.empty();
    }
    BigDecimal value =
        new BigDecimal(m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3)));
    if (!m.group(1).isEmpty() && !m.group(1).equals("+")) {
      value = value.negate();
    }
    if ("萬".equals(m.group(4))) {
      value = value.multiply(WAN);
    } else if ("億".equals(m.group(4))) {
      value = value.multiply(YI);
    }
    Unit unit = Unit.of(unitText);
    if (unit.isPercent()) {
      value = value.divide(HUNDRED);
    }
    if (!Assert.fits(value)) {
      return Optional.empty();
    }
    Quantity quantity = Quantity.of(value, unit);
    // 萬 and 億 write out as zeros and NFKC may lengthen a unit, so a text within the limit can
    // state a quantity whose written form is not: such a quantity would not read back.
    return quantity.text().length() > MAX_LENGTH ? Optional.empty() : Optional.of(quantity);
  }
}
