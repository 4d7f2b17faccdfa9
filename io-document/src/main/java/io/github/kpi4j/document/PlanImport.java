package io.github.kpi4j.document;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.model.AnnualPlan;
import java.util.List;

/**
 * What an import read: the plan, holding everything the document let it read, and a finding for
 * everything it was unsure of or could not place. A value it could not read is left out of the plan
 * and reported, never made up.
 */
public interface PlanImport {
  /**
   * @return the plan as read
   */
  AnnualPlan plan();

  /**
   * @return the findings, in document order
   */
  List<ImportFinding> findings();

  /**
   * @return the kind of the document read
   */
  DocumentKind kind();

  /**
   * @return whether some finding is an error: something printed is missing from the plan
   */
  default boolean hasErrors() {
    return findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }
}
