package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.internal.Locales;
import io.github.kpi4j.validation.PlanRule;
import io.github.kpi4j.validation.PlanValidator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Builds {@link PlanValidator}s; starts from the standard rules. */
public final class ValidatorBuilder implements PlanValidator.Builder {
  /** The standard validator. */
  public static final PlanValidator STANDARD = new ValidatorBuilder().build();

  private final Map<String, PlanRule> rules = new LinkedHashMap<>();
  private final Map<String, Severity> severities = new LinkedHashMap<>();
  private final Map<String, Boolean> enabled = new LinkedHashMap<>();
  private Locale locale = Locale.ENGLISH;
  private Clock clock = PlanYearInRange.systemClock();

  /** Creates a builder with the standard rules. */
  public ValidatorBuilder() {
    for (PlanRule rule : StandardRules.all()) {
      put(rule);
    }
  }

  @Override
  public PlanValidator.Builder locale(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
    return this;
  }

  @Override
  public PlanValidator.Builder disable(String ruleId) {
    enabled.put(known(ruleId), false);
    return this;
  }

  @Override
  public PlanValidator.Builder severity(String ruleId, Severity severity) {
    Objects.requireNonNull(severity, "severity");
    severities.put(known(ruleId), severity);
    return this;
  }

  @Override
  public PlanValidator.Builder add(PlanRule rule) {
    Objects.requireNonNull(rule, "rule");
    String id = Objects.requireNonNull(rule.id(), "the rule's id");
    Objects.requireNonNull(rule.defaultSeverity(), "the rule's default severity");
    if (id.isBlank() || id.codePoints().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "a rule id is not blank and holds no white space, got '" + id + "'");
    }
    if (rules.containsKey(id)) {
      throw new IllegalArgumentException("a rule with the id " + id + " is already there");
    }
    put(rule);
    return this;
  }

  @Override
  public PlanValidator.Builder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  @Override
  public PlanValidator build() {
    List<ConfiguredRule> configured = new ArrayList<>();
    for (PlanRule rule : rules.values()) {
      if (enabled.get(rule.id())) {
        PlanRule effective = rule instanceof PlanYearInRange ? new PlanYearInRange(clock) : rule;
        configured.add(new ConfiguredRule(effective, severities.get(rule.id())));
      }
    }
    return new DefaultPlanValidator(configured, Locales.supported(locale));
  }

  private void put(PlanRule rule) {
    rules.put(rule.id(), rule);
    severities.put(rule.id(), rule.defaultSeverity());
    enabled.put(rule.id(), true);
  }

  private String known(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    if (!rules.containsKey(ruleId)) {
      throw new IllegalArgumentException(
          "no rule has the id '"
              + ruleId
              + "'; the known ids are "
              + rules.keySet().stream().collect(Collectors.joining(", ")));
    }
    return ruleId;
  }

  /** A rule with the severity its findings get. */
  static final class ConfiguredRule {
    final PlanRule rule;
    final Severity severity;

    ConfiguredRule(PlanRule rule, Severity severity) {
      this.rule = rule;
      this.severity = severity;
    }
  }
}
