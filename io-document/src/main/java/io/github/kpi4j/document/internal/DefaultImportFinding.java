package io.github.kpi4j.document.internal;

import io.github.kpi4j.document.ImportFinding;
import io.github.kpi4j.document.Location;
import io.github.kpi4j.finding.Severity;
import java.util.Objects;

/**
 * The one implementation of {@link ImportFinding}.
 *
 * @param rule the stable id
 * @param severity the severity
 * @param location where it stands
 * @param path the JSON Pointer of the value, or {@code ""}
 * @param message the message
 */
public record DefaultImportFinding(
    String rule, Severity severity, Location location, String path, String message)
    implements ImportFinding {
  /** Rejects nulls. */
  public DefaultImportFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return location + ": " + severity.code() + ": " + message;
  }
}
