package io.github.kpi4j.json;

import io.github.kpi4j.DocumentException;
import io.github.kpi4j.json.internal.DefaultKpiJson;
import io.github.kpi4j.model.AnnualPlan;
import io.github.kpi4j.model.PlanResults;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads and writes plan documents ({@code kpi-plan/1}) and results documents ({@code
 * kpi-results/1}) as the interchange format specifies them, without any Jackson configuration.
 *
 * <p>An instance is immutable and thread-safe; {@link #create()} gives the shared default, which
 * writes pretty-printed documents.
 *
 * <h2>Reading</h2>
 *
 * <p>A reader accepts exactly the documents of the format, and {@link DocumentFormat#schema() its
 * JSON Schema} says the same:
 *
 * <ul>
 *   <li>the input is UTF-8 (a leading byte order mark is skipped); the root is one JSON object and
 *       nothing follows it but white space;
 *   <li>{@code format} is exactly {@code "kpi-plan/1"} or {@code "kpi-results/1"}; a document of
 *       the other format, or with no {@code format}, is refused;
 *   <li>properties whose names start with {@code x-} are ignored at every level, whatever their
 *       value; every other unknown property is refused, and so is a property given twice, at any
 *       level;
 *   <li>integers ({@code rocYear}, {@code number}, {@code evaluationSystem}) are numbers without a
 *       fractional part, as JSON Schema has it: {@code 107} or {@code 107.0}, never {@code 1.5};
 *       numbers ({@code weight}, {@code actual}, {@code variables}) are read exactly, as {@link
 *       java.math.BigDecimal}, {@code 2.50} keeping its scale;
 *   <li>{@code evaluationMethod} and {@code category} take a code ({@code statistical-data}) or a
 *       Chinese label ({@code 統計數據}), exactly as listed; {@code evaluationSystem} takes 1–5; {@code
 *       direction} takes {@code increase} or {@code decrease};
 *   <li>{@code target} is a string, {@code null} or absent; {@code null} is allowed nowhere else;
 *   <li>{@code weight} is a number of at least 0; {@code actual} is a number or a quantity text;
 *       {@code variables} is an object of name → number, and a result has an {@code actual}, at
 *       least one variable, or both.
 * </ul>
 *
 * <p>A document that breaks any of these rules, or cannot be read at all, raises a {@link
 * DocumentException} and never anything else. Its message reads {@code source:line:column at
 * pointer: problem}, such as {@code mac-107.json:57:22 at /goals/2/kpis/0/evaluationSystem:
 * expected an integer 1–5 (評估體制), got 6}:
 *
 * <ul>
 *   <li>the source is the file's name for a {@link Path}, the given name for a stream, {@value
 *       #STRING_SOURCE} for a string;
 *   <li>line and column are 1-based and point at the start of the offending value; for an unknown
 *       or repeated property, at its name; for a missing property, at the start of the object that
 *       lacks it; for malformed JSON, at the character where reading stopped; columns count UTF-16
 *       code units, as Java strings and most editors do; both are 0 when the problem has no
 *       position (a missing file);
 *   <li>the pointer (RFC 6901) is that of the offending value: {@code
 *       /goals/2/kpis/0/evaluationSystem}; for a missing property, that of the object lacking it;
 *       for malformed JSON, where the parser stood, which inside an object is the property it was
 *       reading or had just read;
 *   <li>the problem says what was expected and what was found.
 * </ul>
 *
 * <p>Hostile input is bounded: a document of more than {@value #MAX_DOCUMENT_BYTES} bytes, objects
 * and arrays nested more than {@value #MAX_NESTING_DEPTH} deep, a string of more than {@value
 * #MAX_STRING_LENGTH} characters, a property name of more than {@value #MAX_NAME_LENGTH}
 * characters, or a number of more than {@value #MAX_NUMBER_DIGITS} digits before or after the
 * decimal point is refused with a {@link DocumentException}, before it can exhaust the stack or the
 * heap. A missing or unreadable file is a {@link DocumentException} too, at line 0: {@code
 * mac-107.json: no such file: plans/mac-107.json}.
 *
 * <p>The problem is in English unless the reader is built with a {@linkplain Builder#locale(Locale)
 * locale}: any Chinese locale gives Traditional Chinese ({@code 應為介於 1 到 2147483647 的整數，實為 0}).
 * Line, column and pointer do not depend on the language. Every problem is translated: those of
 * documents that are not JSON (malformed text, limits, encodings, files) and those of well-formed
 * JSON that breaks a rule of the format (a wrong type, an unknown, missing or repeated property, a
 * code outside a vocabulary); only the rare fallbacks for what the reader cannot name itself (a
 * limit or a syntax error it does not know, a value the model refuses) quote Jackson's or the
 * model's English words inside the translated sentence. The {@linkplain
 * io.github.kpi4j.json.jackson.Kpi4jModule Jackson module} in a mapper of an application's own
 * reports in English.
 *
 * <h2>Writing</h2>
 *
 * <p>Writing then reading gives an equal model. A writer puts properties in the order of the
 * format's tables, writes codes (never labels), writes every array even when empty ({@code
 * "strategies": []}), and omits what is absent: an optional value that is empty, {@code direction}
 * when it is {@code increase} (the default), {@code variables} when there are none. An {@code
 * actual} that is a plain number ({@code 415}) is written as a JSON number, any other as a string.
 * Output is UTF-8, pretty-printed with two spaces and ending with a line break, or {@linkplain
 * Builder#prettyPrint(boolean) compact} on one line without one. Writing raises {@link
 * UncheckedIOException} when the output fails.
 */
public interface KpiJson {
  /** The most bytes a document may have: 64 MiB. */
  int MAX_DOCUMENT_BYTES = 64 * 1024 * 1024;

  /** The deepest that objects and arrays may nest, the root object being 1. */
  int MAX_NESTING_DEPTH = 64;

  /**
   * The most characters a string value may have: the model's {@link
   * io.github.kpi4j.Limits#MAX_TEXT_LENGTH}.
   */
  int MAX_STRING_LENGTH = io.github.kpi4j.Limits.MAX_TEXT_LENGTH;

  /** The most characters a property name may have. */
  int MAX_NAME_LENGTH = 1_000;

  /**
   * The most digits a number may have before the decimal point, and the most after it: the model's
   * {@link io.github.kpi4j.Limits#MAX_DIGITS}.
   */
  int MAX_NUMBER_DIGITS = io.github.kpi4j.Limits.MAX_DIGITS;

  /** The source name of documents read from a string. */
  String STRING_SOURCE = "<string>";

  /**
   * @return the shared reader and writer, which writes pretty-printed documents
   */
  static KpiJson create() {
    return DefaultKpiJson.PRETTY;
  }

  /**
   * @return a builder of readers and writers
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a plan document from a file.
   *
   * @param file the file
   * @return the plan
   * @throws DocumentException if the file is missing or unreadable, or is not a {@code kpi-plan/1}
   *     document; its source is the file's name
   */
  AnnualPlan readPlan(Path file);

  /**
   * Reads a plan document from a stream, which is read to its end but not closed.
   *
   * @param in the stream of UTF-8 bytes
   * @param source the document's name, for messages, such as {@code mac-107.json} or {@code
   *     <stdin>}
   * @return the plan
   * @throws DocumentException if the stream fails or is not a {@code kpi-plan/1} document
   */
  AnnualPlan readPlan(InputStream in, String source);

  /**
   * Reads a plan document from a string.
   *
   * @param json the document
   * @return the plan
   * @throws DocumentException if the string is not a {@code kpi-plan/1} document; its source is
   *     {@value #STRING_SOURCE}
   */
  AnnualPlan readPlan(String json);

  /**
   * Reads a results document from a file.
   *
   * @param file the file
   * @return the results
   * @throws DocumentException if the file is missing or unreadable, or is not a {@code
   *     kpi-results/1} document; its source is the file's name
   */
  PlanResults readResults(Path file);

  /**
   * Reads a results document from a stream, which is read to its end but not closed.
   *
   * @param in the stream of UTF-8 bytes
   * @param source the document's name, for messages
   * @return the results
   * @throws DocumentException if the stream fails or is not a {@code kpi-results/1} document
   */
  PlanResults readResults(InputStream in, String source);

  /**
   * Reads a results document from a string.
   *
   * @param json the document
   * @return the results
   * @throws DocumentException if the string is not a {@code kpi-results/1} document; its source is
   *     {@value #STRING_SOURCE}
   */
  PlanResults readResults(String json);

  /**
   * @param plan a plan
   * @return its {@code kpi-plan/1} document
   */
  String write(AnnualPlan plan);

  /**
   * Writes a plan document to a stream, which is flushed but not closed.
   *
   * @param plan a plan
   * @param out the stream, which receives UTF-8
   * @throws UncheckedIOException if the stream fails
   */
  void write(AnnualPlan plan, OutputStream out);

  /**
   * Writes a plan document to a file, replacing it if it exists.
   *
   * @param plan a plan
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  void write(AnnualPlan plan, Path file);

  /**
   * @param results results
   * @return their {@code kpi-results/1} document
   */
  String write(PlanResults results);

  /**
   * Writes a results document to a stream, which is flushed but not closed.
   *
   * @param results results
   * @param out the stream, which receives UTF-8
   * @throws UncheckedIOException if the stream fails
   */
  void write(PlanResults results, OutputStream out);

  /**
   * Writes a results document to a file, replacing it if it exists.
   *
   * @param results results
   * @param file the file
   * @throws UncheckedIOException if the file cannot be written
   */
  void write(PlanResults results, Path file);

  /** Builds a {@link KpiJson}. */
  final class Builder {
    private boolean prettyPrint = true;
    private Locale locale = Locale.ENGLISH;

    Builder() {}

    /**
     * @param locale the language of the problems of unreadable documents, whatever they are:
     *     Traditional Chinese for any Chinese locale ({@code zh-TW}, {@code zh-Hant}, {@code zh}),
     *     English (the default) for any other, whatever the JVM's default locale
     * @return this builder
     * @throws NullPointerException if {@code locale} is {@code null}
     */
    public Builder locale(Locale locale) {
      this.locale = Objects.requireNonNull(locale, "locale");
      return this;
    }

    /**
     * @param prettyPrint {@code true} (the default) for documents indented with two spaces, one
     *     property or element per line; {@code false} for compact documents on one line
     * @return this builder
     */
    public Builder prettyPrint(boolean prettyPrint) {
      this.prettyPrint = prettyPrint;
      return this;
    }

    /**
     * @return the reader and writer
     */
    public KpiJson build() {
      return DefaultKpiJson.of(prettyPrint, locale);
    }
  }
}
