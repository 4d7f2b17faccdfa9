package io.github.kpi4j.document;

import io.github.kpi4j.finding.Severity;

/**
 * Something an import is unsure of or could not place: a cell it could not read, a value it read
 * with a guess, a row it could not attach. An {@link Severity#ERROR error} means something printed
 * in the document is missing from the plan; a {@link Severity#WARNING warning} that a value was
 * read but deserves a look; {@link Severity#INFO info} that the document was read in a way worth
 * knowing.
 */
public interface ImportFinding {
  /**
   * @return the stable id of what was found, such as {@code kpi-row-unreadable}; the module's
   *     README lists them
   */
  String rule();

  /**
   * @return how much it matters
   */
  Severity severity();

  /**
   * @return where it stands in the source document
   */
  Location location();

  /**
   * @return the JSON Pointer (RFC 6901) of the value it concerns in the imported plan document,
   *     such as {@code /goals/1/kpis/0/target}; {@code ""} when it concerns no value of the plan
   */
  String path();

  /**
   * @return what was found, in the language the import was made in
   */
  String message();

  /**
   * @param rule the stable id
   * @param severity the severity
   * @param location where it stands
   * @param path the JSON Pointer of the value, or {@code ""}
   * @param message the message
   * @return the finding
   * @throws NullPointerException if any argument is null
   */
  static ImportFinding of(
      String rule, Severity severity, Location location, String path, String message) {
    return new io.github.kpi4j.document.internal.DefaultImportFinding(
        rule, severity, location, path, message);
  }
}
