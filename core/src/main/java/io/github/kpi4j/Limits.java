package io.github.kpi4j;

/**
 * The bounds of what the kpi4j model holds, the same for a model built in code and one read from a
 * document, so that whatever a builder accepts can be written and read back.
 *
 * <p>A builder given a value beyond them throws {@link IllegalArgumentException}; a document reader
 * raises a {@link DocumentException} that names where the value is.
 */
public final class Limits {
  /**
   * The most characters (UTF-16 code units) of one text of the model: a name, a title, a standard,
   * a paragraph.
   */
  public static final int MAX_TEXT_LENGTH = 1_000_000;

  /**
   * The most digits of a number of the model (a quantity's value, a weight, a variable's value)
   * before its decimal point, and the most after it, as it is written in plain form.
   */
  public static final int MAX_DIGITS = 100;

  private Limits() {}
}
