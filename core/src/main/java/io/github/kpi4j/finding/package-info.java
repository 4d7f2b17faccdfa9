/**
 * Findings: what the validator and the assessment report about a document, each with the stable id
 * of its rule, a {@link io.github.kpi4j.finding.Severity severity}, the JSON Pointer of the value
 * it is about, and a message.
 */
@ModelStyle
package io.github.kpi4j.finding;

import io.github.kpi4j.internal.ModelStyle;
