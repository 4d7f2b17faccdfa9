package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.internal.Locales;
import io.github.kpi4j.validation.PlanRule;
import io.github.kpi4j.validation.PlanValidator;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** Builds {@link PlanValidator}s; starts from the built-in rules. */
public final class ValidatorBuilder implements PlanValidator.Builder {
  /** The default validator. */
  public static final PlanValidator DEFAULTS = new ValidatorBuilder().build();

  /** Every rule by its id, in rule order: built-in rules first, then users' in order of adding. */
  private final Map<String, RuleEntry> rules = new LinkedHashMap<>();

  private Locale locale = Locale.ENGLISH;
  private Clock clock = ValidationRun.systemClock();

  /** Creates a builder with the built-in rules. */
  public ValidatorBuilder() {
    for (BuiltInRule rule : BuiltInRules.builtIn()) {
      rules.put(rule.id(), RuleEntry.builtIn(rule));
    }
  }

  @Override
  public PlanValidator.Builder locale(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
    return this;
  }

  @Override
  public PlanValidator.Builder disable(String ruleId) {
    rules.compute(known(ruleId), (id, entry) -> entry.disabled());
    return this;
  }

  @Override
  public PlanValidator.Builder severity(String ruleId, Severity severity) {
    Objects.requireNonNull(severity, "severity");
    rules.compute(known(ruleId), (id, entry) -> entry.withSeverity(severity));
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
    rules.put(id, RuleEntry.user(rule));
    return this;
  }

  @Override
  public PlanValidator.Builder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  @Override
  public PlanValidator build() {
    List<RuleEntry> enabled = rules.values().stream().filter(RuleEntry::enabled).toList();
    return new DefaultPlanValidator(enabled, Locales.supported(locale), clock);
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
}
