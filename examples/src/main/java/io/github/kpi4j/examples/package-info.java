/**
 * Three small programs, one for each kind of kpi4j user, and the bundled seed plans they run on:
 *
 * <ul>
 *   <li>{@link io.github.kpi4j.examples.BuildAndValidatePlan}: a developer builds a plan in code
 *       and validates it;
 *   <li>{@link io.github.kpi4j.examples.ValidateJsonPlan}: a system reads a JSON plan, validates it
 *       and acts on the findings;
 *   <li>{@link io.github.kpi4j.examples.TabulateKpis}: a researcher loads several plans and
 *       tabulates their KPIs.
 * </ul>
 *
 * <p>Each is run by a test, so none can rot.
 */
package io.github.kpi4j.examples;
