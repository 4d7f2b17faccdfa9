package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Finding;
import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.validation.ValidationReport;
import java.util.List;

/** The findings of one validation, already in order. */
final class DefaultValidationReport implements ValidationReport {
  private final List<Finding> findings;

  DefaultValidationReport(List<Finding> findings) {
    this.findings = List.copyOf(findings);
  }

  @Override
  public List<Finding> findings() {
    return findings;
  }

  @Override
  public List<Finding> findings(String ruleId) {
    Assert.notNull(ruleId, "ruleId");
    return findings.stream().filter(f -> f.rule().equals(ruleId)).toList();
  }

  @Override
  public List<Finding> findings(Severity severity) {
    Assert.notNull(severity, "severity");
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }

  @Override
  public String toString() {
    return "ValidationReport" + findings;
  }
}
