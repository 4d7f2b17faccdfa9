/**
 * Plan and results documents in JSON, for applications that do not configure Jackson: {@link
 * io.github.kpi4j.json.KpiJson} reads a plan ({@code kpi-plan/1}) or results ({@code
 * kpi-results/1}) document from a file, a stream or a string, and writes one, pretty or compact.
 * {@link io.github.kpi4j.json.DocumentFormat} names the two formats and gives their JSON Schemas.
 *
 * <p>Nothing in this package exposes Jackson. A document that cannot be read raises {@link
 * io.github.kpi4j.DocumentException}, which says where (source, line, column, JSON Pointer) and
 * what was expected; {@link io.github.kpi4j.json.KpiJson} lists the rules and the limits.
 */
package io.github.kpi4j.json;
