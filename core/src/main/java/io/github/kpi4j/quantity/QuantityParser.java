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

  /** CJK compatibility ideograph F98E, which NFKC maps to 年. */
  static final char YEAR_COMPATIBILITY = '\uF98E';

  private QuantityParser() {}

  static Optional<RelativeTarget> parseRelative(String text) {
    if (text == null || text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    // Every relative form holds 年, which NFKC makes of 年 and of U+F98E alone (a test checks every
    // code point): the many targets without either, plain or not (95 人次), are told at once, before
    // the normaliser. Every KPI's direction asks this of its target when the model is built.
    if (text.indexOf('年') < 0 && text.indexOf(YEAR_COMPATIBILITY) < 0) {
      return Optional.empty();
    }
    // A plain text is its own normal form, without a space.
    String normal =
        PlainText.isPlain(text)
            ? text
            : SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
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
    boolean plain = PlainText.isPlain(text);
    if (plain) {
      Optional<Quantity> quantity = parseShort(text);
      if (quantity != null) {
        return quantity;
      }
    }
    return parseForm(text, plain);
  }

  /** The digits a {@code long} holds, whatever they are. */
  private static final int LONG_DIGITS = 18;

  /**
   * Reads what most targets are, a {@link PlainText#isPlain(String) plain} text of a short number
   * and a unit ({@code 86%}, {@code 2,250人}, {@code 3.5}), in one scan after the check that it is
   * plain, and without the strings of a {@link Form}: the number is summed into a {@code long}.
   * Validating a plan reads every target, and the parts, the digits without their separators, and
   * the written form built only to check its length made most of what validation allocates. {@link
   * #parseForm(String)} gives the same for any such text (a test compares the two).
   *
   * @param text a plain text of at most {@value #MAX_LENGTH} characters
   * @return the quantity, or empty if the text is not one, as {@link #parseForm(String)} decides;
   *     null if this case does not apply (more than {@value #LONG_DIGITS} digits, 萬 or 億)
   */
  static Optional<Quantity> parseShort(String text) {
    Bounds bounds = boundsOfPlain(text);
    if (bounds == null) {
      return Optional.empty();
    }
    if (bounds.multiplierEnd() > bounds.fractionEnd()) {
      return null;
    }
    int digits = 0;
    long unscaled = 0;
    for (int d = bounds.signEnd(); d < bounds.fractionEnd(); d++) {
      char c = text.charAt(d);
      if (isDigit(c)) {
        if (++digits > LONG_DIGITS) {
          return null;
        }
        unscaled = unscaled * 10 + (c - '0');
      }
    }
    Unit unit = unit(text, bounds.multiplierEnd());
    if (unit == null) {
      return Optional.empty();
    }
    int fraction = bounds.fractionEnd() - bounds.integerEnd();
    int scale = (fraction > 0 ? fraction - 1 : 0) + (unit.isPercent() ? 2 : 0);
    boolean negative = bounds.signEnd() > 0 && text.charAt(0) == '-';
    // At most 18 digits and 2 more places for a percentage are far within Limits.MAX_DIGITS, and
    // the written form drops separators, a plus, leading zeros and trailing ones, so it is never
    // longer than the text: neither check of parseForm can fail.
    return Optional.of(
        Quantity.of(BigDecimal.valueOf(negative ? -unscaled : unscaled, scale), unit));
  }

  /**
   * Reads any text of at most {@value #MAX_LENGTH} characters, through its {@link Form}.
   *
   * @param text the written form
   * @return the quantity, or empty if the text is not exactly one quantity
   */
  static Optional<Quantity> parseForm(String text) {
    return parseForm(text, PlainText.isPlain(text));
  }

  /**
   * @param text the written form
   * @param plain whether the text is {@link PlainText#isPlain(String) plain}, which the caller has
   *     already found
   * @return the quantity, or empty if the text is not exactly one quantity
   */
  private static Optional<Quantity> parseForm(String text, boolean plain) {
    // Plain text (5萬人, and the numbers too long for parseShort) is its own normal form, holds no
    // space to strip, and is read by a scan several times cheaper than the pattern, with the same
    // result.
    Form form =
        plain ? scanPlain(text) : match(Normalizer.normalize(text, Normalizer.Form.NFKC).strip());
    if (form == null) {
      return Optional.empty();
    }
    Unit unit = unit(form.unit(), 0);
    if (unit == null) {
      return Optional.empty();
    }
    BigDecimal value =
        new BigDecimal(
            form.integer().replace(",", "") + (form.fraction() == null ? "" : form.fraction()));
    if (!form.sign().isEmpty() && !form.sign().equals("+")) {
      value = value.negate();
    }
    if ("萬".equals(form.multiplier())) {
      value = value.multiply(WAN);
    } else if ("億".equals(form.multiplier())) {
      value = value.multiply(YI);
    }
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

  /**
   * The parts of a quantity's written form, as the groups of {@link #FORM} give them.
   *
   * @param sign the sign, or empty
   * @param integer the digits before the point, with their thousands separators
   * @param fraction the point and the digits after it, or null
   * @param multiplier 萬 or 億, or null
   * @param unit the unit, or empty
   */
  record Form(String sign, String integer, String fraction, String multiplier, String unit) {}

  /**
   * @param normal a text in NFKC, stripped
   * @return its parts as {@link #FORM} matches them, or null if it does not match
   */
  static Form match(String normal) {
    Matcher m = FORM.matcher(normal);
    return m.matches()
        ? new Form(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5))
        : null;
  }

  /**
   * What {@link #match(String)} gives for a {@link PlainText#isPlain(String) plain} text, found in
   * one scan. Plain text holds no space, control or separator character and no U+2212, so {@link
   * #FORM} reduces to: a sign, the whole run of digits and commas (nothing that may follow it
   * starts with either), a point and the whole run of digits after it, 萬 or 億, and a unit that
   * holds no digit, sign, point or comma and does not start with 萬 or 億. A test compares the two.
   *
   * @param text a plain text
   * @return its parts, or null if it is not a quantity's written form
   */
  static Form scanPlain(String text) {
    Bounds bounds = boundsOfPlain(text);
    if (bounds == null) {
      return null;
    }
    int signEnd = bounds.signEnd();
    int integerEnd = bounds.integerEnd();
    int fractionEnd = bounds.fractionEnd();
    int multiplierEnd = bounds.multiplierEnd();
    return new Form(
        text.substring(0, signEnd),
        text.substring(signEnd, integerEnd),
        fractionEnd > integerEnd ? text.substring(integerEnd, fractionEnd) : null,
        multiplierEnd > fractionEnd ? text.substring(fractionEnd, multiplierEnd) : null,
        text.substring(multiplierEnd));
  }

  /**
   * Where the parts of a plain text's {@link Form} end: the sign starts the text, and each part
   * starts where the one before it ends.
   *
   * @param signEnd 1 after a sign, 0 without one
   * @param integerEnd the end of the digits before the point, with their thousands separators
   * @param fractionEnd the end of the point and the digits after it; {@code integerEnd} without
   *     them
   * @param multiplierEnd the end of 萬 or 億; {@code fractionEnd} without one. The unit is the rest.
   */
  record Bounds(int signEnd, int integerEnd, int fractionEnd, int multiplierEnd) {}

  /**
   * The grammar of {@link #scanPlain(String)}, which {@link #parseShort(String)} reads too: one
   * scan that finds where the parts are, without making a string of any.
   *
   * @param text a plain text
   * @return where its parts end, or null if it is not a quantity's written form
   */
  private static Bounds boundsOfPlain(String text) {
    int length = text.length();
    int i = 0;
    if (i < length && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int signEnd = i;
    while (i < length && (isDigit(text.charAt(i)) || text.charAt(i) == ',')) {
      i++;
    }
    if (!isInteger(text, signEnd, i)) {
      return null;
    }
    int integerEnd = i;
    if (i < length && text.charAt(i) == '.') {
      i++;
      while (i < length && isDigit(text.charAt(i))) {
        i++;
      }
      if (i == integerEnd + 1) {
        return null;
      }
    }
    int fractionEnd = i;
    if (i < length && (text.charAt(i) == '萬' || text.charAt(i) == '億')) {
      i++;
    }
    int multiplierEnd = i;
    for (int u = multiplierEnd; u < length; u++) {
      char c = text.charAt(u);
      if (isDigit(c) || c == '+' || c == '-' || c == '.' || c == ',') {
        return null;
      }
      if (u == multiplierEnd && (c == '萬' || c == '億')) {
        return null;
      }
    }
    return new Bounds(signEnd, integerEnd, fractionEnd, multiplierEnd);
  }

  /**
   * @param text a text whose unit starts at {@code from}, the rest of it
   * @param from where the unit starts
   * @return the unit, {@link Unit#NONE} for none and {@link Unit#PERCENT} for {@code %}; null if
   *     the unit holds a percent sign beside other characters, which no quantity's unit does
   */
  private static Unit unit(String text, int from) {
    if (from == text.length()) {
      return Unit.NONE;
    }
    if (from == text.length() - 1 && text.charAt(from) == '%') {
      return Unit.PERCENT;
    }
    return text.indexOf('%', from) >= 0 ? null : Unit.of(text.substring(from));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * @param text a text
   * @param start where a run of digits and commas starts in it
   * @param end where the run ends
   * @return whether the run is {@code [0-9]+} or {@code [0-9]{1,3}(,[0-9]{3})+}
   */
  private static boolean isInteger(String text, int start, int end) {
    int comma = text.indexOf(',', start);
    if (comma < 0 || comma >= end) {
      return end > start;
    }
    if (comma - start < 1 || comma - start > 3) {
      return false;
    }
    // After the first group, groups of a comma and three digits to the end.
    if ((end - comma) % 4 != 0) {
      return false;
    }
    for (int i = comma; i < end; i += 4) {
      if (text.charAt(i) != ','
          || !isDigit(text.charAt(i + 1))
          || !isDigit(text.charAt(i + 2))
          || !isDigit(text.charAt(i + 3))) {
        return false;
      }
    }
    return true;
  }
}
