package io.github.kpi4j;

import io.github.kpi4j.internal.Assert;

/**
 * A plan or results document that cannot be read: malformed JSON, a wrong format version, a wrong
 * type, an unknown property, a value outside a closed vocabulary, a missing required property; or a
 * plan document (.docx, .odt, plain text) that is no plan at all.
 *
 * <p>It lives here, beside {@link Kpi4jException}, rather than in one reader's module: every reader
 * of documents (io-json, io-document) raises it, and a caller catches one type whatever the format.
 *
 * <p>The message reads {@code source:line:column at pointer: problem}, for example {@code
 * mac-107.json:57:22 at /goals/2/kpis/0/evaluationSystem: expected an integer 1–5 (評估體制), got 6}; a
 * document that cannot even be opened has neither position nor pointer: {@code plan.json: no such
 * file}. The document itself, whose pointer is the empty string ({@link #pointer()}), reads {@code
 * at /} in the message, where a reader looks for a path: {@code empty.json:1:1 at /: expected a
 * kpi-plan/1 document}. Strictly, {@code /} is the pointer of a property named with the empty
 * string, which no document of the formats has.
 */
public final class DocumentException extends Kpi4jException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String pointer;
  private final String problem;

  /**
   * Creates an exception for an unreadable document.
   *
   * @param source the document's name as the user knows it (a file name, or {@code <string>})
   * @param line the 1-based line of the problem, or 0 when unknown
   * @param column the 1-based column of the problem, or 0 when unknown
   * @param pointer the JSON Pointer (RFC 6901) of the offending value; {@code ""} for the document
   * @param problem what was expected and what was found
   * @param cause the underlying cause, or {@code null}
   */
  public DocumentException(
      String source, int line, int column, String pointer, String problem, Throwable cause) {
    super(format(source, line, column, pointer, problem), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.problem = problem;
  }

  private static String format(
      String source, int line, int column, String pointer, String problem) {
    Assert.notNull(source, "source");
    Assert.notNull(pointer, "pointer");
    Assert.notNull(problem, "problem");
    String where = line > 0 ? source + ":" + line + ":" + column : source;
    // A document that could not be opened has no position worth printing: "plan.json: no such
    // file".
    if (line <= 0 && pointer.isEmpty()) {
      return where + ": " + problem;
    }
    return where + " at " + (pointer.isEmpty() ? "/" : pointer) + ": " + problem;
  }

  /**
   * @return the document's name as the user knows it
   */
  public String source() {
    return source;
  }

  /**
   * @return the 1-based line of the problem, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * @return the 1-based column of the problem, or 0 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * @return the JSON Pointer of the offending value; {@code ""} for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * @return what was expected and what was found, without the location
   */
  public String problem() {
    return problem;
  }
}
