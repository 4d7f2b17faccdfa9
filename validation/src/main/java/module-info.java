/**
 * The kpi4j validator: checks an annual administrative plan against the plan rules and reports
 * every finding at once, each with a stable rule id, a severity, the JSON Pointer of the value it
 * is about and a message in English or Traditional Chinese.
 *
 * <p>Only {@code io.github.kpi4j.validation} is API; the rules' implementations live in a package
 * this module does not export.
 */
module io.github.kpi4j.validation {
  requires transitive io.github.kpi4j.core;
  // A plan's formulas are what the findings are about: a user of this module compiles and
  // evaluates them too (Formula), with no second requires.
  requires transitive io.github.kpi4j.formulas;

  exports io.github.kpi4j.validation;
}
