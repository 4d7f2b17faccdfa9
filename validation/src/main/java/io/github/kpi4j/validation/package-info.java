/**
 * Validates annual administrative plans (年度施政計畫) against the plan rules.
 *
 * <p>{@link io.github.kpi4j.validation.PlanValidator#ofDefaults()} checks a plan against the
 * standard rules, documented one by one in the module's {@code RULES.md}; {@link
 * io.github.kpi4j.validation.PlanValidator#builder()} changes their language, turns rules off,
 * changes their severity, or adds a {@link io.github.kpi4j.validation.PlanRule rule of one's own}.
 * A validation runs every rule over the whole plan and returns a {@link
 * io.github.kpi4j.validation.ValidationReport report} of every {@link
 * io.github.kpi4j.finding.Finding finding}: a plan is valid when no finding is an error.
 *
 * <pre>{@code
 * PlanValidator validator = PlanValidator.builder()
 *     .locale(Locale.TRADITIONAL_CHINESE)
 *     .severity("target-quantified", Severity.ERROR)
 *     .build();
 * ValidationReport report = validator.validate(plan);
 * for (Finding finding : report.findings()) {
 *   System.out.println(finding.severity().code() + " " + finding.path() + " " + finding.message());
 * }
 * }</pre>
 *
 * <p>Validators and reports are immutable and thread-safe; one validator may check any number of
 * plans at once.
 */
package io.github.kpi4j.validation;
