package io.github.kpi4j.validation.internal;

import io.github.kpi4j.finding.Severity;
import io.github.kpi4j.internal.Assert;
import io.github.kpi4j.internal.Locales;
import io.github.kpi4j.validation.PlanRule;
import io.github.kpi4j.validation.PlanValidator;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
    this.locale = Assert.notNull(locale, "locale");
    return this;
  }

  @Override
  public PlanValidator.Builder disable(String ruleId) {
    rules.compute(known(ruleId), (id, entry) -> entry.disabled());
    return this;
  }

  @Override
  public PlanValidator.Builder severity(String ruleId, Severity severity) {
    Assert.notNull(severity, "severity");
    rules.compute(known(ruleId), (id, entry) -> entry.withSeverity(severity));
    return this;
  }

  @Override
  public PlanValidator.Builder add(PlanRule rule) {
    Assert.notNull(rule, "rule");
    String id = Assert.notNull(rule.id(), "the rule's id");
    Assert.notNull(rule.defaultSeverity(), "the rule's default severity");
    Assert.isTrue(
        !id.isBlank() && id.codePoints().noneMatch(Character::isWhitespace),
        "a rule id is not blank and holds no white space, got '%s'",
        id);
    Assert.isTrue(!rules.containsKey(id), "a rule with the id %s is already there", id);
    rules.put(id, RuleEntry.user(rule));
    return this;
  }

  @Override
  public PlanValidator.Builder clock(Clock clock) {
    this.clock = Assert.notNull(clock, "clock");
    return this;
  }

  @Override
  public PlanValidator build() {
    List<RuleEntry> enabled = rules.values().stream().filter(RuleEntry::enabled).toList();
    return new DefaultPlanValidator(enabled, Locales.supported(locale), clock);
  }

  private String known(String ruleId) {
    Assert.notNull(ruleId, "ruleId");
    if (!rules.containsKey(ruleId)) {
      // Not isTrue: the known ids are listed only when the check fails.
      throw Assert.illegalArgument(
          "no rule has the id '%s'; the known ids are %s",
          ruleId, String.join(", ", rules.keySet()));
    }
    return ruleId;
  }
}
