package io.github.kpi4j.finding;

import org.immutables.value.Value;

/** One problem found in a document. */
@Value.Immutable
public interface Finding {
  /**
   * @return the stable id of the rule that found it, such as {@code kpi-reference-resolves}
   */
  @Value.Parameter
  String rule();

  /**
   * @return how much it matters
   */
  @Value.Parameter
  Severity severity();

  /**
   * @return the JSON Pointer (RFC 6901) of the value it is about; {@code ""} for the document
   */
  @Value.Parameter
  String path();

  /**
   * @return what is wrong, in the language the report was made in
   */
  @Value.Parameter
  String message();

  /**
   * @param rule the rule's id
   * @param severity the severity
   * @param path the JSON Pointer of the value
   * @param message the message
   * @return the finding
   */
  static Finding of(String rule, Severity severity, String path, String message) {
    return ImmutableFinding.of(rule, severity, path, message);
  }
}
