package io.github.kpi4j.json;

import java.net.URL;
import java.util.Objects;
import java.util.Optional;

/**
 * The two document formats of the interchange contract, with their JSON Schemas (draft 2020-12).
 *
 * <p>The schemas say the same as the readers of {@link KpiJson}: a document that one accepts the
 * other accepts, with one exception that a schema cannot express: a reader refuses a number with
 * more than {@value KpiJson#MAX_NUMBER_DIGITS} digits before or after the decimal point.
 */
public enum DocumentFormat {
  /** A plan document: {@code "format": "kpi-plan/1"}. */
  PLAN("kpi-plan/1", "kpi-plan-1.schema.json"),
  /** A results document: {@code "format": "kpi-results/1"}. */
  RESULTS("kpi-results/1", "kpi-results-1.schema.json");

  private final String id;
  private final String schemaResource;

  DocumentFormat(String id, String schemaResource) {
    this.id = id;
    this.schemaResource = schemaResource;
  }

  /**
   * @return the value of the document's {@code format} property, such as {@code kpi-plan/1}
   */
  public String id() {
    return id;
  }

  /**
   * @return the JSON Schema of the format, a resource of this library: {@code
   *     io/github/kpi4j/json/kpi-plan-1.schema.json} or {@code kpi-results-1.schema.json}
   */
  public URL schema() {
    return Objects.requireNonNull(
        DocumentFormat.class.getResource(schemaResource), "missing resource " + schemaResource);
  }

  /**
   * @param id the value of a document's {@code format} property
   * @return the format with that id, or empty for any other text
   */
  public static Optional<DocumentFormat> fromId(String id) {
    for (DocumentFormat format : values()) {
      if (format.id.equals(id)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
